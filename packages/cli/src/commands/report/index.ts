import type { GroupSpec } from '../../define-command';

const group: GroupSpec = { commands: [] };
export default group;
