import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

/** An `$EDITOR` (a shell script) that runs `sed` with `expression` on the file it is given. */
function sedEditor(expression: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sl-editor-')), 'editor.sh');
  writeFileSync(path, `#!/bin/sh\nsed -i '${expression}' "$1"\n`);
  chmodSync(path, 0o755);
  return path;
}

// The seeded firewalls: 3540001 dedicated (VLAN 2100001), 3540002 a multi-VLAN gateway, 3540003 a guest's.
describe('sl firewall: what slcli cannot be compared on (it crashes there)', () => {
  const session = useEmulatorSession();
  const { sl } = session;
  const detail = async (id: string) =>
    JSON.parse((await sl(['--format', 'json', 'firewall', 'detail', id])).stdout) as {
      rules: Array<Record<string, unknown>>;
    };

  it('edit opens $EDITOR on the rules, shows the result, submits it, and the rules read back changed', async () => {
    const editor = sedEditor('s/: 80$/: 8080/');
    const before = await detail('vlan:3540001');
    expect(before.rules[0]).toMatchObject({ dest: 'any:80-80' });
    const run = await sl(['firewall', 'edit', 'vlan:3540001'], 'y\n', { EDITOR: editor });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('destination_port_range_start: 8080');
    expect(run.stdout).toContain('Firewall updated!');
    const after = await detail('vlan:3540001');
    expect(after.rules[0]).toMatchObject({ dest: 'any:8080-8080' });
    expect(after.rules.slice(1)).toEqual(before.rules.slice(1));
  });

  it('edit of a standard firewall with -y: a new rule added in the editor is kept', async () => {
    const editor = sedEditor(
      '$a action: deny\\nprotocol: udp\\nsource_ip_address: 10.1.2.3\\ndestination_ip_address: any\\n' +
        'destination_port_range_start: 53\\ndestination_port_range_end: 53\\n=========================================',
    );
    const run = await sl(['-y', 'firewall', 'edit', 'vs:3540003'], '', { EDITOR: editor });
    expect(run.code, run.stderr).toBe(0);
    const rules = (await detail('vs:3540003')) as unknown as Array<Record<string, unknown>>;
    expect(rules.at(-1)).toMatchObject({ '#': 3, action: 'deny', protocol: 'udp', src_ip: '10.1.2.3' });
  });

  it('edit: declining the submission, or rules the API refuses, change nothing', async () => {
    const before = await detail('vlan:3540001');
    const editor = sedEditor('s/action: permit/action: allow/');
    const declined = await sl(['firewall', 'edit', 'vlan:3540001'], 'n\n', { EDITOR: editor });
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborted.');
    // Submitted, refused by the API, then no further editing: aborted.
    const refused = await sl(['firewall', 'edit', 'vlan:3540001'], 'y\nn\n', { EDITOR: editor });
    expect(refused.code).toBe(2);
    expect(refused.stdout, refused.stdout.slice(-300)).toContain('action must be permit or deny');
    expect(await detail('vlan:3540001')).toEqual(before);
  });

  it('monitoring sums the gateway firewall public bandwidth of the period', async () => {
    const run = await sl(['--format', 'json', 'firewall', 'monitoring', '3540002']);
    expect(run.code, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(table).toMatchObject({ Id: 3540002, Name: expect.stringMatching(/^fw-gw-/), Status: 'Active' });
    expect(table.Total).toBe((table.In as number) + (table.Out as number));
    expect(table.In as number).toBeGreaterThan(0);
  });

  it('add for a server reads its bonded uplinks (slcli fails on servers without a group)', async () => {
    const run = await sl(['firewall', 'add', '1200002', '--firewall-type', 'server'], 'y\n');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Product: 10000Mbps Hardware Firewall');
    expect(run.stdout).toContain('Firewall is being created!');
  });

  it('bad ids are refused before any change', async () => {
    const list = (await sl(['--format', 'json', 'firewall', 'list'])).stdout;
    for (const args of [
      ['firewall', 'detail', 'vlan:abc'],
      ['-y', 'firewall', 'cancel', 'abc'],
      ['-y', 'firewall', 'add', 'web1', '--firewall-type', 'vs'],
      ['firewall', 'monitoring', 'x'],
    ]) {
      const run = await sl(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/Invalid .*(whole number|ID)/);
    }
    const unknown = await sl(['-y', 'firewall', 'add', '99', '--firewall-type', 'vs']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('SoftLayer_Exception_ObjectNotFound');
    expect((await sl(['--format', 'json', 'firewall', 'list'])).stdout).toBe(list);
  });
});
