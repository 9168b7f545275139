import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';
import { runProgram } from './run-binary';

const CHOICES = [
  'backend_ip',
  'backend_mac',
  'datacenter',
  'datacenter_id',
  'fqdn',
  'frontend_mac',
  'id',
  'ip',
  'network',
  'provision_state',
  'tags',
  'user_data',
];

/** The Python that runs slcli (its script's `#!` line), or undefined without slcli. */
const slcliPython = ((): string | undefined => {
  try {
    const line = execFileSync('sh', ['-c', 'head -n 1 "$(command -v slcli)"'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    return line.startsWith('#!') ? line.slice(2).trim().split(/\s+/)[0] : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * slcli's `metadata` with the metadata endpoint it cannot be told (a constant of the reference) pointed at `url`:
 * the reference's own code, run from Python with that constant replaced.
 */
function runSlcliMetadata(config: string, url: string, prop: string) {
  const script = [
    'import sys',
    'import SoftLayer.consts as consts',
    `consts.API_PRIVATE_ENDPOINT_REST = ${JSON.stringify(url)}`,
    'from SoftLayer.CLI import core',
    `sys.argv = ['slcli', '--config', ${JSON.stringify(config)}, '--format', 'json', 'metadata', ${JSON.stringify(prop)}]`,
    'core.main()',
  ].join('\n');
  return runProgram(slcliPython ?? 'python3', ['-c', script]);
}

describe('sl metadata, licenses cancel and user create: what the differential test cannot show', () => {
  const session = useEmulatorSession();
  const { sl } = session;

  it.runIf(slcliPython !== undefined).each(CHOICES)(
    'metadata %s: $SL_METADATA_ENDPOINT reaches the service; the JSON is slcli’s',
    async (prop) => {
      const env = { SL_METADATA_ENDPOINT: session.emulator.restUrl };
      const [ours, theirs] = await Promise.all([
        sl(['--format', 'json', 'metadata', prop], '', env),
        runSlcliMetadata(session.config, session.emulator.restUrl, prop),
      ]);
      expect(ours.code, ours.stderr).toBe(0);
      expect(theirs.code, theirs.stderr).toBe(0);
      const parse = (text: string) => (text.trim() === '' ? null : JSON.parse(text));
      expect(parse(ours.stdout)).toEqual(parse(theirs.stdout));
    },
  );

  it('metadata refuses a property that is not a choice (exit 2)', async () => {
    const run = await sl(['metadata', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/'nope' is not one of 'backend_ip'/);
  });

  it('licenses cancel asks first (slcli does not): a no keeps the license, yes cancels it', async () => {
    const licenses = async () =>
      // The second of the two tables it prints: the VMware licenses, by name.
      ((stdout: string) => JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1)) as Record<string, string>)(
        (await sl(['--format', 'json', 'account', 'licenses'])).stdout,
      );
    const key = Object.values(await licenses())[0]!;
    const declined = await sl(['licenses', 'cancel', key, '--immediate'], 'no\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toMatch(/Aborted/);
    expect(Object.values(await licenses())).toContain(key);
    const done = await sl(['licenses', 'cancel', key, '--immediate'], 'yes\n');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toBe(`License key: ${key} was cancelled.\n`);
    expect(Object.values(await licenses())).not.toContain(key);
  });

  it('user create shows the new user and asks; a no creates nothing, a yes creates it', async () => {
    const declined = await sl(
      ['user', 'create', 'asked-user', '-e', 'asked@example.com', '-p', 'Passw0rd!x'],
      'n\n',
    );
    expect(declined.code).toBe(2);
    expect(declined.stdout).toMatch(/You are about to create the following user/);
    expect(declined.stdout).toMatch(/asked@example\.com/);
    expect(declined.stderr).toMatch(/Canceling creation!/);
    const list = async () => (await sl(['--format', 'json', 'user', 'list'])).stdout;
    expect(await list()).not.toMatch(/asked-user/);
    const created = await sl(
      ['--format', 'json', 'user', 'create', 'asked-user', '-e', 'asked@example.com', '-p', 'generate'],
      'y\n',
    );
    expect(created.code, created.stderr).toBe(0);
    const rows = JSON.parse(created.stdout.slice(created.stdout.lastIndexOf('[\n'))) as Array<
      Record<string, string>
    >;
    expect(rows[0]).toMatchObject({ Username: 'asked-user', Email: 'asked@example.com' });
    expect(rows[0]!.Password).toMatch(/^[A-Za-z0-9]{20}[^A-Za-z0-9]{3}$/);
    expect(await list()).toMatch(/asked-user/);
  });
});
