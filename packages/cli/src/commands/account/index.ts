import type { GroupSpec } from '../../define-command';
import bandwidthPools from './bandwidth-pools';
import bandwidthPoolsDetail from './bandwidth-pools-detail';
import billingItems from './billing-items';
import cancelItem from './cancel-item';
import eventDetail from './event-detail';
import events from './events';
import invoiceDetail from './invoice-detail';
import invoices from './invoices';
import itemDetail from './item-detail';
import licenses from './licenses';
import orders from './orders';
import summary from './summary';

const group: GroupSpec = {
  commands: [
    bandwidthPools,
    bandwidthPoolsDetail,
    billingItems,
    cancelItem,
    eventDetail,
    events,
    invoiceDetail,
    invoices,
    itemDetail,
    licenses,
    orders,
    summary,
  ],
};
export default group;
