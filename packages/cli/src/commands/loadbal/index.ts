import type { GroupSpec } from '../../define-command';
import detail from './detail';
import health from './health';
import l7policies from './l7policies';
import list from './list';
import { memberAdd, memberDel } from './members';
import nsDetail from './ns-detail';
import nsList from './ns-list';

const group: GroupSpec = {
  commands: [detail, health, l7policies, list, memberAdd, memberDel, nsDetail, nsList],
};
export default group;
