import type { GroupSpec } from '../../../define-command';
import create from './create';
import deleteCredential from './delete';
import limit from './limit';
import list from './list';

const group: GroupSpec = { commands: [create, deleteCredential, limit, list] };
export default group;
