// Escaping for untrusted text (file names, messages) in the human-readable outputs: a hostile file name such as
// `<img src=x onerror=alert(1)>.py` or one containing a newline must stay inert and on one line.

/** Control characters (newlines, tabs, escape sequences) shown as visible escapes, so one record stays one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    switch (ch) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}

/** Markdown inline text: HTML is neutralised and Markdown punctuation escaped. */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1');
}
