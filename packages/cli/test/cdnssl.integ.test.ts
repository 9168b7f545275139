import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';
import { runProgram, SL_BIN } from './run-binary';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/ssl/${name}`, import.meta.url));

// What the differential test cannot compare: slcli crashes there (ssl download of a certificate without a key,
// ssl add / edit without every file), writes files, or prints its usage line first (usage errors).
describe('sl ssl, cdn and report: what slcli cannot be compared on', () => {
  const session = useEmulatorSession();
  const { sl } = session;
  /** `sl` run in `folder` (ssl download writes there). */
  const slIn = (folder: string, args: string[]) =>
    runProgram('sh', [
      '-c',
      'cd "$0" && exec "$@"',
      folder,
      process.execPath,
      SL_BIN,
      '--config',
      session.config,
      ...args,
    ]);
  const certificates = async () =>
    JSON.parse((await sl(['--format', 'json', 'ssl', 'list'])).stdout) as Array<Record<string, unknown>>;

  it('ssl download of a seeded certificate (no key kept) writes the certificate only', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sl-ssl-'));
    const run = await slIn(folder, ['ssl', 'download', '930001']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual(['www.acme-shop.example.crt']);
    expect(readFileSync(join(folder, 'www.acme-shop.example.crt'), 'utf8')).toMatch(
      /^-----BEGIN CERTIFICATE-----/,
    );
  });

  it('ssl add with a certificate and its key only, then download writes them back as given', async () => {
    const added = await sl([
      'ssl',
      'add',
      '--crt',
      fixture('shop.crt'),
      '--key',
      fixture('shop.key'),
      '--notes',
      'k',
    ]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe('');
    const created = (await certificates()).find((certificate) => certificate.notes === 'k');
    expect(created).toMatchObject({ common_name: 'shop.acme-test.example' });
    const folder = mkdtempSync(join(tmpdir(), 'sl-ssl-'));
    const run = await slIn(folder, ['ssl', 'download', String(created!.id)]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['shop.acme-test.example.crt', 'shop.acme-test.example.key']);
    expect(readFileSync(join(folder, 'shop.acme-test.example.key'), 'utf8')).toBe(
      readFileSync(fixture('shop.key'), 'utf8'),
    );
  });

  it('ssl add with every file: download writes the signing request and intermediate certificate too', async () => {
    const files = ['crt', 'key', 'csr', 'icc'].flatMap((kind) => [`--${kind}`, fixture(`shop.${kind}`)]);
    expect((await sl(['ssl', 'add', ...files, '--notes', 'all'])).code).toBe(0);
    const created = (await certificates()).find((certificate) => certificate.notes === 'all');
    const folder = mkdtempSync(join(tmpdir(), 'sl-ssl-'));
    expect((await slIn(folder, ['ssl', 'download', String(created!.id)])).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(
      ['crt', 'csr', 'icc', 'key'].map((extension) => `shop.acme-test.example.${extension}`),
    );
    expect(readFileSync(join(folder, 'shop.acme-test.example.csr'), 'utf8')).toBe(
      readFileSync(fixture('shop.csr'), 'utf8'),
    );
  });

  it('ssl edit with notes only changes the notes', async () => {
    const run = await sl(['ssl', 'edit', '930002', '--notes', 'retired']);
    expect(run.code, run.stderr).toBe(0);
    expect((await certificates()).find((certificate) => certificate.id === 930002)).toMatchObject({
      notes: 'retired',
      common_name: 'legacy.acme-shop.example',
    });
  });

  it('ssl add refuses a key that is not the certificate’s (the API fault), and a missing certificate', async () => {
    const icc = fixture('shop.icc');
    const wrong = await sl(['ssl', 'add', '--crt', icc, '--key', fixture('shop.key')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('The private key does not match the certificate.');
    const none = await sl(['ssl', 'add', '--notes', 'x']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Missing option '--crt'");
  });

  it('ssl remove asks first: a wrong answer aborts and keeps the certificate', async () => {
    const run = await sl(['ssl', 'remove', '930001'], 'no\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Aborted.');
    expect((await certificates()).some((certificate) => certificate.id === 930001)).toBe(true);
  });

  it.each([
    [
      ['ssl', 'add', '--crt', '/nonexistent/shop.crt'],
      "Error: Invalid value for '--crt': Path '/nonexistent/shop.crt' does not exist.",
    ],
    [['ssl', 'list', '--status', 'nope'], "argument 'nope' is invalid"],
    [['ssl', 'download', 'abc'], "Error: Invalid value for 'IDENTIFIER': 'abc' is not a valid integer."],
    [
      ['cdn', 'detail', '11223301417', '--history', '90'],
      "Error: Invalid value for '--history': 90 is not in the range 1<=x<=89.",
    ],
    [['cdn', 'list', '--sortby', 'nope'], "argument 'nope' is invalid"],
    [['cdn', 'edit', '11223301417', '-r', '2'], "argument '2' is invalid"],
    [['cdn', 'origin-add', '11223301417', '10.0.0.1', '/v', '-o', 'audio'], "argument 'audio' is invalid"],
    [
      ['report', 'bandwidth', '--start', '2026-13-01'],
      "Error: Invalid value for '--start': not in the format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'",
    ],
    [
      ['report', 'bandwidth', '--end', 'yesterday'],
      "Error: Invalid value for '--end': not in the format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'",
    ],
  ])('usage error (exit 2): sl %j', async (args, message) => {
    const run = await sl(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('report bandwidth says what period it reports on stderr and prints the table with the sizes in GB', async () => {
    const run = await sl(['report', 'bandwidth', '--start', '2026-11-01', '--end', '2026-11-02', '--pool']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'Generating bandwidth report for 2026-11-01 00:00:00 to 2026-11-02 00:00:00',
    );
    expect(run.stdout).toMatch(/pool +Asia Pacific bandwidth pool +\d+\.\d\dG/);
  });
});
