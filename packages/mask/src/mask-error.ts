/** The base class of every error from `@sl/mask`. `code` is stable: branch on it, not on the message. */
export class MaskError extends Error {
  readonly code: string;

  constructor(message: string, options: { code: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MaskError';
    this.code = options.code;
  }
}

const CONTEXT = 36;

/** A mask that does not follow the grammar. `position` is the 0-based offset in `text`; the message shows a caret. */
export class MaskSyntaxError extends MaskError {
  readonly position: number;
  readonly text: string;

  constructor(reason: string, text: string, position: number) {
    super(`${reason} ${describeLocation(text, position)}`, { code: 'MASK_SYNTAX' });
    this.name = 'MaskSyntaxError';
    this.position = position;
    this.text = text;
  }
}

function describeLocation(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const lineEndAt = text.indexOf('\n', position);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const column = position - lineStart;
  const multiline = lineStart > 0 || lineEnd < text.length;
  const where = multiline
    ? `at line ${countLines(text, lineStart)}, column ${column + 1}`
    : `at position ${position}`;
  const from = Math.max(lineStart, position - CONTEXT);
  const to = Math.min(lineEnd, position + CONTEXT);
  const excerpt = `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
  const caret = ' '.repeat(position - from + (from > lineStart ? 1 : 0));
  return `${where}:\n  ${excerpt.replace(/[\t\r]/g, ' ')}\n  ${caret}^`;
}

function countLines(text: string, upTo: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < upTo; index = text.indexOf('\n', index + 1))
    lines++;
  return lines;
}
