import type { TransportRequest } from './transport-request';

/**
 * Methods that only read or check: `get*` (object getters and every ORM relational getter), `find*`, `is*`,
 * `has*`, `check*`, `verify*`, `validate*`, `list*`, `count*`, `lookup*`, `search`, `advancedSearch`. The verb
 * must end the name or be followed by a capital (`isPingable` yes, `issueTicket` no).
 */
const READ_ONLY_METHOD =
  /^(?:get|find|is|has|check|verify|validate|list|count|lookup|search|advancedSearch)(?:[A-Z_]|$)/;

/**
 * True when a call may run twice with the effect of once, so it may be retried even after a failure that may
 * have executed it (HTTP 500, a reset after sending, a timeout). `request.idempotent` decides when set;
 * otherwise the method name does (see `READ_ONLY_METHOD`): `createObject`, `placeOrder`, `editObject`,
 * `deleteObject`, `reboot*`… are not.
 */
export function isSafeToRepeat(request: Pick<TransportRequest, 'method' | 'idempotent'>): boolean {
  return request.idempotent ?? READ_ONLY_METHOD.test(request.method);
}
