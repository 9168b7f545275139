import type { GroupSpec } from '../../define-command';
import cleanup from './cleanup';
import deleteTag from './delete';
import details from './details';
import list from './list';
import set from './set';
import taggable from './taggable';

const group: GroupSpec = { commands: [cleanup, deleteTag, details, list, set, taggable] };
export default group;
