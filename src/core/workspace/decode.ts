// Turns file bytes into text without ever guessing wrong silently: strict UTF-8 first, then (for Chinese codebases)
// GB18030, which is a superset of GBK and GB2312. A file that decodes cleanly in neither is reported, not garbled.
import * as iconv from 'iconv-lite';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** CJK ideographs, CJK punctuation, full-width forms and kana: what a real GBK-encoded source file contains. */
function isCjkish(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f) || // general punctuation: “ ” … —
    code === 0x00b7 ||
    code === 0x00d7 ||
    code === 0x00f7
  );
}

/** Accepts a GB18030 reading only if it produced no replacement characters and reads like Chinese text. */
function plausibleGb18030(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd) {
      return false;
    }
    if (code > 0x7f) {
      nonAscii++;
      if (isCjkish(code)) {
        cjk++;
      }
    }
  }
  return nonAscii === 0 || cjk / nonAscii >= 0.9;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  // UTF-16 with a byte-order mark (common for files saved by Windows tools).
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return { ok: true, text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // fall through to the Chinese legacy encodings
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (plausibleGb18030(text)) {
    return { ok: true, text, encoding: 'gb18030' };
  }
  return { ok: false, reason: 'not valid UTF-8, UTF-16 or GB18030/GBK' };
}
