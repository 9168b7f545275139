import { createXmlRpcTransport } from '@sl/transport';
import { describe, expect, it } from 'vitest';
import { createClient, type IterCallOptions } from '../src/index';
import { startPagingServer } from './paging-server';

const ORDER_BY_ID = { id: { operation: 'orderBy', options: [{ name: 'sort', value: ['ASC'] }] } };

async function walk(count: number, options: Omit<IterCallOptions, 'args'> = {}, serverOptions = {}) {
  const server = await startPagingServer(count, serverOptions);
  const transport = createXmlRpcTransport({ endpointUrl: server.url });
  try {
    const client = createClient({ transport });
    const ids: number[] = [];
    for await (const item of client.iterCall('Account', 'getVirtualGuests', options))
      ids.push((item as { id: number }).id);
    return { ids, calls: server.calls };
  } finally {
    await transport.close();
    await server.close();
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('iterCall', () => {
  it('pages sequentially like the reference (total 125, page 100: offsets 0 and 100)', async () => {
    const { ids, calls } = await walk(125);
    expect(ids).toEqual(range(1, 125));
    expect(calls.map((call) => [call.offset, call.limit])).toEqual([
      [0, 100],
      [100, 100],
    ]);
  });

  it('stops on an empty last page (total 200: offsets 0, 100; total reached)', async () => {
    const { calls } = await walk(200);
    expect(calls.map((call) => call.offset)).toEqual([0, 100]);
  });

  it('starts at an offset and uses the page size (offset 12, page 25, total 30)', async () => {
    const { ids, calls } = await walk(30, { offset: 12, pageSize: 25 });
    expect(ids).toEqual(range(13, 30));
    expect(calls.map((call) => call.offset)).toEqual([12]);
  });

  it('keeps going after a full page when the server sends no total (the reference stops after one page)', async () => {
    const { ids, calls } = await walk(250, { pageSize: 100 }, { withTotal: false });
    expect(ids).toEqual(range(1, 250));
    expect(calls.map((call) => call.offset)).toEqual([0, 100, 200]);
  });

  it('fetches pages concurrently once the total is known, and yields in order', async () => {
    const { ids, calls } = await walk(1003, { pageSize: 100, concurrency: 4 }, { delayMs: 2 });
    expect(ids).toEqual(range(1, 1003));
    expect(calls.map((call) => call.offset).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      range(0, 10).map((n) => n * 100),
    );
  });

  it('falls back to sequential paging when concurrency is asked but there is no total', async () => {
    const { ids } = await walk(230, { pageSize: 50, concurrency: 8 }, { withTotal: false });
    expect(ids).toEqual(range(1, 230));
  });

  it('adds a stable orderBy on id under the method property, merged into the caller filter', async () => {
    const { calls } = await walk(5, { filter: { virtualGuests: { hostname: { operation: '^= web' } } } });
    expect(calls[0]?.filter).toEqual({
      virtualGuests: { hostname: { operation: '^= web' }, ...ORDER_BY_ID },
    });
  });

  it('leaves a filter that already sorts, or opts out, alone', async () => {
    const sorted = {
      virtualGuests: { hostname: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] } },
    };
    expect((await walk(5, { filter: sorted })).calls[0]?.filter).toEqual(sorted);
    expect((await walk(5, { stableOrder: false })).calls[0]?.filter).toBeUndefined();
    expect((await walk(5)).calls[0]?.filter).toEqual({ virtualGuests: ORDER_BY_ID });
  });

  it('stops early without leaving requests behind when the consumer breaks', async () => {
    const server = await startPagingServer(1000, { delayMs: 1 });
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const client = createClient({ transport });
      let seen = 0;
      for await (const _ of client.iterCall('Account', 'getVirtualGuests', {
        pageSize: 10,
        concurrency: 3,
      })) {
        if (++seen === 15) break;
      }
      expect(seen).toBe(15);
      const all = await client.call('Account', 'getVirtualGuests', { iter: true, limit: 250 });
      expect(all).toHaveLength(1000);
      expect(all.totalCount).toBe(1000);
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('stops with SL_ABORTED when the caller aborts mid-walk', async () => {
    const server = await startPagingServer(500, { delayMs: 1 });
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const client = createClient({ transport });
      const controller = new AbortController();
      const walk = async () => {
        for await (const item of client.iterCall('Account', 'getVirtualGuests', {
          pageSize: 50,
          concurrency: 2,
          signal: controller.signal,
        })) {
          if ((item as { id: number }).id === 60) controller.abort();
        }
      };
      await expect(walk()).rejects.toMatchObject({ code: 'SL_ABORTED' });
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('yields a non-list result once', async () => {
    const client = createClient({ transport: async () => ({ value: { id: 7 }, status: 200, headers: {} }) });
    const items: unknown[] = [];
    for await (const item of client.iterCall('Account', 'getObject')) items.push(item);
    expect(items).toEqual([{ id: 7 }]);
  });
});
