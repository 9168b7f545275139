// The tags the scanner meets around every struct member, matched by unrolled `charCodeAt` comparisons. Measured on
// Node 20 (V8 11.3) with the benchmark's 15 KB response: `startsWith` costs about 2 ns a character on these short
// literals (it compares character by character through a generic path, and the document is a two-byte string as soon
// as it holds one non-ASCII character), a `charCodeAt` loop over the literal no less; these unrolled checks, inlined
// into the struct loop, took the decode from 51 µs to 42 µs. Only the five tags of the struct loop are unrolled: doing
// the same for the type tags made the type switch too big to inline and the decode slower again.

/** Whether `<member><name>` is at `at` (unrolled). */
export function isMemberNameAt(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 60 &&
    s.charCodeAt(at + 1) === 109 &&
    s.charCodeAt(at + 2) === 101 &&
    s.charCodeAt(at + 3) === 109 &&
    s.charCodeAt(at + 4) === 98 &&
    s.charCodeAt(at + 5) === 101 &&
    s.charCodeAt(at + 6) === 114 &&
    s.charCodeAt(at + 7) === 62 &&
    s.charCodeAt(at + 8) === 60 &&
    s.charCodeAt(at + 9) === 110 &&
    s.charCodeAt(at + 10) === 97 &&
    s.charCodeAt(at + 11) === 109 &&
    s.charCodeAt(at + 12) === 101 &&
    s.charCodeAt(at + 13) === 62
  );
}

/** Whether `<value>` is at `at` (unrolled). */
export function isValueAt(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 60 &&
    s.charCodeAt(at + 1) === 118 &&
    s.charCodeAt(at + 2) === 97 &&
    s.charCodeAt(at + 3) === 108 &&
    s.charCodeAt(at + 4) === 117 &&
    s.charCodeAt(at + 5) === 101 &&
    s.charCodeAt(at + 6) === 62
  );
}

/** Whether `</value>` is at `at` (unrolled). */
export function isValueEndAt(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 60 &&
    s.charCodeAt(at + 1) === 47 &&
    s.charCodeAt(at + 2) === 118 &&
    s.charCodeAt(at + 3) === 97 &&
    s.charCodeAt(at + 4) === 108 &&
    s.charCodeAt(at + 5) === 117 &&
    s.charCodeAt(at + 6) === 101 &&
    s.charCodeAt(at + 7) === 62
  );
}

/** Whether `</member>` is at `at` (unrolled). */
export function isMemberEndAt(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 60 &&
    s.charCodeAt(at + 1) === 47 &&
    s.charCodeAt(at + 2) === 109 &&
    s.charCodeAt(at + 3) === 101 &&
    s.charCodeAt(at + 4) === 109 &&
    s.charCodeAt(at + 5) === 98 &&
    s.charCodeAt(at + 6) === 101 &&
    s.charCodeAt(at + 7) === 114 &&
    s.charCodeAt(at + 8) === 62
  );
}

/** Whether `</name>` is at `at` (unrolled). */
export function isNameEndAt(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 60 &&
    s.charCodeAt(at + 1) === 47 &&
    s.charCodeAt(at + 2) === 110 &&
    s.charCodeAt(at + 3) === 97 &&
    s.charCodeAt(at + 4) === 109 &&
    s.charCodeAt(at + 5) === 101 &&
    s.charCodeAt(at + 6) === 62
  );
}
