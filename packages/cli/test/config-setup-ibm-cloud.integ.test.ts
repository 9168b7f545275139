import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATOR_SSO_PASSCODE, type Emulator, ibmCloudAccountGuid, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl } from './run-binary';

/** `sl config setup -a ibmid|sso` against the emulator's IAM stand-in and accounts API. */
describe('config setup with an IBMid or SSO', () => {
  let emulator: Emulator;
  let folder: string;
  let env: Record<string, string>;
  let owner: { username: string; email: string; password: string; apiKey: string };

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    folder = mkdtempSync(join(tmpdir(), 'sl-setup-ibm-'));
    env = { SL_IAM_ENDPOINT: emulator.url, SL_ACCOUNTS_ENDPOINT: emulator.url };
    owner = emulator.state.users.all()[0]!;
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('ibmid: email and password (flags), the one account, the classic key written 0600', async () => {
    const file = join(folder, 'ibmid.cfg');
    const result = await runSl(
      [
        '-C',
        file,
        '-y',
        'config',
        'setup',
        '-a',
        'ibmid',
        '--endpoint',
        emulator.xmlrpcUrl,
        '--username',
        owner.email,
        '--password',
        owner.password,
        '--timeout',
        '0',
        '--theme',
        'dark',
      ],
      '',
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Using account ${emulator.state.companyName}`);
    expect(result.stdout).toContain('Configuration Updated Successfully');
    expect(result.stdout + result.stderr).not.toContain(owner.password);
    expect(result.stdout).not.toContain(owner.apiKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`username = ${owner.username}`);
    expect(text).toContain(`api_key = ${owner.apiKey}`);
    expect((await runSl(['-C', file, '--format', 'csv', 'dns', 'zone-list'])).code).toBe(0);
  });

  it('ibmid: answers on stdin (email, hidden password)', async () => {
    const file = join(folder, 'asked.cfg');
    const answers = `${emulator.xmlrpcUrl}\n${owner.username}\n${owner.password}\n\nlight\n\n`;
    const result = await runSl(['-C', file, 'config', 'setup', '-a', 'ibmid'], answers, env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Email: ');
    expect(result.stderr).toContain('Password: ');
    expect(result.stdout + result.stderr).not.toContain(owner.password);
    expect(readFileSync(file, 'utf8')).toContain('theme = light');
  });

  it('ibmid: a wrong password stops with IAM’s message, exit 1, no file, no secret shown', async () => {
    const file = join(folder, 'wrong.cfg');
    const secret = 'Not-The-Password-9';
    const result = await runSl(
      ['-C', file, '-y', 'config', 'setup', '-a', 'ibmid', '--endpoint', emulator.xmlrpcUrl],
      `${owner.email}\n${secret}\n`,
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The credentials you entered for the user are incorrect.');
    expect(result.stdout + result.stderr).not.toContain(secret);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(file)).toBe(false);
  });

  it('ibmid: --account naming no account of the login stops with exit 2', async () => {
    const file = join(folder, 'account.cfg');
    const result = await runSl(
      [
        '-C',
        file,
        '-y',
        'config',
        'setup',
        '-a',
        'ibmid',
        '--endpoint',
        emulator.xmlrpcUrl,
        '--account',
        '42',
      ],
      `${owner.email}\n${owner.password}\n`,
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no account '42'");
    expect(existsSync(file)).toBe(false);
  });

  it('ibmid: several accounts are listed and picked by number', async () => {
    // An accounts API with the emulator's account and an unlinked one; IAM stays the emulator's.
    const guid = ibmCloudAccountGuid(emulator.state);
    const body = JSON.stringify({
      total_results: 2,
      resources: [
        { metadata: { guid: 'f'.repeat(32), linked_accounts: [] }, entity: { name: 'Side Project' } },
        {
          metadata: { guid, linked_accounts: [{ origin: 'IMS', id: String(emulator.state.accountId) }] },
          entity: { name: emulator.state.companyName },
        },
      ],
    });
    const accounts: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
    });
    await new Promise<void>((resolve) => accounts.listen(0, '127.0.0.1', resolve));
    try {
      const accountsEnv = {
        ...env,
        SL_ACCOUNTS_ENDPOINT: `http://127.0.0.1:${(accounts.address() as AddressInfo).port}`,
      };
      const file = join(folder, 'several.cfg');
      const args = ['-C', file, '-y', 'config', 'setup', '-a', 'ibmid', '--endpoint', emulator.xmlrpcUrl];
      const logins = `${owner.email}\n${owner.password}\n`;
      const picked = await runSl(args, `${logins}2\n0\ndark\n`, accountsEnv);
      expect(picked.code, picked.stderr).toBe(0);
      expect(picked.stdout).toContain(
        `Select an Account...\n1: Side Project (Unlinked)\n2: ${emulator.state.companyName} (${emulator.state.accountId})\n`,
      );
      expect(picked.stderr).toContain('Enter a number: ');
      expect(readFileSync(file, 'utf8')).toContain(`api_key = ${owner.apiKey}`);

      const byFlag = join(folder, 'by-flag.cfg');
      const flagged = await runSl(
        [
          '-C',
          byFlag,
          '-y',
          'config',
          'setup',
          '-a',
          'ibmid',
          '--endpoint',
          emulator.xmlrpcUrl,
          '--account',
          guid,
        ],
        `${logins}0\ndark\n`,
        accountsEnv,
      );
      expect(flagged.code, flagged.stderr).toBe(0);
      expect(flagged.stdout).not.toContain('Select an Account');

      const outOfRange = join(folder, 'out-of-range.cfg');
      const bad = await runSl(['-C', outOfRange, ...args.slice(2)], `${logins}3\n`, accountsEnv);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("'3' is not a number from 1 to 2");
      expect(existsSync(outOfRange)).toBe(false);
    } finally {
      await new Promise((resolve) => accounts.close(resolve));
    }
  });

  it('ibmid: a user without an API key gets one created', async () => {
    const user = emulator.state.users.all()[1]!;
    user.apiKey = '';
    const file = join(folder, 'created.cfg');
    const result = await runSl(
      ['-C', file, '-y', 'config', 'setup', '-a', 'ibmid', '--endpoint', emulator.xmlrpcUrl],
      `${user.username}\n${user.password}\n0\ndark\n`,
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Creating a Classic Infrastructure API key for ${user.username}`);
    expect(user.apiKey).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(file, 'utf8')).toContain(`api_key = ${user.apiKey}`);
  });

  it('sso: prints the passcode page, takes the one-time code, writes the classic key', async () => {
    const file = join(folder, 'sso.cfg');
    const answers = `${emulator.xmlrpcUrl}\n${EMULATOR_SSO_PASSCODE}\n\n\n\n`;
    const result = await runSl(['-C', file, 'config', 'setup', '-a', 'sso'], answers, env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Get a one-time code from ${emulator.url}/identity/passcode to proceed.`);
    expect(result.stderr).toContain('One-time code: ');
    expect(readFileSync(file, 'utf8')).toContain(`api_key = ${owner.apiKey}`);

    const wrong = join(folder, 'sso-wrong.cfg');
    const refused = await runSl(
      [
        '-C',
        wrong,
        '-y',
        'config',
        'setup',
        '-a',
        'sso',
        '--endpoint',
        emulator.xmlrpcUrl,
        '--passcode',
        'NOPE-123',
      ],
      '',
      env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('passcode is invalid');
    expect(refused.stdout + refused.stderr).not.toContain('NOPE-123');
    expect(existsSync(wrong)).toBe(false);
  });
});
