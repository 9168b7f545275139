import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases } from './differential/cases';
import { inPool, type RunResult, runSl, runSlcli, writeConfig } from './run-binary';

// `slcli --format json …` and `sl --format json …` against one seeded emulator print the same JSON (keys, types,
// item order, values). The reference is the judge; a deliberate difference is listed in the README.

const ALL_CASES = await loadCases();
const READS = ALL_CASES.flatMap((cases) => cases.reads ?? []);
const FAILURES = ALL_CASES.flatMap((cases) => cases.failures ?? []);
const READS_BUT = ALL_CASES.flatMap((cases) => cases.readsBut ?? []);
const WRITES = ALL_CASES.flatMap((cases) => cases.writes ?? []);

const hasSlcli = ((): boolean => {
  try {
    execFileSync('slcli', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

function split(command: string): string[] {
  return (command.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"|"$/g, ''));
}

/**
 * Output with the values that differ on every run (request ids, timestamps) replaced by placeholders. Times to the
 * minute too: a write's clock is its own emulator's, and two fresh emulators can be a minute apart.
 */
function stable(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d/g, '<time>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d\b/g, '<minute>');
}

/**
 * The JSON a command printed (a list of documents when it printed several, as slcli's `vs storage`), or its text
 * for the commands that print lines whatever the format (event-log get); values that differ on every run masked.
 */
function parsed(result: RunResult): unknown {
  const text = stable(result.stdout);
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return jsonDocuments(text) ?? noticeThenJson(text) ?? text;
  }
}

/**
 * Notice lines (slcli's `click.secho` on stdout, e.g. `order preset-list`) then one JSON document: the notice and the
 * parsed document, so JSON numbers compare by value (Python prints `38.0` where JavaScript prints `38`).
 */
function noticeThenJson(text: string): unknown[] | undefined {
  const start = text.search(/^[[{]/m);
  if (start <= 0) return undefined;
  try {
    return [text.slice(0, start), JSON.parse(text.slice(start))];
  } catch {
    return undefined;
  }
}

/** Several JSON documents one after the other, each ending at a line end; undefined when the text is not that. */
function jsonDocuments(text: string): unknown[] | undefined {
  const documents: unknown[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    pending += `${line}\n`;
    if (!/^[\]}"\d]|^(null|true|false)$/.test(line)) continue;
    try {
      documents.push(JSON.parse(pending));
      pending = '';
    } catch {
      // not the end of a document yet
    }
  }
  return pending.trim() === '' && documents.length > 1 ? documents : undefined;
}

/** sl's error: the first line on stderr. */
function slError(result: RunResult): string {
  return result.stderr.trim().split('\n')[0] ?? '';
}

/**
 * slcli's error as sl prints it: slcli prints an API or argument error on stdout, but a usage error as click does,
 * `Usage: …` on stdout then `Try '… --help' for help.` and `Error: …` on stderr (sl prints that `Error: …` line only).
 */
function slcliError(result: RunResult): string {
  const usage = result.stdout.startsWith('Usage: ');
  const lines = (usage ? result.stderr : result.stdout).trim().split('\n');
  const line = usage ? lines.find((text) => text.startsWith('Error: ')) : lines[0];
  return (line ?? '').replace(/'slcli /g, "'sl ");
}

/** What a command came to: its parsed output, or its exit code and error line when it failed. */
function outcome(result: RunResult, errorOf: (result: RunResult) => string): unknown {
  return result.code === 0 ? parsed(result) : { code: result.code, error: errorOf(result) };
}

/** A write then a read on a new emulator (same seed: the same account every time). */
async function onFreshEmulator(
  runner: typeof runSl,
  write: readonly string[],
  read: readonly string[],
  setup: readonly string[] = [],
): Promise<[RunResult, RunResult]> {
  const fresh = await startEmulator({ rateLimit: 0 });
  try {
    const freshConfig = writeConfig(fresh);
    for (const command of setup) {
      const made = await runSlcli(['--config', freshConfig, '-y', ...split(command)]);
      expect(made.code, made.stdout).toBe(0);
    }
    const written = await runner(['--config', freshConfig, ...write]);
    return [written, await runner(['--config', freshConfig, ...read])];
  } finally {
    await fresh.close();
  }
}

describe.runIf(hasSlcli)('sl and slcli print the same --format json', () => {
  let emulator: Emulator;
  let config: string;
  const reads = new Map<string, { sl: RunResult; slcli: RunResult }>();

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
    const commands = [...READS, ...FAILURES, ...READS_BUT.map(({ command }) => command)];
    const tasks = commands.map((command) => async () => {
      const args = ['--config', config, '--format', 'json', ...split(command)];
      const [sl, slcli] = await Promise.all([runSl(args), runSlcli(args)]);
      reads.set(command, { sl, slcli });
    });
    await inPool(tasks, 3);
  }, 1_500_000);

  afterAll(async () => {
    await emulator?.close();
  });

  it.each(READS)('%s', (command) => {
    const { sl, slcli } = reads.get(command)!;
    expect(slcli.code, slcli.stderr).toBe(0);
    expect(sl.code, sl.stderr).toBe(0);
    expect(parsed(sl)).toEqual(parsed(slcli));
  });

  it.each(READS_BUT)('$command (but $key)', ({ command, key }) => {
    const { sl, slcli } = reads.get(command)!;
    expect(slcli.code, slcli.stderr).toBe(0);
    expect(sl.code, sl.stderr).toBe(0);
    const without = (result: RunResult) => {
      const { [key]: _left, ...rest } = parsed(result) as Record<string, unknown>;
      return rest;
    };
    expect(without(sl)).toEqual(without(slcli));
  });

  it('config show: the same table, with the API key masked', async () => {
    const args = ['--config', config, '--format', 'json', 'config', 'show'];
    const [sl, slcli] = await Promise.all([runSl(args), runSlcli(args)]);
    const expected = JSON.parse(slcli.stdout) as Record<string, string>;
    const key = emulator.credentials.apiKey;
    expect(JSON.parse(sl.stdout)).toEqual({ ...expected, 'API Key': `${key.slice(0, 4)}…${key.slice(-4)}` });
    expect(sl.stdout).not.toContain(key);
  });

  it.each(FAILURES)('fails like slcli: %s', (command) => {
    const { sl, slcli } = reads.get(command)!;
    expect(sl.code).toBe(slcli.code);
    expect(sl.code).not.toBe(0);
    expect(slError(sl)).toBe(slcliError(slcli));
    expect(sl.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(WRITES)('write $write then $read', async ({ write, read: readAfter, sameOutput, setup }) => {
    const run = (runner: typeof runSl) =>
      onFreshEmulator(
        runner,
        ['--format', 'json', ...split(write)],
        ['--format', 'json', ...split(readAfter)],
        setup,
      );
    const [[slWrite, slRead], [slcliWrite, slcliRead]] = await Promise.all([run(runSl), run(runSlcli)]);
    expect(slcliWrite.code, slcliWrite.stdout + slcliWrite.stderr).toBe(0);
    expect(slWrite.code, slWrite.stderr).toBe(0);
    if (sameOutput !== false) expect(parsed(slWrite)).toEqual(parsed(slcliWrite));
    expect(outcome(slRead, slError)).toEqual(outcome(slcliRead, slcliError));
  });

  it('dns import creates the same records as slcli', async () => {
    const zoneFile = join(tmpdir(), `sl-import-${process.pid}.zone`);
    writeFileSync(
      zoneFile,
      '$ORIGIN imported.test.\n; a comment\n@ 86400 IN NS ns1.softlayer.com.\n' +
        'www 900 IN A 10.1.2.3\nmail 900 IN MX 10 mx.imported.test.\nftp IN CNAME www\n',
    );
    const run = (runner: typeof runSl) =>
      onFreshEmulator(
        runner,
        ['dns', 'import', zoneFile],
        ['--format', 'json', 'dns', 'record-list', 'imported.test'],
      );
    const [[slWrite, slRead], [slcliWrite, slcliRead]] = await Promise.all([run(runSl), run(runSlcli)]);
    expect(slWrite.stdout).toBe(slcliWrite.stdout);
    expect(parsed(slRead)).toEqual(parsed(slcliRead));
  });
});
