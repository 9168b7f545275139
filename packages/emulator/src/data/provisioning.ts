import { PROVISION_STEPS } from './catalog';
import type { GuestRecord, HardwareRecord, TransactionRecord } from './records';

/** Finishes a transaction whose time is up: a provisioned or reloaded server becomes ready and running. */
export function settleTransaction(server: GuestRecord | HardwareRecord, now: number): void {
  const transaction = server.transaction;
  if (!transaction || now < transaction.endsAt) return;
  server.transaction = null;
  if (transaction.kind === 'provision' && 'provisionedAt' in server) {
    (server as GuestRecord).provisionedAt = transaction.endsAt;
    (server as GuestRecord).powerState = 'RUNNING';
  }
}

/** Starts an OS reload on a guest or server: a reload transaction from `now` for `durationMs`. */
export function startOsReload(
  server: GuestRecord | HardwareRecord,
  transactionId: number,
  now: number,
  durationMs: number,
): void {
  server.transaction = {
    id: transactionId,
    kind: 'reload',
    groupName: 'OS Reload',
    startedAt: now,
    endsAt: now + durationMs,
  };
  server.lastReloadId = transactionId;
}

/** The step a transaction is at: provisioning walks PROVISION_STEPS over its duration. */
export function transactionStep(
  transaction: TransactionRecord,
  now: number,
): { name: string; friendlyName: string } {
  if (transaction.kind === 'reload') return { name: 'RELOAD_OS', friendlyName: 'Reload Operating System' };
  if (transaction.kind === 'generic') {
    return {
      name: transaction.groupName.toUpperCase().replaceAll(' ', '_'),
      friendlyName: transaction.groupName,
    };
  }
  const span = Math.max(1, transaction.endsAt - transaction.startedAt);
  const index = Math.min(
    PROVISION_STEPS.length - 1,
    Math.max(0, Math.floor(((now - transaction.startedAt) / span) * PROVISION_STEPS.length)),
  );
  return PROVISION_STEPS[index]!;
}
