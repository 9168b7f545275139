// slcli's cdn commands against the emulator: mappings, origins, purges and usage change and read back.
import { hasReferenceClient } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { type SlcliRunner, slcliFor } from './slcli';

let emulator: Emulator;
let cli: SlcliRunner;

describe.skipIf(!hasReferenceClient())('slcli cdn against the emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator({ seed: 7, guests: 10, rateLimit: 0 });
    cli = slcliFor(emulator);
  });
  afterAll(async () => {
    await emulator?.close();
    cli?.dispose();
  });

  it('cdn list, detail (usage totals), origin-add/list/remove, purge and edit', async () => {
    const list = await cli.json<Array<{ unique_id: string; domain: string }>>('cdn', 'list');
    expect(list.map((line) => line.domain)).toEqual(['www.acme-shop.example', 'downloads.acme-shop.example']);
    const id = list[0]!.unique_id;
    const detail = await cli.json<Record<string, string>>('cdn', 'detail', id);
    expect(detail).toMatchObject({ hostname: 'www.acme-shop.example', status: 'RUNNING' });
    expect(detail.total_bandwidth).toMatch(/^\d+\.\d\d GB$/);
    await cli.json(
      'cdn',
      'origin-add',
      id,
      '158.80.0.20',
      '/media',
      '--optimize-for',
      'video',
      '--port',
      '8080',
    );
    const origins = await cli.json<Array<Record<string, unknown>>>('cdn', 'origin-list', id);
    expect(origins.map((origin) => origin.Path)).toEqual(['/images', '/media']);
    await cli.json('cdn', 'origin-remove', id, '/media');
    expect((await cli.json<unknown[]>('cdn', 'origin-list', id)).length).toBe(1);
    const purged = await cli.json<Array<Record<string, string>>>('cdn', 'purge', id, '/index.html');
    expect(JSON.stringify(purged)).toContain('SUCCESS');
    await cli.json('cdn', 'edit', id, '--http-port', '8082', '--header', 'edge.acme-shop.example');
    expect(emulator.state.cdnMappings.all()[0]).toMatchObject({
      httpPort: 8082,
      header: 'edge.acme-shop.example',
    });
  });
});
