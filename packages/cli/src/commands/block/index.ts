import type { GroupSpec } from '../../define-command';
import { echoMessages } from '../storage/echo-messages';
import { BLOCK_LIST_COLUMNS, BLOCK_LIST_DEFAULTS } from '../storage/list-columns';
import { storageCommands } from '../storage/storage-commands';
import accessPassword from './access-password';
import objectList from './object-list';
import objectStorageDetail from './object-storage-detail';
import objectStoragePermission from './object-storage-permission';
import { subnetsAssign, subnetsRemove } from './subnets-change';
import subnetsList from './subnets-list';
import volumeSetLunId from './volume-set-lun-id';

const group: GroupSpec = {
  commands: [
    ...storageCommands({
      group: 'block',
      label: 'Block',
      volumeName: 'Block Volume',
      listColumns: BLOCK_LIST_COLUMNS,
      listDefaults: BLOCK_LIST_DEFAULTS,
    }),
    ...[
      accessPassword,
      objectList,
      objectStorageDetail,
      objectStoragePermission,
      subnetsAssign,
      subnetsList,
      subnetsRemove,
      volumeSetLunId,
    ].map(echoMessages),
  ],
};
export default group;
