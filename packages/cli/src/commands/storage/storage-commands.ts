import type { CommandSpec } from '../../define-command';
import { accessAuthorize, accessRevoke } from './access-change';
import { accessList } from './access-list';
import { duplicateConvertStatus } from './duplicate-convert-status';
import { echoMessages } from './echo-messages';
import { disasterRecoveryFailover, replicaFailback, replicaFailover } from './replica-failover';
import { replicaLocations } from './replica-locations';
import { replicaOrder } from './replica-order';
import { replicaPartners } from './replica-partners';
import { snapshotCreate } from './snapshot-create';
import { snapshotDelete } from './snapshot-delete';
import { snapshotList } from './snapshot-list';
import { snapshotGetNotificationStatus, snapshotSetNotification } from './snapshot-notification';
import { snapshotOrder } from './snapshot-order';
import { snapshotRestore } from './snapshot-restore';
import { snapshotDisable, snapshotEnable } from './snapshot-schedule';
import { snapshotScheduleList } from './snapshot-schedule-list';
import type { StorageKind } from './storage-kind';
import { snapshotCancel, volumeCancel } from './volume-cancel';
import { volumeConvert } from './volume-convert';
import { volumeCount } from './volume-count';
import { volumeDetail } from './volume-detail';
import { volumeDuplicate } from './volume-duplicate';
import { volumeLimits } from './volume-limits';
import { volumeList } from './volume-list';
import { volumeModify } from './volume-modify';
import { volumeOptions } from './volume-options';
import { volumeOrder } from './volume-order';
import { volumeRefresh } from './volume-refresh';
import { volumeSetNote } from './volume-set-note';

/** The commands `block` and `file` share, made for one kind. */
export function storageCommands(kind: StorageKind): CommandSpec[] {
  return [
    accessAuthorize,
    accessList,
    accessRevoke,
    disasterRecoveryFailover,
    duplicateConvertStatus,
    replicaFailback,
    replicaFailover,
    replicaLocations,
    replicaOrder,
    replicaPartners,
    snapshotCancel,
    snapshotCreate,
    snapshotDelete,
    snapshotDisable,
    snapshotEnable,
    snapshotGetNotificationStatus,
    snapshotList,
    snapshotOrder,
    snapshotRestore,
    snapshotScheduleList,
    snapshotSetNotification,
    volumeCancel,
    volumeConvert,
    volumeCount,
    volumeDetail,
    volumeDuplicate,
    volumeLimits,
    volumeList,
    volumeModify,
    volumeOptions,
    volumeOrder,
    volumeRefresh,
    volumeSetNote,
  ].map((make) => echoMessages(make(kind)));
}
