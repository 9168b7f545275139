import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturedStdout, runCliCaptured } from '../run-cli-captured';
import { formatOutput, terminalWidth } from './format-output';
import { PIPE_WIDTH, renderTable, type TextStyle } from './render-table';
import { type Alignment, Table } from './table';

const PYTHON = '/usr/bin/python3';

const hasRich = ((): boolean => {
  try {
    execFileSync(PYTHON, ['-c', 'import rich.table, rich.console'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface TableCase {
  columns: string[];
  aligns: Alignment[];
  rows: Array<Array<string | TableCase>>;
  title?: string;
}

interface Case {
  table: TableCase;
  style: TextStyle;
  width: number;
}

/**
 * Each case printed by rich as slcli prints a table on a terminal of `width` columns: `rich.table.Table` with
 * box.SQUARE (`table`) or no box (`raw`), a table in a cell always SQUARE, `console.print(..., overflow='ignore')`.
 */
function richOutputs(cases: readonly Case[]): string[] {
  const script = `
import io, json, sys
from rich import box
from rich.console import Console
from rich.table import Table

def build(spec, boxed):
    table = Table(title=spec.get('title'), box=box.SQUARE if boxed else None)
    for column, align in zip(spec['columns'], spec['aligns']):
        table.add_column(column, justify=align)
    for row in spec['rows']:
        table.add_row(*[cell if isinstance(cell, str) else build(cell, True) for cell in row])
    return table

out = []
for case in json.load(sys.stdin):
    buffer = io.StringIO()
    console = Console(file=buffer, width=case['width'], color_system=None, legacy_windows=False)
    console.print(build(case['table'], case['style'] == 'table'), overflow='ignore')
    out.append(buffer.getvalue())
print(json.dumps(out))
`;
  const output = execFileSync(PYTHON, ['-c', script], {
    input: JSON.stringify(cases),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString()) as string[];
}

function toTable(spec: TableCase): Table {
  const table = new Table(spec.columns, spec.title ? { title: spec.title } : {});
  table.align = Object.fromEntries(spec.columns.map((column, i) => [column, spec.aligns[i] ?? 'center']));
  for (const row of spec.rows)
    table.addRow(row.map((cell) => (typeof cell === 'string' ? cell : toTable(cell))));
  return table;
}

// Text rich reads as itself: no markup (`[`), no emoji codes (`:`), no tabs; ASCII, so one character is one cell.
const shortWord = fc.stringMatching(/^[a-z0-9.\-_/]{1,9}$/);
const longWord = fc.stringMatching(/^[a-zA-Z0-9\-_]{12,70}$/);
const word = fc.oneof({ weight: 6, arbitrary: shortWord }, { weight: 1, arbitrary: longWord });
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\n');
const text = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('-', 'None', 'False', '0') },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.array(fc.tuple(word, gap), { minLength: 0, maxLength: 14 }),
        word,
        fc.constantFrom('', '', '', ' '),
        fc.constantFrom('', '', '', ' '),
      )
      .map(([parts, last, lead, trail]) => lead + parts.map(([w, g]) => w + g).join('') + last + trail),
  },
);
const align = fc.constantFrom<Alignment>('center', 'left', 'right');

function tableCase(cell: fc.Arbitrary<string | TableCase>, maxColumns: number): fc.Arbitrary<TableCase> {
  return fc.integer({ min: 1, max: maxColumns }).chain((count) =>
    fc.record(
      {
        columns: fc.uniqueArray(
          fc.oneof(
            shortWord,
            text.filter((t) => t.trim() !== '' && !t.includes('\n')),
          ),
          {
            minLength: count,
            maxLength: count,
          },
        ),
        aligns: fc.array(align, { minLength: count, maxLength: count }),
        rows: fc.array(fc.array(cell, { minLength: count, maxLength: count }), {
          minLength: 0,
          maxLength: 5,
        }),
        title: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: text }),
      },
      { requiredKeys: ['columns', 'aligns', 'rows'] },
    ),
  );
}

const nested = tableCase(text, 3);
/** A terminal 20-200 columns wide, or a pipe (slcli's console is 1,000,000 wide there). */
const width = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 20, max: 200 }) },
  { weight: 1, arbitrary: fc.constant(PIPE_WIDTH) },
);
const flatCase = fc.record({
  table: tableCase(text, 8),
  style: fc.constantFrom<TextStyle>('table', 'raw'),
  width,
});
const nestedCase = fc.record({
  table: tableCase(fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: nested }), 4),
  style: fc.constantFrom<TextStyle>('table', 'raw'),
  width,
});

function compare(cases: readonly Case[]): void {
  const expected = richOutputs(cases);
  const failures = cases
    .map((sample, index) => ({
      sample,
      ours: `${renderTable(toTable(sample.table), sample.style, sample.width)}\n`,
      rich: expected[index],
    }))
    .filter(({ ours, rich }) => ours !== rich)
    .sort((x, y) => JSON.stringify(x.sample).length - JSON.stringify(y.sample).length);
  // The smallest differing case, whole, and how many differ.
  const first = failures[0];
  expect(
    first && { count: failures.length, case: JSON.stringify(first.sample), ours: first.ours.split('\n') },
  ).toEqual(first && { count: 0, case: JSON.stringify(first.sample), ours: first.rich?.split('\n') });
}

describe.runIf(hasRich)('tables fitted to a terminal width, as rich lays them out', () => {
  it('flat tables (1-8 columns, long words, empty cells), table and raw, widths 20-200 and a pipe', () => {
    compare(fc.sample(flatCase, { numRuns: 400, seed: 13 }));
  });

  it('tables with tables in their cells', () => {
    compare(fc.sample(nestedCase, { numRuns: 150, seed: 31 }));
  });

  it('a table narrower than the terminal prints as without a width', () => {
    const table = new Table(['id', 'hostname'], { title: 'Guests' });
    table.addRow(['1', 'web1.example.com']);
    expect(renderTable(table, 'table', 200)).toBe(renderTable(table, 'table'));
  });
});

describe('terminalWidth', () => {
  it('is undefined when stdout is not a terminal, whatever its columns or COLUMNS', () => {
    expect(terminalWidth({ isTTY: false, columns: 40 }, { COLUMNS: '50' })).toBeUndefined();
    expect(terminalWidth({}, {})).toBeUndefined();
  });

  it("is the terminal's columns, COLUMNS when set, 80 for a dumb terminal or an unknown size", () => {
    expect(terminalWidth({ isTTY: true, columns: 101 }, {})).toBe(101);
    expect(terminalWidth({ isTTY: true, columns: 101 }, { COLUMNS: '60' })).toBe(60);
    expect(terminalWidth({ isTTY: true, columns: 101 }, { COLUMNS: 'wide' })).toBe(101);
    expect(terminalWidth({ isTTY: true, columns: 101 }, { TERM: 'dumb' })).toBe(80);
    expect(terminalWidth({ isTTY: true }, {})).toBe(80);
  });

  it('formatOutput wraps only when given a width', () => {
    const table = new Table(['name', 'value']);
    table.addRow(['description', 'a fairly long sentence that will not fit in thirty columns']);
    expect(formatOutput(table, 'raw').split('\n')[1]).toContain('a fairly long sentence that will not fit');
    const narrow = formatOutput(table, 'raw', 30).split('\n');
    expect(Math.max(...narrow.map((line) => line.length))).toBeLessThanOrEqual(30);
  });

  it('the CLI fits a printed table to stdout.columns only when stdout is a terminal', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sl-fit-'));
    try {
      const config = join(directory, 'softlayer.ini');
      writeFileSync(
        config,
        `[softlayer]\nusername = someone\nendpoint_url = https://example.invalid/${'x'.repeat(60)}\n`,
      );
      const run = async (terminal: { isTTY: boolean; columns?: number }): Promise<string[]> => {
        const argv = ['--format', 'table', '-C', config, 'config', 'show'];
        const { exitCode, text } = await runCliCaptured(argv, capturedStdout(terminal));
        expect(exitCode).toBe(0);
        return text.trimEnd().split('\n');
      };
      const widest = (lines: string[]): number => Math.max(...lines.map((line) => line.length));
      expect(widest(await run({ isTTY: false, columns: 40 }))).toBeGreaterThan(64);
      const fitted = await run({ isTTY: true, columns: 40 });
      expect(widest(fitted)).toBe(40);
      expect(fitted.join('\n')).toContain('…');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('large tables', () => {
  // Regression: measuring a column spread every row into Math.max, which overflows the stack past ~120,000 rows.
  it('lay out 200,000 rows, in a pipe and in a terminal narrower than the table', () => {
    const table = new Table(['id', 'hostname']);
    for (let id = 0; id < 200_000; id++) table.addRow([id, `host-${id} of the lab`]);
    const piped = renderTable(table, 'raw').split('\n');
    expect(piped).toHaveLength(200_001);
    expect(piped[200_000]).toBe(' 199999  host-199999 of the lab ');
    const narrow = renderTable(table, 'table', 20).split('\n');
    expect(narrow.length).toBeGreaterThan(200_003);
    expect(narrow.every((line) => line.length === 20)).toBe(true);
  });
});
