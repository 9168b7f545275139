/** A reserved capacity group (`SoftLayer_Virtual_ReservedCapacityGroup`): instances of one flavor kept for the account. */
export interface ReservedCapacityRecord {
  id: number;
  name: string;
  backendRouterId: number;
  /** The item key name of its instances (`B1_2X4_1_YEAR_TERM`). */
  flavorKeyName: string;
  instanceCount: number;
  hourly: boolean;
  createdAt: number;
  orderId: number;
}
