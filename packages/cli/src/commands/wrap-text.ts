const WHITESPACE = /[\t\n\v\f\r ]+/;
const WHITESPACE_RUNS = /([\t\n\v\f\r ]+)/;

function isBlank(chunk: string): boolean {
  return chunk.length > 0 && !/[^\t\n\v\f\r ]/.test(chunk);
}

/**
 * Words, whitespace runs, and word pieces after a hyphen where textwrap breaks: after two letters (or `a-b-`) and
 * before two (`well-known` → `well-`, `known`; `x-ray` stays whole).
 */
function chunksOf(text: string): string[] {
  return text
    .split(WHITESPACE_RUNS)
    .filter((chunk) => chunk !== '')
    .flatMap((chunk) =>
      WHITESPACE.test(chunk)
        ? [chunk]
        : chunk.split(/(?<=(?:[A-Za-z_]{2}|[A-Za-z_]-[A-Za-z_])-)(?=[A-Za-z_]-?[A-Za-z_])/),
    );
}

function expandTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
      return out;
    })
    .join('\n');
}

/**
 * `click.wrap_text(text)`: Python's `textwrap.fill` at 78 columns keeping newlines as they are
 * (`replace_whitespace=False`), breaking on hyphens and inside words longer than a line. slcli wraps ticket titles
 * and updates with it, and the wrapped text is what `--format json` prints.
 */
export function wrapText(text: string, width = 78): string {
  const chunks = chunksOf(expandTabs(text)).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[] = [];
    let length = 0;
    if (lines.length > 0 && isBlank(chunks[chunks.length - 1] ?? '')) chunks.pop();
    while (chunks.length > 0) {
      const next = chunks[chunks.length - 1] ?? '';
      if (length + next.length > width) break;
      line.push(next);
      length += next.length;
      chunks.pop();
    }
    const long = chunks[chunks.length - 1];
    if (long !== undefined && long.length > width) {
      const space = Math.max(1, width - length);
      let end = space;
      const hyphen = long.slice(0, space).lastIndexOf('-');
      if (hyphen > 0 && /[^-]/.test(long.slice(0, hyphen))) end = hyphen + 1;
      line.push(long.slice(0, end));
      chunks[chunks.length - 1] = long.slice(end);
    }
    if (line.length > 0 && isBlank(line[line.length - 1] ?? '')) line.pop();
    if (line.length > 0) lines.push(line.join(''));
  }
  return lines.join('\n');
}
