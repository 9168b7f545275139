import { type RecordingServer, startRecordingServer } from '@sl/test-kit';
import { decodeMethodCall, encodeMethodResponse } from '@sl/xmlrpc-codec';

export interface PageCall {
  limit: number | undefined;
  offset: number | undefined;
  filter: unknown;
}

/**
 * A local XML-RPC server holding `count` items `{ id: 1..count }`, honouring `resultLimit`, sending
 * `SoftLayer-Total-Items` unless `withTotal` is false, after `delayMs` (to model latency).
 */
export async function startPagingServer(
  count: number,
  options: { withTotal?: boolean; delayMs?: number } = {},
): Promise<RecordingServer & { calls: PageCall[] }> {
  const items = Array.from({ length: count }, (_, index) => ({ id: index + 1 }));
  const calls: PageCall[] = [];
  const server = await startRecordingServer(async (request) => {
    const { params } = decodeMethodCall(request.body);
    const headers = (params[0] as { headers: Record<string, unknown> }).headers;
    const resultLimit = headers.resultLimit as { limit: number; offset: number } | undefined;
    const filterKey = Object.keys(headers).find((key) => key.endsWith('ObjectFilter'));
    calls.push({
      limit: resultLimit?.limit,
      offset: resultLimit?.offset,
      filter: filterKey ? headers[filterKey] : undefined,
    });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const offset = resultLimit?.offset ?? 0;
    const page = resultLimit ? items.slice(offset, offset + resultLimit.limit) : items;
    const responseHeaders: Record<string, string> =
      options.withTotal === false ? {} : { 'softlayer-total-items': String(count) };
    return {
      headers: responseHeaders,
      body: encodeMethodResponse(page),
    };
  });
  return Object.assign(server, { calls });
}
