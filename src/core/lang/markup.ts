// Single-pass markup lexer shared by XML/pom and HTML/Vue, with event callbacks. Raw-text elements
// (script, style) are handed over whole so their content can be lexed as code with correct offsets.
import { isSpace } from './lexeme';

export interface Attr {
  name: string;
  ns: number;
  ne: number;
  value?: string;
  vs: number;
  ve: number;
}

export interface MarkupEvents {
  open(name: string, attrs: Attr[], selfClosing: boolean, ns: number, ne: number): void;
  close(name: string): void;
  text(s: number, e: number): void;
  comment(s: number, e: number): void;
  /** Content of <script>/<style> (HTML mode only). */
  raw?(tag: string, attrs: Attr[], s: number, e: number): void;
}

const RAW_TAGS = new Set(['script', 'style']);

export function lexMarkup(text: string, ev: MarkupEvents, html: boolean): void {
  const n = text.length;
  let i = 0;
  let textStart = 0;
  const flush = (end: number): void => {
    if (end > textStart) {
      ev.text(textStart, end);
    }
  };
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      break;
    }
    i = lt;
    const c = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) {
      flush(i);
      const end = text.indexOf('-->', i + 4);
      const e = end < 0 ? n : end;
      ev.comment(i + 4, e);
      i = end < 0 ? n : end + 3;
      textStart = i;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      flush(i);
      const end = text.indexOf(']]>', i + 9);
      const e = end < 0 ? n : end;
      ev.text(i + 9, e);
      i = end < 0 ? n : end + 3;
      textStart = i;
      continue;
    }
    if (c === 33 || c === 63) {
      // <!DOCTYPE …>, <?xml …?>
      flush(i);
      const end = text.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      textStart = i;
      continue;
    }
    const closing = c === 47;
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isSpace(d) || d === 62 || d === 47 || d === 60) {
        break;
      }
      j++;
    }
    if (j === nameStart) {
      i++; // a lone `<` in text
      continue;
    }
    flush(i);
    const name = text.slice(nameStart, j);
    if (closing) {
      const end = text.indexOf('>', j);
      ev.close(name);
      i = end < 0 ? n : end + 1;
      textStart = i;
      continue;
    }
    // attributes
    const attrs: Attr[] = [];
    let selfClosing = false;
    while (j < n) {
      while (j < n && isSpace(text.charCodeAt(j))) {
        j++;
      }
      const d = text.charCodeAt(j);
      if (d === 62) {
        j++;
        break;
      }
      if (d === 47 && text.charCodeAt(j + 1) === 62) {
        selfClosing = true;
        j += 2;
        break;
      }
      if (d === 60) {
        break; // malformed: a new tag starts
      }
      const an = j;
      while (j < n) {
        const x = text.charCodeAt(j);
        if (isSpace(x) || x === 61 || x === 62 || (x === 47 && text.charCodeAt(j + 1) === 62)) {
          break;
        }
        j++;
      }
      if (j === an) {
        j++;
        continue;
      }
      const attr: Attr = { name: text.slice(an, j), ns: an, ne: j, vs: j, ve: j };
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) {
        k++;
      }
      if (text.charCodeAt(k) === 61) {
        k++;
        while (k < n && isSpace(text.charCodeAt(k))) {
          k++;
        }
        const q = text.charCodeAt(k);
        if (q === 34 || q === 39) {
          let end = text.indexOf(q === 34 ? '"' : "'", k + 1);
          if (end < 0) {
            end = n;
          }
          attr.vs = k + 1;
          attr.ve = end;
          j = Math.min(n, end + 1);
        } else {
          let end = k;
          while (end < n && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 62) {
            end++;
          }
          attr.vs = k;
          attr.ve = end;
          j = end;
        }
        attr.value = text.slice(attr.vs, attr.ve);
      }
      attrs.push(attr);
    }
    ev.open(name, attrs, selfClosing, nameStart, nameStart + name.length);
    i = j;
    textStart = i;
    const lower = name.toLowerCase();
    if (html && !selfClosing && RAW_TAGS.has(lower)) {
      const re = lower === 'script' ? /<\/script\s*>/gi : /<\/style\s*>/gi;
      re.lastIndex = i;
      const m = re.exec(text);
      const end = m ? m.index : n;
      ev.raw?.(lower, attrs, i, end);
      ev.close(name);
      i = m ? m.index + m[0].length : n;
      textStart = i;
    }
  }
  flush(n);
}
