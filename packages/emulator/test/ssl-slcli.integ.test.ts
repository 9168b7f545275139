// slcli's ssl commands against the emulator: certificates are parsed as the API parses them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasReferenceClient, makeSelfSignedCertificate } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { type SlcliRunner, slcliFor } from './slcli';

let emulator: Emulator;
let cli: SlcliRunner;
let directory: string;

interface CertLine {
  id: number;
  common_name: string;
  days_until_expire: number;
  notes: string | null;
}

describe.skipIf(!hasReferenceClient())('slcli ssl against the emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator({ seed: 7, guests: 10, rateLimit: 0 });
    cli = slcliFor(emulator);
    directory = mkdtempSync(join(tmpdir(), 'sl-emulator-ssl-'));
  });
  afterAll(async () => {
    await emulator?.close();
    cli?.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it('ssl list, add (a certificate made by openssl), download, edit and remove', async () => {
    const list = (...status: string[]) => cli.json<CertLine[]>('ssl', 'list', ...status);
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
    await cli.json('ssl', 'add', ...files, '--notes', 'from slcli');
    const added = (await list()).find((line) => line.common_name === 'cli.example')!;
    expect(added).toMatchObject({ notes: 'from slcli', days_until_expire: 29 });
    const downloaded = await cli.raw('ssl', 'download', String(added.id));
    expect(downloaded.status).toBe(0);
    await cli.json('ssl', 'edit', String(added.id), ...files, '--notes', 'edited');
    expect((await list()).find((line) => line.id === added.id)!.notes).toBe('edited');
    made.dispose();
    await cli.json('ssl', 'remove', String(added.id));
    expect((await list()).some((line) => line.id === added.id)).toBe(false);
  });
});
