import type { GroupSpec } from '../../define-command';
import importZone from './import';
import recordAdd from './record-add';
import recordEdit from './record-edit';
import recordList from './record-list';
import recordRemove from './record-remove';
import zoneCreate from './zone-create';
import zoneDelete from './zone-delete';
import zoneList from './zone-list';
import zonePrint from './zone-print';

const group: GroupSpec = {
  commands: [
    importZone,
    recordAdd,
    recordEdit,
    recordList,
    recordRemove,
    zoneCreate,
    zoneDelete,
    zoneList,
    zonePrint,
  ],
};
export default group;
