// HTML and Vue SFC front end: text and attribute values as tokens, <script> blocks lexed as JS/TS with
// document offsets, {{ }} interpolations lexed as expressions, and forms: each <form>/<el-form>/… becomes a
// `form` declaration whose fields are named by name/v-model/formControlName/prop and labelled by
// <label for>, an enclosing <label>, a form-item `label` attribute, or a placeholder.
import { parseJs } from './jsFamily';
import { cleanLabel } from './lexeme';
import { lexMarkup, type Attr } from './markup';
import { shiftMap, type Sink } from './sink';
import type { Declaration, FieldDecl } from './types';

const INPUT_TAGS = new Set(['input', 'select', 'textarea']);
const INPUT_SUFFIXES = ['-input', '-select', '-field', '-picker', '-textarea', '-radio-group', '-checkbox-group', '-cascader', '-input-number', '-autocomplete', '-upload'];
const NAME_ATTRS = ['name', 'v-model', 'v-model:value', 'formcontrolname', 'ng-model', '[(ngmodel)]', 'id'];
const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

interface PendingField {
  field: FieldDecl;
  id?: string;
  labelled: boolean;
}

interface FormCtx {
  decl: Declaration;
  fields: PendingField[];
  depth: number;
}

function attr(attrs: Attr[], name: string): Attr | undefined {
  return attrs.find((a) => a.name.toLowerCase() === name);
}

function isInput(tag: string): boolean {
  return INPUT_TAGS.has(tag) || INPUT_SUFFIXES.some((s) => tag.endsWith(s));
}

function isFormTag(tag: string): boolean {
  return tag === 'form' || tag.endsWith('-form') || tag === 'uni-forms';
}

function isFormItem(tag: string): boolean {
  return tag.endsWith('-form-item') || tag === 'uni-forms-item';
}

export function parseHtml(text: string, sink: Sink): void {
  const labelsFor = new Map<string, { text: string; s: number; e: number }>();
  const forms: FormCtx[] = [];
  let implicit: FormCtx | undefined;
  let depth = 0;
  // an open <label>: its text and the inputs inside it
  let label: { text: string; s: number; e: number; forId?: string; inputs: PendingField[]; depth: number } | undefined;
  // an open form item: <el-form-item label="身份证号" prop="idCard">
  const items: { label?: Attr; prop?: Attr; depth: number; used: boolean }[] = [];

  const currentForm = (): FormCtx => {
    if (forms.length > 0) {
      return forms[forms.length - 1];
    }
    implicit ??= { decl: { kind: 'form', name: '', span: sink.span(0, 0), fields: [] }, fields: [], depth: 0 };
    return implicit;
  };
  const addField = (name: string, s: number, e: number, labelText?: { text: string; s: number; e: number }): PendingField => {
    const f: FieldDecl = { name, span: sink.span(s, e) };
    if (labelText && labelText.text) {
      f.label = labelText.text;
      f.labelSpan = sink.span(labelText.s, labelText.e);
    }
    const pending: PendingField = { field: f, labelled: !!f.label };
    currentForm().fields.push(pending);
    return pending;
  };
  const finishForm = (ctx: FormCtx): void => {
    for (const p of ctx.fields) {
      if (!p.labelled && p.id && labelsFor.has(p.id)) {
        const l = labelsFor.get(p.id)!;
        p.field.label = l.text;
        p.field.labelSpan = sink.span(l.s, l.e);
      }
      ctx.decl.fields.push(p.field);
    }
    if (ctx.decl.fields.length > 0) {
      sink.parts.declarations.push(ctx.decl);
    }
  };

  lexMarkup(
    text,
    {
      open(name, attrs, selfClosing, ns, ne) {
        const tag = name.toLowerCase();
        for (const a of attrs) {
          if (a.value) {
            sink.token('value', a.vs, a.ve, a.value, `${tag}@${a.name}`);
          }
        }
        const voidTag = selfClosing || tag === 'input' || tag === 'br' || tag === 'img' || tag === 'meta' || tag === 'link' || tag === 'hr';
        if (!voidTag) {
          depth++;
        }
        if (isFormTag(tag)) {
          const nameAttr = attr(attrs, 'name') ?? attr(attrs, 'id') ?? attr(attrs, 'ref') ?? attr(attrs, ':model');
          forms.push({ decl: { kind: 'form', name: nameAttr?.value ?? tag, span: sink.span(ns, ne), fields: [] }, fields: [], depth });
        } else if (isFormItem(tag)) {
          items.push({ label: attr(attrs, 'label'), prop: attr(attrs, 'prop') ?? attr(attrs, 'name'), depth, used: false });
        } else if (tag === 'label' && !voidTag) {
          label = { text: '', s: ne, e: ne, forId: attr(attrs, 'for')?.value ?? attr(attrs, 'htmlfor')?.value, inputs: [], depth };
        } else if (isInput(tag)) {
          const type = attr(attrs, 'type')?.value?.toLowerCase();
          if (type && SKIP_TYPES.has(type)) {
            return;
          }
          let nameAttr: Attr | undefined;
          for (const n of NAME_ATTRS) {
            nameAttr = attr(attrs, n);
            if (nameAttr?.value) {
              break;
            }
          }
          const item = items[items.length - 1];
          if (!nameAttr?.value && item?.prop?.value) {
            nameAttr = item.prop;
          }
          if (!nameAttr?.value) {
            return;
          }
          const value = nameAttr.value;
          const short = value.slice(value.lastIndexOf('.') + 1).trim();
          const offset = nameAttr.vs + value.length - short.length;
          const own = attr(attrs, 'label') ?? (item && item.label ? item.label : undefined);
          const ph = attr(attrs, 'placeholder');
          let labelText: { text: string; s: number; e: number } | undefined;
          if (own?.value) {
            labelText = { text: cleanLabel(own.value), s: own.vs, e: own.ve };
          }
          const pending = addField(short, offset, offset + short.length, labelText);
          if (item) {
            item.used = true;
          }
          pending.id = attr(attrs, 'id')?.value;
          if (label) {
            label.inputs.push(pending);
          }
          if (!pending.labelled && ph?.value && !label && !pending.id) {
            pending.field.label = cleanLabel(ph.value);
            pending.field.labelSpan = sink.span(ph.vs, ph.ve);
            pending.labelled = true;
          }
        }
      },
      close(name) {
        const tag = name.toLowerCase();
        if (isFormItem(tag)) {
          const item = items.pop();
          // a form item with a prop but no recognised input still names a field
          if (item && !item.used && item.prop?.value) {
            const l = item.label?.value ? { text: cleanLabel(item.label.value), s: item.label.vs, e: item.label.ve } : undefined;
            addField(item.prop.value, item.prop.vs, item.prop.ve, l);
          }
        } else if (tag === 'label' && label) {
          const l = label;
          label = undefined;
          const entry = { text: cleanLabel(l.text), s: l.s, e: l.e };
          if (l.forId) {
            labelsFor.set(l.forId, entry);
          }
          for (const p of l.inputs) {
            if (!p.labelled && entry.text) {
              p.field.label = entry.text;
              p.field.labelSpan = sink.span(entry.s, entry.e);
              p.labelled = true;
            }
          }
        } else if (isFormTag(tag) && forms.length > 0) {
          finishForm(forms.pop()!);
        }
        if (depth > 0) {
          depth--;
        }
      },
      text(s, e) {
        textSegment(text, sink, s, e, (ts, te) => {
          if (label) {
            if (!label.text) {
              label.s = ts;
            }
            label.text = label.text ? `${label.text} ${text.slice(ts, te)}` : text.slice(ts, te);
            label.e = te;
          }
        });
      },
      comment(s, e) {
        sink.token('comment', s, e, text.slice(s, e));
      },
      raw(tag, attrs, s, e) {
        if (tag !== 'script') {
          return;
        }
        const type = attr(attrs, 'type')?.value ?? '';
        if (type && !/javascript|module|typescript|babel|jsx/i.test(type)) {
          return; // JSON, templates and other data blocks are not code
        }
        const lang = (attr(attrs, 'lang')?.value ?? '').toLowerCase();
        parseJs(text.slice(s, e), sink.embedded(shiftMap(s)), lang === 'tsx' || lang === 'jsx');
      },
    },
    true,
  );
  while (forms.length > 0) {
    finishForm(forms.pop()!);
  }
  if (implicit) {
    finishForm(implicit);
  }
}

/** Emits the text between tags as string tokens; `{{ expr }}` parts are lexed as JavaScript expressions. */
function textSegment(text: string, sink: Sink, s: number, e: number, onWords: (s: number, e: number) => void): void {
  let i = s;
  while (i < e) {
    const open = findWithin(text, 123, i, e);
    const stop = open < 0 ? e : open;
    let a = i;
    let b = stop;
    while (a < b && text.charCodeAt(a) <= 32) {
      a++;
    }
    while (b > a && text.charCodeAt(b - 1) <= 32) {
      b--;
    }
    if (b > a) {
      sink.token('string', a, b, text.slice(a, b));
      onWords(a, b);
    }
    if (stop === e) {
      return;
    }
    const close = findWithin(text, 125, stop + 2, e);
    const end = close < 0 ? e : close;
    parseJs(text.slice(stop + 2, end), sink.embedded(shiftMap(stop + 2)), false);
    i = end + 2;
  }
}

/** Index of a doubled character (`{{` or `}}`) in [from, end), or -1; bounded so text segments stay linear. */
function findWithin(text: string, code: number, from: number, end: number): number {
  for (let j = from; j + 1 < end; j++) {
    if (text.charCodeAt(j) === code && text.charCodeAt(j + 1) === code) {
      return j;
    }
  }
  return -1;
}
