import type { GroupSpec } from '../../define-command';
import cancel from './cancel';
import create from './create';
import createOptions from './create-options';
import detail from './detail';
import edit from './edit';
import list from './list';

const group: GroupSpec = { commands: [cancel, create, createOptions, detail, edit, list] };
export default group;
