import type { GroupSpec } from '../../define-command';
import detail from './detail';
import edit from './edit';
import list from './list';

const group: GroupSpec = { commands: [detail, edit, list] };
export default group;
