import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

// `lb detail` cannot be compared with slcli (its Members row is wrong, see the README): its L7 Pools row is read
// here, after `lb l7pool-add` and `lb l7pool-del` against the emulator (seeded web-lb 610001).
describe('sl lb: L7 pools through the binary', () => {
  const session = useEmulatorSession();
  const { sl } = session;
  const l7Pools = async () => {
    const run = await sl(['--format', 'json', 'lb', 'detail', '610001']);
    expect(run.code, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as Record<string, unknown>)['L7 Pools'];
  };

  it('l7pool-add shows the pool in lb detail; l7pool-del takes it away', async () => {
    expect(await l7Pools()).toBe('Not Found');
    const add = await sl([
      'lb',
      'l7pool-add',
      'web-lb',
      '-n',
      'images',
      '-m',
      'WEIGHTED_RR',
      '-S',
      '10.0.0.5:80:40',
    ]);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain('Success');
    const pools = (await l7Pools()) as Array<Record<string, unknown>>;
    expect(pools).toMatchObject([
      { Name: 'images', Balancer: 'WEIGHTED_RR', Protocol: 'HTTP', Active: 'ACTIVE' },
    ]);
    const del = await sl(['lb', 'l7pool-del', String(pools[0]?.Id)]);
    expect(del.code, del.stderr).toBe(0);
    expect(await l7Pools()).toBe('Not Found');
  });
});
