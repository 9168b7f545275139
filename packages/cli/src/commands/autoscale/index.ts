import type { GroupSpec } from '../../define-command';
import deleteGroup from './delete';
import detail from './detail';
import list from './list';

const group: GroupSpec = { commands: [deleteGroup, detail, list] };
export default group;
