import type { GroupSpec } from '../../define-command';
import { FILE_LIST_COLUMNS, FILE_LIST_DEFAULTS } from '../storage/list-columns';
import { storageCommands } from '../storage/storage-commands';

const group: GroupSpec = {
  commands: storageCommands({
    group: 'file',
    label: 'File',
    volumeName: 'File Storage',
    listColumns: FILE_LIST_COLUMNS,
    listDefaults: FILE_LIST_DEFAULTS,
  }),
};
export default group;
