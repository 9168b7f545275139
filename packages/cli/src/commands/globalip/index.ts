import type { GroupSpec } from '../../define-command';
import assign from './assign';
import cancel from './cancel';
import create from './create';
import list from './list';
import unassign from './unassign';

const group: GroupSpec = { commands: [assign, cancel, create, list, unassign] };
export default group;
