// slcli's globalip, subnet and vlan commands against the emulator: orders, routes, notes, tags and cancellations
// change the account, and slcli reads the changes back.
import { hasReferenceClient } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import { useSlcliEmulator } from './slcli';

interface GlobalIpLine {
  id: number;
  ip: string;
  assigned: string;
  target: string;
}

// Each test starts slcli up to ten times (a Python start is seconds on a loaded 2-core CI machine: one run hit the
// default 30 s on Node 24), so the budget is per test, not a measure of speed.
describe.skipIf(!hasReferenceClient())(
  'slcli globalip, subnet and vlan against the emulator',
  { timeout: 180_000 },
  () => {
    const env = useSlcliEmulator({ seed: 7, guests: 30, rateLimit: 0 });
    const slcli = <T = unknown>(...args: string[]): Promise<T> => env.cli.json<T>(...args);

    it('globalip create, assign, unassign and cancel', async () => {
      const before = await slcli<GlobalIpLine[]>('globalip', 'list');
      expect(before.map((line) => line.assigned)).toEqual(['Yes', 'No', 'No']);
      expect(await slcli('globalip', 'create')).toEqual([
        { item: 'Global IPv4', cost: '10.00' },
        { item: 'Total monthly cost', cost: '10.00' },
      ]);
      const created = (await slcli<GlobalIpLine[]>('globalip', 'list')).at(-1)!;
      expect(created.assigned).toBe('No');
      const target = before[0]!.target.split(' ')[0]!;
      await slcli('globalip', 'assign', String(created.id), '--target', 'ip', '--target-id', target);
      const assigned = (await slcli<GlobalIpLine[]>('globalip', 'list')).find(
        (line) => line.id === created.id,
      )!;
      expect(assigned).toMatchObject({ assigned: 'Yes', target: before[0]!.target });
      await slcli('globalip', 'unassign', created.ip);
      await slcli('globalip', 'cancel', String(created.id));
      expect(await slcli('globalip', 'list')).toEqual(before);
    });

    it('subnet create, edit, edit-ip, route, clear-route, lookup and cancel', async () => {
      const vlans = await slcli<Array<{ Id: number; Name: string }>>('vlan', 'list');
      const publicVlan = vlans.find((vlan) => vlan.Name.startsWith('public-'))!;
      const list = () =>
        slcli<Array<{ Id: number; Identifier: string; Note: string | null; Target: string }>>(
          'subnet',
          'list',
        );
      const before = await list();
      await slcli('subnet', 'create', 'public', '16', String(publicVlan.Id));
      const added = (await list()).find((line) => !before.some((old) => old.Id === line.Id))!;
      expect(added.Identifier).toMatch(/\/28$/);
      await slcli('subnet', 'edit', String(added.Id), '--note', 'blue team', '--tags', 'blue,team');
      expect((await list()).find((line) => line.Id === added.Id)!.Note).toBe('blue team');
      // Routed to a virtual server: its primary public address becomes the target; then back to no route.
      const guest = env.emulator.state.guests.all().find((row) => !row.privateNetworkOnly)!;
      await slcli(
        'subnet',
        'route',
        String(added.Id),
        '--target',
        'vsi',
        '--target-resource',
        String(guest.id),
      );
      const routed = (await list()).find((line) => line.Id === added.Id)!;
      expect(routed.Target).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      await slcli('subnet', 'clear-route', String(added.Id));
      const lookup = await slcli<{
        ip: string;
        subnet: Record<string, unknown>;
        device?: Record<string, unknown>;
      }>('subnet', 'lookup', before[0]!.Identifier.replace(/\.0\/\d+$/, '.5'));
      expect(lookup.subnet).toMatchObject({ id: before[0]!.Id, type: 'PRIMARY' });
      await slcli('subnet', 'cancel', String(added.Id));
      expect(await list()).toEqual(before);
    });

    it('vlan edit and vlan cancel (the reasons it cannot be cancelled)', async () => {
      const [vlan] = await slcli<Array<{ Id: number }>>('vlan', 'list');
      await slcli('vlan', 'edit', String(vlan!.Id), '--name', 'renamed', '--note', 'a note', '--tags', 'x,y');
      const listed = await slcli<Array<{ Id: number; Name: string }>>('vlan', 'list');
      expect(listed.find((line) => line.Id === vlan!.Id)!.Name).toBe('renamed');
      const result = await env.cli.raw('vlan', 'cancel', String(vlan!.Id));
      // slcli prints the reasons and stops with its abort status.
      expect(result.status).toBe(2);
      expect(`${result.stdout}${result.stderr}`).toMatch(/VLAN \d+ is a primary VLAN of \w+/);
    });

    it('loadbal order-options lists the LBAAS package by datacenter, with its prices and private subnets', async () => {
      const result = await env.cli.raw(
        '--format',
        'json',
        'loadbal',
        'order-options',
        '--datacenter',
        'dal10',
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      // A heading line, then the prices, then the datacenter's private primary subnets.
      const [prices, subnets] = result.stdout
        .slice(result.stdout.indexOf('{'))
        .split(/\n(?=\[)/)
        .map((part) => JSON.parse(part) as unknown);
      expect(prices).toEqual({ LOAD_BALANCER_UPTIME: '0.028', LOAD_BALANCER_DATA_PROCESSED: '0.008' });
      expect(subnets).toEqual([
        {
          Id: expect.any(Number),
          Subnet: expect.stringMatching(/^10\./),
          Vlan: expect.stringMatching(/^dal10\.pod01\.\d+$/),
        },
      ]);
    });
  },
);
