/** What `waitForReady` reads of a guest or a hardware server (the reference's mask, plus the transaction's status). */
export const READY_MASK =
  'mask[id,provisionDate,lastOperatingSystemReload[id],activeTransaction[id,transactionStatus[friendlyName,name]]]';

/** What readiness is judged on: the properties `waitForReady` reads (a guest or a hardware server). */
export interface ReadinessFields {
  provisionDate?: string | null;
  activeTransaction?: { id?: number | null } | null;
  lastOperatingSystemReload?: { id?: number | null } | null;
}

/**
 * Whether a server is ready, as the reference client's `utils.is_ready`: it has a `provisionDate`, no OS reload is in
 * flight (its active transaction is not its last OS reload), and, with `pending`, no transaction is active at all.
 */
export function isReady(server: ReadinessFields, pending = false): boolean {
  const active = server.activeTransaction?.id;
  const lastReload = server.lastOperatingSystemReload?.id;
  const reloading = Boolean(active) && Boolean(lastReload) && active === lastReload;
  const outstanding = pending && Boolean(active);
  return Boolean(server.provisionDate) && !reloading && !outstanding;
}
