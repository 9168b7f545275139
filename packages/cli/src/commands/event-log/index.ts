import type { GroupSpec } from '../../define-command';
import get from './get';
import types from './types';

const group: GroupSpec = { commands: [get, types] };
export default group;
