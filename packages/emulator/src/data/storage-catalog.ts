// Fixed reference data of block and file storage: storage types, Endurance tiers, iSCSI OS types, schedules.
import type { SnapshotScheduleType, StorageVolumeRecord } from './records';

export interface StorageTypeSpec {
  id: number;
  keyName: string;
  description: string;
}

/** `SoftLayer_Network_Storage_Type` of each kind and offering. */
export const STORAGE_TYPES: Readonly<Record<string, StorageTypeSpec>> = {
  ENDURANCE_BLOCK_STORAGE: {
    id: 20,
    keyName: 'ENDURANCE_BLOCK_STORAGE',
    description: 'Endurance Block Storage',
  },
  PERFORMANCE_BLOCK_STORAGE: {
    id: 21,
    keyName: 'PERFORMANCE_BLOCK_STORAGE',
    description: 'Performance Block Storage',
  },
  ENDURANCE_FILE_STORAGE: {
    id: 22,
    keyName: 'ENDURANCE_FILE_STORAGE',
    description: 'Endurance File Storage',
  },
  PERFORMANCE_FILE_STORAGE: {
    id: 23,
    keyName: 'PERFORMANCE_FILE_STORAGE',
    description: 'Performance File Storage',
  },
};

/** The storage type key of a volume: `ENDURANCE_BLOCK_STORAGE` and so on. */
export function storageTypeKey(volume: Pick<StorageVolumeRecord, 'kind' | 'offering'>): string {
  return `${volume.offering}_${volume.kind === 'block' ? 'BLOCK' : 'FILE'}_STORAGE`;
}

export interface EnduranceTierSpec {
  keyName: string;
  iopsPerGb: number;
  /** Monthly price per GB in USD. */
  pricePerGb: number;
}

/** The Endurance tiers, as `storageTierLevel` names them (the reference maps them to IOPS per GB). */
export const ENDURANCE_TIERS: readonly EnduranceTierSpec[] = [
  { keyName: 'LOW_INTENSITY_TIER', iopsPerGb: 0.25, pricePerGb: 0.06 },
  { keyName: 'READHEAVY_TIER', iopsPerGb: 2, pricePerGb: 0.15 },
  { keyName: 'WRITEHEAVY_TIER', iopsPerGb: 4, pricePerGb: 0.2 },
  { keyName: '10_IOPS_PER_GB', iopsPerGb: 10, pricePerGb: 0.58 },
];

export function enduranceTier(keyName: string | null): EnduranceTierSpec | undefined {
  return ENDURANCE_TIERS.find((tier) => tier.keyName === keyName);
}

/** `SoftLayer_Network_Storage_Iscsi_OS_Type` of block volumes. */
export const ISCSI_OS_TYPES: readonly { id: number; keyName: string; name: string }[] = [
  { id: 12, keyName: 'LINUX', name: 'Linux' },
  { id: 16, keyName: 'VMWARE', name: 'VMWare' },
  { id: 11, keyName: 'WINDOWS_GPT', name: 'Windows GPT' },
  { id: 13, keyName: 'WINDOWS_2008', name: 'Windows 2008+' },
  { id: 15, keyName: 'XEN', name: 'Xen' },
  { id: 14, keyName: 'HYPER_V', name: 'Hyper-V' },
];

export const SNAPSHOT_SCHEDULE_TYPES: readonly SnapshotScheduleType[] = [
  'INTERVAL',
  'HOURLY',
  'DAILY',
  'WEEKLY',
];

export const DAYS_OF_WEEK: readonly string[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

/**
 * `serviceResource.type.type` of Endurance and Performance volumes. The reference's list filters keep volumes whose
 * type does not contain `ISCSI` (block) or `NAS` (file), which leaves out legacy storage; this value passes both.
 */
export const STORAGE_SERVICE_RESOURCE_TYPE = 'NETAPP_STOR_AS_A_SERVICE';

/** The product package of Endurance and Performance storage (Storage as a Service). */
export const STORAGE_PACKAGE = { id: 759, keyName: 'STORAGE_AS_A_SERVICE_STAAS' } as const;

/** How many hosts (guests, servers, subnets and addresses together) one volume may authorize. */
export const ALLOWED_HOSTS_LIMIT = 64;

/** Largest number of volumes per datacenter (`getVolumeCountLimits`). */
export const VOLUME_COUNT_LIMIT = 700;
