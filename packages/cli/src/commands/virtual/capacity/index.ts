import type { GroupSpec } from '../../../define-command';
import create from './create';
import createGuest from './create-guest';
import createOptions from './create-options';
import detail from './detail';
import list from './list';

const group: GroupSpec = { commands: [create, createGuest, createOptions, detail, list] };
export default group;
