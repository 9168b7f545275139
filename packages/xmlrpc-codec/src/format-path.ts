/** Whether `key` can follow a dot in a path (a JS identifier); no regexp, see scanner.ts. */
function isIdentifier(key: string): boolean {
  if (key.length === 0) return false;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    const letter = (code | 0x20) >= 97 && (code | 0x20) <= 122;
    const ok = letter || code === 95 || code === 36 || (index > 0 && code >= 48 && code <= 57);
    if (!ok) return false;
  }
  return true;
}

/** One step into a value: an array index or a struct member name. */
export type PathSegment = string | number;

/** Renders path segments as `params[0][3].datacenter.name`. */
export function formatPath(root: string, segments: readonly PathSegment[], length: number): string {
  let path = root;
  for (let index = 0; index < length; index++) {
    const segment = segments[index];
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment !== undefined)
      path += isIdentifier(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return path;
}
