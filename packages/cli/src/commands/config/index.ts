import type { GroupSpec } from '../../define-command';
import setup from './setup';
import show from './show';

const group: GroupSpec = { commands: [setup, show] };
export default group;
