import type { TransportResponse } from '@sl/transport';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iteratePages } from './iterate-pages';

describe('iteratePages', () => {
  it('yields every item from the offset exactly once, in order, with a bounded number of requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (count, pageSize, offset, concurrency, withTotal) => {
          let requests = 0;
          const fetchPage = async (limit: number, from: number): Promise<TransportResponse> => {
            requests++;
            await Promise.resolve();
            const value = Array.from(
              { length: Math.max(0, Math.min(limit, count - from)) },
              (_, index) => from + index + 1,
            );
            return { value, status: 200, headers: {}, ...(withTotal ? { totalCount: count } : {}) };
          };
          const seen: unknown[] = [];
          for await (const item of iteratePages(fetchPage, { pageSize, offset, concurrency }))
            seen.push(item);
          const expected = Array.from(
            { length: Math.max(0, count - offset) },
            (_, index) => offset + index + 1,
          );
          expect(seen).toEqual(expected);
          expect(requests).toBeLessThanOrEqual(Math.ceil(expected.length / pageSize) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
