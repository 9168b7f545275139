import type { GroupSpec } from '../../define-command';
import add from './add';
import cancel from './cancel';
import detail from './detail';
import edit from './edit';
import list from './list';
import monitoring from './monitoring';

const group: GroupSpec = { commands: [add, cancel, detail, edit, list, monitoring] };
export default group;
