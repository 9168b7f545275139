/** A portable storage volume (`SoftLayer_Virtual_Disk_Image`): a SAN disk that can move between guests. */
export interface PortableDiskRecord {
  id: number;
  name: string;
  capacityGb: number;
  datacenterId: number;
  /** The guest it is attached to (as its block device 2 and up), or null while free. */
  guestId: number | null;
  createdAt: number;
}
