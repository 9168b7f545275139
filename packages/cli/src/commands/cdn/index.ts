import type { GroupSpec } from '../../define-command';
import detail from './detail';
import edit from './edit';
import list from './list';
import originAdd from './origin-add';
import originList from './origin-list';
import originRemove from './origin-remove';
import purge from './purge';

const group: GroupSpec = { commands: [detail, edit, list, originAdd, originList, originRemove, purge] };
export default group;
