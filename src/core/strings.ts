// Strings that outlive a document: V8 represents a substring of 13+ characters as a view into its parent, and a
// concatenation as a pair of pointers, so a cached key built from a token can keep a whole file's text alive.

/**
 * A flat copy of `s` that references no other string, for keys and values of caches that outlive the document they
 * came from. (Flattening `' ' + s` copies the characters once; the slice after it is a view into that copy only.)
 */
export function detached(s: string): string {
  return s.length < 13 ? s.slice() : (' ' + s).slice(1);
}
