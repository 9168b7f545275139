import { setMaxListeners } from 'node:events';
import type { TransportResponse } from '@sl/transport';

export interface PageOptions {
  pageSize: number;
  /** First offset (default 0). */
  offset: number;
  /** Pages in flight at once once the total is known (1: sequential). */
  concurrency: number;
  signal?: AbortSignal;
}

export type FetchPage = (limit: number, offset: number, signal: AbortSignal) => Promise<TransportResponse>;

/**
 * Walks a paged list and yields its items in order. Stops like the reference — on a short page, or when the
 * `SoftLayer-Total-Items` total is reached — but, unlike it, keeps going after a full page when the server did
 * not send a total. A page longer than `pageSize` means the server ignored the limit: it is the whole list.
 * With `concurrency` > 1 and a known total, the remaining pages are fetched in a bounded window and still
 * yielded in order. A non-list result is yielded once.
 */
export async function* iteratePages(fetchPage: FetchPage, options: PageOptions): AsyncGenerator<unknown> {
  const controller = new AbortController();
  // One listener per page in flight (undici's abort hook), bounded by `concurrency`.
  setMaxListeners(Math.max(10, options.concurrency * 2 + 2), controller.signal);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const { pageSize } = options;
  try {
    const first = await fetchPage(pageSize, options.offset, controller.signal);
    if (!Array.isArray(first.value)) {
      yield first.value;
      return;
    }
    yield* first.value;
    let offset = options.offset + first.value.length;
    if (first.value.length !== pageSize) return;
    const total = first.totalCount;
    if (total !== undefined && offset >= total) return;

    if (options.concurrency > 1 && total !== undefined) {
      const window: Array<Promise<TransportResponse>> = [];
      let next = offset;
      const refill = (): void => {
        while (window.length < options.concurrency && next < total) {
          const page = fetchPage(pageSize, next, controller.signal);
          page.catch(() => undefined); // awaited below in order; this only silences early rejections
          window.push(page);
          next += pageSize;
        }
      };
      refill();
      while (window.length > 0) {
        const page = await window.shift()!;
        const items = Array.isArray(page.value) ? page.value : [page.value];
        yield* items;
        if (items.length < pageSize) return;
        refill();
      }
      return;
    }

    for (;;) {
      const page = await fetchPage(pageSize, offset, controller.signal);
      const items = Array.isArray(page.value) ? page.value : [page.value];
      yield* items;
      offset += items.length;
      if (items.length !== pageSize) return;
      const pageTotal = page.totalCount ?? total;
      if (pageTotal !== undefined && offset >= pageTotal) return;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}
