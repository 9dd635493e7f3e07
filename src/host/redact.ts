// Last line of defence for the Output channel: masks anything that looks like a PI value before it is logged.
// Findings already carry masked tokens; this catches values that slip into error messages or paths.

const PATTERNS: Array<[RegExp, (m: string) => string]> = [
  // Resident ID numbers (18 characters, last may be X) and 15-digit legacy ones.
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)/g, (m) => `${m.slice(0, 3)}***${m.slice(-2)}`],
  // Bank card numbers: 16 to 19 digits, optionally grouped by spaces or dashes.
  [/(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)/g, (m) => `****${m.replace(/\D/g, '').slice(-4)}`],
  // Mainland mobile numbers, with or without +86.
  [/(?<!\d)(?:\+?86[ -]?)?1[3-9]\d{9}(?!\d)/g, (m) => `${m.slice(0, -8)}****${m.slice(-4)}`],
  // E-mail addresses.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, (m) => `***@${m.split('@')[1]}`],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, mask] of PATTERNS) {
    out = out.replace(pattern, mask);
  }
  return out;
}
