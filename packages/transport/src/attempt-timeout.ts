import { TransportError } from './transport-error';
import type { TransportRequest } from './transport-request';

/**
 * The timeout of one attempt, in milliseconds (undefined: none): the call's `timeoutMs`, else the transport's,
 * cut to what is left before the call's `deadline`. Throws `SL_TIMEOUT` (nothing sent) once the deadline passed.
 */
export function attemptTimeout(request: TransportRequest, transportTimeoutMs?: number): number | undefined {
  const timeoutMs = request.timeoutMs ?? transportTimeoutMs;
  if (request.deadline === undefined) return timeoutMs || undefined;
  const left = Math.ceil(request.deadline - Date.now());
  if (left <= 0) {
    throw new TransportError(0, `${request.service}::${request.method}: the call's deadline passed`, {
      code: 'SL_TIMEOUT',
      request,
      requestSent: false,
    });
  }
  return timeoutMs ? Math.min(timeoutMs, left) : left;
}
