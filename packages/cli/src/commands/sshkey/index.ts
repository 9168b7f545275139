import type { GroupSpec } from '../../define-command';
import add from './add';
import edit from './edit';
import list from './list';
import print from './print';
import remove from './remove';

const group: GroupSpec = { commands: [add, edit, list, print, remove] };
export default group;
