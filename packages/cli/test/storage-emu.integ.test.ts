import { execFileSync } from 'node:child_process';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, describe, expect, it } from 'vitest';
import { runSl, runSlcli, writeConfig } from './run-binary';

// `block|file disaster-recovery-failover` asks for a confirmation slcli's `-y` does not skip (the differential
// writes cannot answer it): the real binaries, answered on stdin, against fresh emulators with a replica.

const hasSlcli = ((): boolean => {
  try {
    execFileSync('slcli', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

const emulators: Emulator[] = [];

/** A fresh emulator where volume `origin` has one replica (42000029); its config file. */
async function withReplica(group: 'block' | 'file', origin: string): Promise<string> {
  const emulator = await startEmulator({ rateLimit: 0 });
  emulators.push(emulator);
  const config = writeConfig(emulator);
  const location = group === 'block' ? '-d' : '-l';
  const ordered = await runSl([
    '--config',
    config,
    '-y',
    group,
    'replica-order',
    origin,
    location,
    'dal10',
    '-s',
    'DAILY',
  ]);
  expect(ordered.code, ordered.stderr).toBe(0);
  return config;
}

afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.close()));
});

describe.runIf(hasSlcli)('disaster-recovery-failover through the real binaries', () => {
  it.each([
    ['block', '42000006'],
    ['file', '42000002'],
  ] as const)('%s: the same answer and the same replication status as slcli', async (group, origin) => {
    const [slConfig, slcliConfig] = await Promise.all([
      withReplica(group, origin),
      withReplica(group, origin),
    ]);
    const args = [group, 'disaster-recovery-failover', origin, '--replicant-id', '42000029'];
    const sl = await runSl(['--config', slConfig, ...args], 'y\n');
    const slcli = await runSlcli(['--config', slcliConfig, ...args], 'y\n');
    expect(slcli.code, slcli.stdout).toBe(0);
    expect(sl.code, sl.stderr).toBe(0);
    expect(sl.stdout.trim().split('\n').at(-1)).toBe(
      'Disaster Recovery Failover to replicant is now in progress.',
    );
    const detail = ['--format', 'json', group, 'volume-detail', origin];
    const slDetail = JSON.parse((await runSl(['--config', slConfig, ...detail])).stdout);
    const slcliDetail = JSON.parse((await runSlcli(['--config', slcliConfig, ...detail])).stdout);
    expect(slDetail).toEqual(slcliDetail);
    expect(slDetail['Replication Status']).toContain('Disaster recovery failover to');
    // No failback through the API after a disaster recovery failover.
    const failback = await runSl(['--config', slConfig, group, 'replica-failback', origin]);
    expect(failback.code).toBe(1);
    expect(failback.stderr).toContain('open a support ticket to fail back');
  });

  it('a declined confirmation fails nothing over', async () => {
    const config = await withReplica('block', '42000006');
    const args = ['block', 'disaster-recovery-failover', '42000006', '--replicant-id', '42000029'];
    const declined = await runSl(['--config', config, ...args], 'n\n');
    expect(declined.code).toBe(2);
    const detail = JSON.parse(
      (await runSl(['--config', config, '--format', 'json', 'block', 'volume-detail', '42000006'])).stdout,
    );
    expect(detail['Replication Status']).toBe('Replicant Volume Provisioning has completed.');
  });
});
