import { SoftLayerError } from './soft-layer-error';
import type { Transport, TransportRequest, TransportResponse } from './transport-request';

/** A fixture: the data to answer, or a function of the request (it may throw to simulate a fault). */
export type Fixture = unknown | ((request: TransportRequest) => unknown);

/**
 * A transport that answers from a map of `Service::method` (with or without the `SoftLayer_` prefix) to data.
 * Arrays get `totalCount` = their length, and `limit`/`offset` are applied to them, like the API.
 * A missing fixture throws `SoftLayerError` with code `SL_FIXTURE_MISSING`.
 */
export function createFixtureTransport(fixtures: Readonly<Record<string, Fixture>>): Transport {
  return async function fixture(request: TransportRequest): Promise<TransportResponse> {
    const short = request.service.replace(/^SoftLayer_/, '');
    const key = [`${request.service}::${request.method}`, `${short}::${request.method}`].find((name) =>
      Object.hasOwn(fixtures, name),
    );
    if (key === undefined) {
      throw new SoftLayerError(`no fixture for ${request.service}::${request.method}`, {
        code: 'SL_FIXTURE_MISSING',
        request,
      });
    }
    const entry = fixtures[key];
    const value = typeof entry === 'function' ? await entry(request) : structuredClone(entry);
    if (!Array.isArray(value)) return { value, status: 200, headers: {} };
    const offset = request.offset ?? 0;
    const page = request.limit ? value.slice(offset, offset + request.limit) : value.slice(offset);
    return {
      value: page,
      totalCount: value.length,
      status: 200,
      headers: { 'softlayer-total-items': String(value.length) },
    };
  };
}
