import type { VsManager } from '@sl/managers';

// The API types the virtual commands read, taken from the manager's results (the CLI does not depend on
// `@sl/types` directly).
type Result<K extends keyof VsManager> = VsManager[K] extends (...args: never[]) => Promise<infer R>
  ? R
  : never;

export type Guest = Result<'getInstance'>;
export type BlockDevice = Result<'getLocalDisks'>[number];
export type NetworkStorage = Result<'getStorageDetails'>[number];
export type MetricData = Result<'getBandwidthData'>[number];
export type OrderReceipt = Extract<Result<'orderGuest'>, { orderId?: unknown }>;
export type ItemPrice = Result<'getCreateOptions'>['ram'][number]['prices'][number];
