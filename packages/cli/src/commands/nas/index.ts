import type { GroupSpec } from '../../define-command';
import credentials from './credentials';
import list from './list';

const group: GroupSpec = { commands: [credentials, list] };
export default group;
