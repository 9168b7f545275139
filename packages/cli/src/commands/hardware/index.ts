import type { GroupSpec } from '../../define-command';
import detail from './detail';
import list from './list';

const group: GroupSpec = {
  commands: [detail, list],
};
export default group;
