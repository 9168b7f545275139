const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One step into a value: an array index or a struct member name. */
export type PathSegment = string | number;

/** Renders path segments as `params[0][3].datacenter.name`. */
export function formatPath(root: string, segments: readonly PathSegment[], length: number): string {
  let path = root;
  for (let index = 0; index < length; index++) {
    const segment = segments[index];
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment !== undefined)
      path += IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return path;
}
