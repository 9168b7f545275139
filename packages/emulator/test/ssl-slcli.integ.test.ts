// slcli's ssl commands against the emulator: certificates are parsed as the API parses them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasReferenceClient, makeSelfSignedCertificate } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSlcliEmulator } from './slcli';

let directory: string;

interface CertLine {
  id: number;
  common_name: string;
  days_until_expire: number;
  notes: string | null;
}

describe.skipIf(!hasReferenceClient())('slcli ssl against the emulator', () => {
  const env = useSlcliEmulator({ seed: 7, guests: 10, rateLimit: 0 });
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'sl-emulator-ssl-'));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('ssl list, add (a certificate made by openssl), download, edit and remove', async () => {
    const list = (...status: string[]) => env.cli.json<CertLine[]>('ssl', 'list', ...status);
    expect((await list()).map((line) => line.common_name)).toEqual([
      'www.acme-shop.example',
      'legacy.acme-shop.example',
    ]);
    expect((await list('--status', 'expired')).map((line) => line.common_name)).toEqual([
      'legacy.acme-shop.example',
    ]);
    const made = makeSelfSignedCertificate('cli.example', { days: 30 });
    const empty = join(directory, 'empty.pem');
    writeFileSync(empty, '');
    // slcli opens every file option, so the CSR and intermediate certificate are given (empty).
    const files = [
      '--crt',
      made.certificateFile,
      '--key',
      made.privateKeyFile,
      '--csr',
      empty,
      '--icc',
      empty,
    ];
    await env.cli.json('ssl', 'add', ...files, '--notes', 'from slcli');
    const added = (await list()).find((line) => line.common_name === 'cli.example')!;
    expect(added).toMatchObject({ notes: 'from slcli', days_until_expire: 29 });
    const downloaded = await env.cli.raw('ssl', 'download', String(added.id));
    expect(downloaded.status).toBe(0);
    await env.cli.json('ssl', 'edit', String(added.id), ...files, '--notes', 'edited');
    expect((await list()).find((line) => line.id === added.id)!.notes).toBe('edited');
    made.dispose();
    await env.cli.json('ssl', 'remove', String(added.id));
    expect((await list()).some((line) => line.id === added.id)).toBe(false);
  });
});
