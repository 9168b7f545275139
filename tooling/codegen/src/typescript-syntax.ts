/** Words that cannot name a binding (tuple labels, parameters) in strict-mode JavaScript or TypeScript. */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/**
 * An interface member name. Reserved words such as `package` and `interface` are legal member names and stay
 * as they are, so `hardware.package` reads naturally; anything that is not an identifier is quoted.
 */
export function memberName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A tuple label: must be an identifier and not a reserved word (`package` → `package_`). */
export function labelName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^([0-9])/, '_$1');
  return isReservedWord(safe) ? `${safe}_` : safe;
}

/** A JSDoc block for `text` (and extra tag lines), indented; empty when there is nothing to say. */
export function docComment(text: string | undefined, indent: string, tags: string[] = []): string {
  const body = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => line.trimEnd());
  while (body.length > 0 && body[0] === '') body.shift();
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  const lines = [...body, ...tags.map((tag) => tag.replace(/\*\//g, '*\\/'))];
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)).join('\n')}\n${indent} */\n`;
}
