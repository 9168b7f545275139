import type { GroupSpec } from '../../define-command';
import cancel from './cancel';
import create from './create';
import createOptions from './create-options';

const group: GroupSpec = { commands: [cancel, create, createOptions] };
export default group;
