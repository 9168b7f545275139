import { formatApiDate } from '../data/dates';
import type { MethodInput } from './service-definition';

/**
 * Records a placed order (approved at once) and answers its receipt (`SoftLayer_Container_Product_Order_Receipt`).
 * Call inside `mutate`, with the order's id already allocated.
 */
export function recordOrder(
  input: MethodInput,
  orderId: number,
  order: { priceIds: number[]; guestIds?: number[]; details: Record<string, unknown> },
): Record<string, unknown> {
  const { state, now, user } = input.context;
  state.orders.insert({
    id: orderId,
    createdAt: now,
    userId: user.id,
    priceIds: order.priceIds,
    guestIds: order.guestIds ?? [],
    status: 'APPROVED',
  });
  return {
    orderId,
    orderDate: formatApiDate(now),
    orderDetails: order.details,
    placedOrder: {
      id: orderId,
      accountId: state.accountId,
      createDate: formatApiDate(now),
      status: 'APPROVED',
      userRecordId: user.id,
    },
  };
}
