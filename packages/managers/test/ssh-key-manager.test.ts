import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError, SshKeyManager } from '../src/index';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('SshKeyManager asks what the reference asks', () => {
  it('addKey', async () => {
    const { client, calls } = recordingClient({ 'Security_Ssh_Key::createObject': { id: 1 } });
    await new SshKeyManager(client).addKey('ssh-rsa AAAA... a@b', 'label', { notes: 'n' });
    expectSameCalls("sshkey.add_key('ssh-rsa AAAA... a@b', 'label', notes='n')", calls);
  });

  it('deleteKey, editKey, getKey by id', async () => {
    for (const [name, run] of [
      ['sshkey.delete_key(1)', (keys: SshKeyManager) => keys.deleteKey(1)],
      [
        "sshkey.edit_key(1, label='l', notes='n')",
        (keys: SshKeyManager) => keys.editKey(1, { label: 'l', notes: 'n' }),
      ],
      ['sshkey.get_key(1)', (keys: SshKeyManager) => keys.getKey(1)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Security_Ssh_Key::getObject': { id: 1 } });
      await run(new SshKeyManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('listKeys with a label', async () => {
    const { client, calls } = recordingClient();
    await new SshKeyManager(client).listKeys({ label: 'x' });
    expectSameCalls("sshkey.list_keys(label='x')", calls);
  });
});

describe('SshKeyManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('adds, finds by label, edits, reads and deletes a key', async () => {
    const keys = new SshKeyManager(setup.client);
    const publicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB0managers test@example.com';
    const added = await keys.addKey(publicKey, 'managers-test', { notes: 'from the managers tests' });
    expect(added).toMatchObject({ label: 'managers-test', key: publicKey, notes: 'from the managers tests' });
    expect(await keys.resolveIds('managers-test')).toEqual([added.id]);
    const listed = await keys.listKeys({ label: 'managers-*' });
    expect(listed.map((key) => key.id)).toEqual([added.id]);
    expect(listed.totalCount).toBe(1);
    expect(await keys.editKey('managers-test', { notes: 'changed' })).toBe(true);
    expect(await keys.getKey(added.id!)).toMatchObject({ label: 'managers-test', notes: 'changed' });
    expect(await keys.deleteKey('managers-test')).toBe(true);
    expect(await keys.resolveIds('managers-test')).toEqual([]);
  });

  it('says which key it cannot find, and refuses empty input before sending anything', async () => {
    const keys = new SshKeyManager(setup.client);
    await expect(keys.getKey('no-such-label')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    await expect(keys.addKey('', 'x')).rejects.toBeInstanceOf(ManagerError);
    await expect(keys.editKey(1, {})).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
  });
});
