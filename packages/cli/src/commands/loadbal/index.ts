import type { GroupSpec } from '../../define-command';
import cancel from './cancel';
import detail from './detail';
import health from './health';
import l7policies from './l7policies';
import { l7poolAdd, l7poolDel } from './l7pools';
import list from './list';
import { poolAdd, poolDel, poolEdit } from './listeners';
import { memberAdd, memberDel } from './members';
import nsDetail from './ns-detail';
import nsList from './ns-list';
import order from './order';
import orderOptions from './order-options';

const group: GroupSpec = {
  commands: [
    cancel,
    detail,
    health,
    l7policies,
    l7poolAdd,
    l7poolDel,
    list,
    memberAdd,
    memberDel,
    nsDetail,
    nsList,
    order,
    orderOptions,
    poolAdd,
    poolDel,
    poolEdit,
  ],
};
export default group;
