// slcli's cdn commands against the emulator: mappings, origins, purges and usage change and read back.
import { hasReferenceClient } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import { useSlcliEmulator } from './slcli';

describe.skipIf(!hasReferenceClient())('slcli cdn against the emulator', () => {
  const env = useSlcliEmulator({ seed: 7, guests: 10, rateLimit: 0 });

  it('cdn list, detail (usage totals), origin-add/list/remove, purge and edit', async () => {
    const list = await env.cli.json<Array<{ unique_id: string; domain: string }>>('cdn', 'list');
    expect(list.map((line) => line.domain)).toEqual(['www.acme-shop.example', 'downloads.acme-shop.example']);
    const id = list[0]!.unique_id;
    const detail = await env.cli.json<Record<string, string>>('cdn', 'detail', id);
    expect(detail).toMatchObject({ hostname: 'www.acme-shop.example', status: 'RUNNING' });
    expect(detail.total_bandwidth).toMatch(/^\d+\.\d\d GB$/);
    await env.cli.json(
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
    const origins = await env.cli.json<Array<Record<string, unknown>>>('cdn', 'origin-list', id);
    expect(origins.map((origin) => origin.Path)).toEqual(['/images', '/media']);
    await env.cli.json('cdn', 'origin-remove', id, '/media');
    expect((await env.cli.json<unknown[]>('cdn', 'origin-list', id)).length).toBe(1);
    const purged = await env.cli.json<Array<Record<string, string>>>('cdn', 'purge', id, '/index.html');
    expect(JSON.stringify(purged)).toContain('SUCCESS');
    await env.cli.json('cdn', 'edit', id, '--http-port', '8082', '--header', 'edge.acme-shop.example');
    expect(env.emulator.state.cdnMappings.all()[0]).toMatchObject({
      httpPort: 8082,
      header: 'edge.acme-shop.example',
    });
  });
});
