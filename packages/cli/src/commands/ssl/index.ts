import type { GroupSpec } from '../../define-command';
import add from './add';
import download from './download';
import edit from './edit';
import list from './list';
import remove from './remove';

const group: GroupSpec = { commands: [add, download, edit, list, remove] };
export default group;
