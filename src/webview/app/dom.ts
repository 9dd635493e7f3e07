// The only way the app creates markup: elements with attributes and text nodes. There is no path
// from workspace text to innerHTML, so a file named `<img src=x onerror=...>` stays text.

export type Child = Node | string | null | undefined | false;

/** Attribute names the app may set. Event handlers and inline styles are never attributes. */
const ALLOWED_ATTR = /^(class|id|role|title|type|value|name|for|href|tabindex|colspan|scope|placeholder|max|min|maxlength|rows|open|checked|disabled|selected|hidden|lang|aria-[a-z]+|data-[a-z-]+)$/;

export function h(tag: string, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) {
      continue;
    }
    if (!ALLOWED_ATTR.test(name)) {
      throw new Error(`attribute not allowed: ${name}`);
    }
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A codicon glyph (decorative; the meaning is always in text or aria-label beside it). */
export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

export function clear(el: Element): void {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
}
