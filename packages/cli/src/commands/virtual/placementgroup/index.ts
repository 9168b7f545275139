import type { GroupSpec } from '../../../define-command';
import create from './create';
import createOptions from './create-options';
import deleteGroup from './delete';
import detail from './detail';
import list from './list';

const group: GroupSpec = { commands: [create, createOptions, deleteGroup, detail, list] };
export default group;
