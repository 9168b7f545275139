import type { GroupSpec } from '../../define-command';
import cancel from './cancel';
import configure from './configure';
import detail from './detail';
import list from './list';
import order from './order';
import subnetAdd from './subnet-add';
import subnetRemove from './subnet-remove';
import translationAdd from './translation-add';
import translationRemove from './translation-remove';
import translationUpdate from './translation-update';
import update from './update';

const group: GroupSpec = {
  commands: [
    configure,
    detail,
    list,
    subnetAdd,
    subnetRemove,
    translationAdd,
    translationRemove,
    translationUpdate,
    update,
    order,
    cancel,
  ],
};
export default group;
