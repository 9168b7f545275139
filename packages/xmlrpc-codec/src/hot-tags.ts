// The tags the scanner meets around every struct member, matched by unrolled byte comparisons. Measured on Node 20
// (V8 11.3) with the benchmark's 15 KB response: `startsWith` on the document string costs about 2 ns a character on
// these short literals; unrolled `charCodeAt` checks took the decode from 51 µs to 42 µs, and reading the bytes
// instead of the string (see `DocumentText`) to 31 µs. Only the five tags of the struct loop are unrolled: doing the
// same for the type tags made the type switch too big to inline and the decode slower again.

/** Whether `<member><name>` is at `at` (unrolled). */
export function isMemberNameAt(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 60 &&
    b[at + 1] === 109 &&
    b[at + 2] === 101 &&
    b[at + 3] === 109 &&
    b[at + 4] === 98 &&
    b[at + 5] === 101 &&
    b[at + 6] === 114 &&
    b[at + 7] === 62 &&
    b[at + 8] === 60 &&
    b[at + 9] === 110 &&
    b[at + 10] === 97 &&
    b[at + 11] === 109 &&
    b[at + 12] === 101 &&
    b[at + 13] === 62
  );
}

/** Whether `<value>` is at `at` (unrolled). */
export function isValueAt(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 60 &&
    b[at + 1] === 118 &&
    b[at + 2] === 97 &&
    b[at + 3] === 108 &&
    b[at + 4] === 117 &&
    b[at + 5] === 101 &&
    b[at + 6] === 62
  );
}

/** Whether `</value>` is at `at` (unrolled). */
export function isValueEndAt(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 60 &&
    b[at + 1] === 47 &&
    b[at + 2] === 118 &&
    b[at + 3] === 97 &&
    b[at + 4] === 108 &&
    b[at + 5] === 117 &&
    b[at + 6] === 101 &&
    b[at + 7] === 62
  );
}

/** Whether `</member>` is at `at` (unrolled). */
export function isMemberEndAt(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 60 &&
    b[at + 1] === 47 &&
    b[at + 2] === 109 &&
    b[at + 3] === 101 &&
    b[at + 4] === 109 &&
    b[at + 5] === 98 &&
    b[at + 6] === 101 &&
    b[at + 7] === 114 &&
    b[at + 8] === 62
  );
}

/** Whether `</name>` is at `at` (unrolled). */
export function isNameEndAt(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 60 &&
    b[at + 1] === 47 &&
    b[at + 2] === 110 &&
    b[at + 3] === 97 &&
    b[at + 4] === 109 &&
    b[at + 5] === 101 &&
    b[at + 6] === 62
  );
}
