import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Emulator, EmulatorError, startEmulator } from '../src/index';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-state-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function restCall(emulator: Emulator, path: string, init: RequestInit = {}): Promise<Response> {
  const { username, apiKey } = emulator.credentials;
  return fetch(`${emulator.restUrl}${path}`, {
    ...init,
    headers: { authorization: `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}` },
  });
}

function sshKey(index: number): string {
  return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(index).padStart(4, '0')}PersistedKey${'x'.repeat(20)} k${index}@example`;
}

describe('--state FILE', () => {
  it('keeps every change across a restart, even when changes arrive concurrently', async () => {
    const file = join(directory, 'account.json');
    const first = await startEmulator({ stateFile: file, guests: 20, rateLimit: 0 });
    const responses = await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        restCall(first, 'SoftLayer_Security_Ssh_Key/createObject.json', {
          method: 'POST',
          body: JSON.stringify({ parameters: [{ label: `persisted-${index}`, key: sshKey(index) }] }),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(25).fill(200));
    const deleted = first.state.guests.all()[0]!.id;
    expect(
      (await restCall(first, `SoftLayer_Virtual_Guest/${deleted}.json`, { method: 'DELETE' })).status,
    ).toBe(200);
    await first.close();

    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      sshKeys: unknown[];
      guests: unknown[];
    };
    expect(saved.format).toBe('sl-emulator-state');
    expect(saved.guests).toHaveLength(19);

    const second = await startEmulator({ stateFile: file, guests: 500 });
    try {
      expect(second.credentials).toEqual(first.credentials);
      expect(second.state.guests.size).toBe(19);
      expect(second.state.guests.get(deleted)).toBeUndefined();
      const labels = second.state.sshKeys.all().map((key) => key.label);
      for (let index = 0; index < 25; index++) expect(labels).toContain(`persisted-${index}`);
      const highest = Math.max(...second.state.sshKeys.all().map((key) => key.id));
      const created = await restCall(second, 'SoftLayer_Security_Ssh_Key/createObject.json', {
        method: 'POST',
        body: JSON.stringify({ parameters: [{ label: 'after-restart', key: sshKey(99) }] }),
      });
      expect(((await created.json()) as { id: number }).id).toBeGreaterThan(highest);
    } finally {
      await second.close();
    }
  });

  it('refuses a file that is not an emulator state, with a typed error', async () => {
    const file = join(directory, 'not-state.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, '{"hello": 1}'));
    await expect(startEmulator({ stateFile: file })).rejects.toMatchObject({
      code: 'EMULATOR_STATE_INVALID',
    });
  });
});

describe('rate limit', () => {
  it('answers the API fault once a user passes the limit within one second', async () => {
    const emulator = await startEmulator({ guests: 3, rateLimit: 5, now: () => Date.UTC(2026, 0, 1) });
    try {
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => restCall(emulator, 'SoftLayer_Account.json')),
      );
      const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{
        code?: string;
        error?: string;
      }>;
      expect(responses.filter((response) => response.status === 200)).toHaveLength(5);
      expect(
        bodies.filter((body) => body.code === 'SoftLayer_Exception_WebService_RateLimitExceeded'),
      ).toHaveLength(3);
      expect(bodies).toContainEqual({
        code: 'SoftLayer_Exception_WebService_RateLimitExceeded',
        error: 'Rate limit of 5 requests for every 1 second(s) exceeded.',
      });
    } finally {
      await emulator.close();
    }
  });
});

describe('fault injection', () => {
  it('fails requests with HTTP 500, dropped connections or the rate-limit fault', async () => {
    const serverError = await startEmulator({
      guests: 1,
      faultRate: 1,
      faultKinds: ['http-500'],
      faultLatencyMs: 5,
    });
    const dropped = await startEmulator({ guests: 1, faultRate: 1, faultKinds: ['drop'] });
    const limited = await startEmulator({ guests: 1, faultRate: 1, faultKinds: ['rate-limit'] });
    try {
      expect((await restCall(serverError, 'SoftLayer_Account.json')).status).toBe(500);
      await expect(restCall(dropped, 'SoftLayer_Account.json')).rejects.toThrow();
      const response = await restCall(limited, 'SoftLayer_Account.json');
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({
        code: 'SoftLayer_Exception_WebService_RateLimitExceeded',
      });
    } finally {
      await Promise.all([serverError.close(), dropped.close(), limited.close()]);
    }
  });

  it('rejects impossible options with a typed error', async () => {
    await expect(startEmulator({ faultRate: 2 })).rejects.toBeInstanceOf(EmulatorError);
    await expect(startEmulator({ guests: -1 })).rejects.toMatchObject({ code: 'EMULATOR_INVALID_OPTION' });
  });
});
