import type { CommandSpec } from '../../define-command';
import { accessAuthorize, accessRevoke } from './access-change';
import { accessList } from './access-list';
import { duplicateConvertStatus } from './duplicate-convert-status';
import { echoMessages } from './echo-messages';
import { disasterRecoveryFailover, replicaFailback, replicaFailover } from './replica-failover';
import { replicaLocations } from './replica-locations';
import { replicaPartners } from './replica-partners';
import { snapshotCreate } from './snapshot-create';
import { snapshotDelete } from './snapshot-delete';
import { snapshotList } from './snapshot-list';
import { snapshotGetNotificationStatus, snapshotSetNotification } from './snapshot-notification';
import { snapshotRestore } from './snapshot-restore';
import { snapshotDisable, snapshotEnable } from './snapshot-schedule';
import { snapshotScheduleList } from './snapshot-schedule-list';
import type { StorageKind } from './storage-kind';
import { snapshotCancel, volumeCancel } from './volume-cancel';
import { volumeConvert } from './volume-convert';
import { volumeCount } from './volume-count';
import { volumeDetail } from './volume-detail';
import { volumeLimits } from './volume-limits';
import { volumeList } from './volume-list';
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
    replicaPartners,
    snapshotCancel,
    snapshotCreate,
    snapshotDelete,
    snapshotDisable,
    snapshotEnable,
    snapshotGetNotificationStatus,
    snapshotList,
    snapshotRestore,
    snapshotScheduleList,
    snapshotSetNotification,
    volumeCancel,
    volumeConvert,
    volumeCount,
    volumeDetail,
    volumeLimits,
    volumeList,
    volumeRefresh,
    volumeSetNote,
  ].map((make) => echoMessages(make(kind)));
}
