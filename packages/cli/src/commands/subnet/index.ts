import type { GroupSpec } from '../../define-command';
import cancel from './cancel';
import clearRoute from './clear-route';
import create from './create';
import detail from './detail';
import edit from './edit';
import editIp from './edit-ip';
import list from './list';
import lookup from './lookup';
import route from './route';

const group: GroupSpec = {
  commands: [cancel, clearRoute, create, detail, edit, editIp, list, lookup, route],
};
export default group;
