/**
 * A table laid out in a given console width the way the reference's tables are on a terminal (rich 13: columns
 * shrink from the widest down, cells wrap at word boundaries, a word longer than its column ends in `…`, headers
 * sit at the bottom of their row, a table inside a cell is laid out in that cell's width). Written from reading
 * rich's table, padding, text and measure modules; widths are counted in UTF-16 units, as the rest of our
 * renderer does (rich counts terminal cells: wide characters differ).
 */
import type { Alignment } from './table';

/** What a cell holds once formatted: text, or a table drawn inside the cell. */
export type FitContent = string | FitTable;

export interface FitTable {
  readonly headers: readonly string[];
  readonly alignments: readonly Alignment[];
  readonly rows: readonly (readonly FitContent[])[];
  readonly boxed: boolean;
  readonly title?: string | undefined;
}

interface Range {
  readonly min: number;
  readonly max: number;
}

/** rich's overflow: cells end an over-long word in `…`; the printed table itself is never wrapped or cut. */
type Overflow = 'ellipsis' | 'ignore';

const PADDING = 2; // one space either side of every cell

const normalize = ({ min, max }: Range): Range => {
  const low = Math.max(0, Math.min(Math.max(0, min), max));
  return { min: low, max: Math.max(0, Math.max(low, max)) };
};
const capped = ({ min, max }: Range, width: number): Range => ({
  min: Math.min(min, width),
  max: Math.min(max, width),
});
const spaces = (count: number): string => ' '.repeat(Math.max(0, count));

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Takes `total` off `values`, shared by `ratios`, no slot giving more than its maximum. */
function reduceByRatio(total: number, ratios: number[], maximums: number[], values: number[]): number[] {
  const weights = ratios.map((ratio, i) => ((maximums[i] ?? 0) ? ratio : 0));
  let weightLeft = weights.reduce((sum, weight) => sum + weight, 0);
  if (!weightLeft) return [...values];
  let remaining = total;
  return values.map((value, i) => {
    const weight = weights[i] ?? 0;
    if (!weight || weightLeft <= 0) return value;
    const taken = Math.min(maximums[i] ?? 0, roundHalfEven((weight * remaining) / weightLeft));
    remaining -= taken;
    weightLeft -= weight;
    return value - taken;
  });
}

/** Narrows the widest columns first, step by step down to the next widest, until the total fits. */
function collapse(widths: number[], maxWidth: number): number[] {
  let current = widths;
  let total = current.reduce((sum, width) => sum + width, 0);
  let excess = total - maxWidth;
  while (total && excess > 0) {
    const widest = Math.max(...current);
    const next = Math.max(...current.map((width) => (width !== widest ? width : 0)));
    const step = widest - next;
    if (!step) break;
    const ratios = current.map((width) => (width === widest ? 1 : 0));
    current = reduceByRatio(
      excess,
      ratios,
      current.map(() => Math.min(excess, step)),
      current,
    );
    total = current.reduce((sum, width) => sum + width, 0);
    excess = total - maxWidth;
  }
  return current;
}

/** Python's `text[:size]` padded with spaces up to `size`. */
function cellSize(text: string, size: number): string {
  if (text.length < size) return text + spaces(size - text.length);
  return text.slice(0, size);
}

function truncate(text: string, width: number, overflow: Overflow, pad = false): string {
  if (overflow === 'ignore') return text;
  let result = text;
  if (text.length > width) result = `${cellSize(text, width - 1)}…`;
  if (pad && text.length < width) result = text + spaces(width - text.length);
  return result;
}

/** Where a line breaks when wrapped at `width`: before a word that does not fit (long words are not folded). */
function breakOffsets(line: string, width: number): number[] {
  // A line that fits breaks nowhere (each word ends within the line, so within `width`).
  if (line.length <= width) return [];
  const offsets: number[] = [];
  let position = 0;
  const word = /\s*\S+\s*/y;
  word.lastIndex = 0;
  for (let match = word.exec(line); match; match = word.exec(line)) {
    const start = match.index;
    const length = match[0].trimEnd().length;
    if (position + length > width) {
      if (length > width) {
        if (start) offsets.push(start);
        position = match[0].length;
      } else if (position && start) {
        offsets.push(start);
        position = match[0].length;
      }
    } else {
      position += match[0].length;
    }
  }
  return offsets;
}

/** One wrapped line justified in `width` and cut as rich's Text, exactly `width` long. */
function justifyLine(piece: string, width: number, justify: Alignment, overflow: Overflow): string {
  let justified: string;
  if (justify === 'left') {
    justified = truncate(piece, width, overflow, true);
  } else {
    justified = truncate(piece.trimEnd(), width, overflow);
    const room = width - justified.length;
    justified = justify === 'center' ? spaces(Math.floor(room / 2)) + justified : spaces(room) + justified;
    justified += spaces(width - justified.length);
  }
  return truncate(justified, width, overflow);
}

/** A text's lines wrapped into `width`, justified and cut as rich's Text, each exactly `width` long. */
function wrapText(text: string, width: number, justify: Alignment, overflow: Overflow): string[] {
  // Most cells: one line that fits, so nothing to wrap.
  if (text.length <= width && !text.includes('\n')) return [justifyLine(text, width, justify, overflow)];
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const bounds = overflow === 'ignore' ? [] : breakOffsets(line, width);
    const pieces = [0, ...bounds, line.length].slice(0, -1).map((start, i, starts) => {
      const end = i + 1 < starts.length ? (starts[i + 1] ?? line.length) : line.length;
      let piece = line.slice(start, end);
      if (piece.length > width) {
        const trailing = /\s+$/.exec(piece)?.[0].length ?? 0;
        piece = piece.slice(0, piece.length - Math.min(trailing, piece.length - width));
      }
      return piece;
    });
    for (const piece of pieces) lines.push(justifyLine(piece, width, justify, overflow));
  }
  return lines;
}

/** A line cropped or padded to `width` (rich's adjust_line_length). */
function fitLine(line: string, width: number, pad = true): string {
  if (line.length < width) return pad ? line + spaces(width - line.length) : line;
  return line.length > width ? line.slice(0, Math.max(0, width)) : line;
}

function extraWidth(table: FitTable): number {
  return table.boxed ? 2 + table.headers.length - 1 : 0;
}

/** rich's Measurement.get: the range a content needs, within `maxWidth`. */
function measure(content: FitContent, maxWidth: number): Range {
  if (maxWidth < 1) return { min: 0, max: 0 };
  const own = typeof content === 'string' ? measureText(content) : measureTable(content, maxWidth);
  const range = capped(normalize(own), maxWidth);
  return range.max < 1 ? { min: 0, max: 0 } : normalize(range);
}

function measureText(text: string): Range {
  // Most cells are one word: as long as they are wide.
  if (!/\s/.test(text)) return { min: text.length, max: text.length };
  const max = largest(text.split('\n').map((line) => line.length));
  const words = text.split(/\s+/).filter((word) => word !== '');
  return { min: words.length ? largest(words.map((word) => word.length)) : max, max };
}

/** The largest of `values`, 0 for none (a loop: spreading 100,000 rows into Math.max would overflow the stack). */
function largest(values: readonly number[]): number {
  let result = 0;
  for (const value of values) if (value > result) result = value;
  return result;
}

/** A cell with its padding (one space each side). */
function measureCell(content: FitContent, maxWidth: number): Range {
  if (maxWidth < 1) return { min: 0, max: 0 };
  let range: Range;
  if (maxWidth - PADDING < 1) {
    range = { min: maxWidth, max: maxWidth };
  } else {
    const inner = measure(content, maxWidth);
    range = capped({ min: inner.min + PADDING, max: inner.max + PADDING }, maxWidth);
  }
  range = capped(normalize(range), maxWidth);
  return range.max < 1 ? { min: 0, max: 0 } : normalize(range);
}

/** The widest of a column's cells (its header and every row's), within `maxWidth`. */
function measureColumn(table: FitTable, index: number, maxWidth: number): Range {
  if (maxWidth < 1) return { min: 0, max: 0 };
  let min = 0;
  let max = 0;
  const take = (cell: FitContent): void => {
    const range = measureCell(cell, maxWidth);
    if (range.min > min) min = range.min;
    if (range.max > max) max = range.max;
  };
  take(table.headers[index] ?? '');
  for (const row of table.rows) take(row[index] ?? '');
  return capped({ min, max }, maxWidth);
}

/** Each column's width (padding included, borders not) so the table fits `maxWidth` if it can. */
function columnWidths(table: FitTable, maxWidth: number): number[] {
  const columns = table.headers.map((_, i) => i);
  let widths = columns.map((i) => measureColumn(table, i, maxWidth).max || 1);
  let total = widths.reduce((sum, width) => sum + width, 0);
  if (total > maxWidth) {
    widths = collapse(widths, maxWidth);
    total = widths.reduce((sum, width) => sum + width, 0);
    if (total > maxWidth) {
      widths = reduceByRatio(
        total - maxWidth,
        widths.map(() => 1),
        widths,
        widths,
      );
    }
    widths = columns.map((i) => measureColumn(table, i, widths[i] ?? 0).max || 0);
  }
  return widths;
}

function measureTable(table: FitTable, maxWidth: number): Range {
  if (maxWidth < 0) return { min: 0, max: 0 };
  const extra = extraWidth(table);
  const fitted = columnWidths(table, maxWidth - extra).reduce((sum, width) => sum + width, 0);
  const ranges = table.headers.map((_, i) => measureColumn(table, i, fitted));
  return {
    min: ranges.reduce((sum, r) => sum + r.min, 0) + extra,
    max: ranges.reduce((sum, r) => sum + r.max, 0) + extra,
  };
}

/** A cell's lines: its content in `width - 2`, a space either side, each line exactly `width` long. */
function renderCell(content: FitContent, width: number, justify: Alignment): string[] {
  const inner = width - PADDING;
  // rich renders nothing in less than one column: such a cell is blank, as high as its row.
  if (inner < 1) return [];
  const lines =
    typeof content === 'string'
      ? wrapText(content, inner, justify, 'ellipsis')
      : layoutTable(content, inner, 'ellipsis');
  return lines.map((line) => fitLine(` ${fitLine(line, inner)} `, width));
}

/**
 * The table's lines in a console `width` wide: the title centred over the table (wrapped with it in a cell; as
 * printed, overflow 'ignore', never wrapped), then the grid.
 */
function layoutTable(table: FitTable, width: number, overflow: Overflow): string[] {
  const extra = extraWidth(table);
  const widths = columnWidths(table, width - extra);
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) + extra;
  const lines: string[] = [];
  if (table.title && tableWidth >= 1) lines.push(...wrapText(table.title, tableWidth, 'center', overflow));
  const rule = (left: string, middle: string, right: string): string =>
    left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const emitRow = (cells: readonly FitContent[], header: boolean): void => {
    const rendered = widths.map((w, i) => renderCell(cells[i] ?? '', w, table.alignments[i] ?? 'center'));
    const height = Math.max(1, ...rendered.map((cell) => cell.length));
    const join = (parts: string[]): string => (table.boxed ? `│${parts.join('│')}│` : parts.join(''));
    if (height === 1) {
      // The common row: one line, a blank for a cell with nothing to show.
      lines.push(join(rendered.map((cell, i) => cell[0] ?? spaces(widths[i] ?? 0))));
      return;
    }
    const shaped = rendered.map((cell, i) => {
      const blank = spaces(widths[i] ?? 0);
      const fill = Array.from({ length: height - cell.length }, () => blank);
      return header ? [...fill, ...cell] : [...cell, ...fill];
    });
    for (let line = 0; line < height; line++) {
      lines.push(join(shaped.map((cell) => cell[line] ?? '')));
    }
  };
  if (table.boxed) lines.push(rule('┌', '┬', '┐'));
  emitRow(table.headers, true);
  if (table.boxed) lines.push(rule('├', '┼', '┤'));
  for (const row of table.rows) emitRow(row, false);
  if (table.boxed) lines.push(rule('└', '┴', '┘'));
  return lines;
}

/** The table as printed on a console `width` wide (lines longer than the console are cut, as rich's print does). */
export function fitTable(table: FitTable, width: number): string {
  return layoutTable(table, width, 'ignore')
    .map((line) => fitLine(line, width, false))
    .join('\n');
}
