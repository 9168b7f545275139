import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import { BARE_METAL_PACKAGE_ID, VIRTUAL_PACKAGE_ID } from '../data/products';
import type { QuoteRecord } from '../data/records';
import { quoteSummary } from '../models/quote';
import { objectArg } from './arguments';
import { type MethodImplementation, type MethodInput, value } from './service-definition';

/** The one order of a container (`orderContainers: [order]` or the order itself), with the quote's own fields. */
function quoteOrder(container: Record<string, unknown>): Record<string, unknown> {
  const inner = container.orderContainers;
  if (inner === undefined || inner === null) return container;
  if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== 'object' || inner[0] === null) {
    throw faults.invalidValue('The emulator takes exactly one order in orderContainers.');
  }
  return inner[0] as Record<string, unknown>;
}

/**
 * `SoftLayer_Product_Order::placeQuote`: checks the order as `verifyOrder` does (a quote names no servers yet, so
 * a placeholder stands in for them), then keeps it as a quote. Nothing is ordered; a refused order keeps nothing.
 */
export function placeQuote(verifyOrder: MethodImplementation): MethodImplementation {
  return (input: MethodInput) => {
    const container = objectArg(input.call.args, 0, 'order container');
    const order = quoteOrder(container);
    const placeholder = { hostname: 'quote', domain: 'quote.example.com' };
    const probe: Record<string, unknown> = { ...order };
    if (order.packageId === undefined || Number(order.packageId) === VIRTUAL_PACKAGE_ID) {
      if (!Array.isArray(order.virtualGuests)) probe.virtualGuests = [placeholder];
    } else if (Number(order.packageId) === BARE_METAL_PACKAGE_ID && !Array.isArray(order.hardware)) {
      probe.hardware = [placeholder];
    }
    const verified = verifyOrder({ ...input, call: { ...input.call, args: [probe] } });
    const { state, now, user } = input.context;
    const name =
      typeof container.quoteName === 'string' && container.quoteName !== '' ? container.quoteName : null;
    const quote = state.mutate(() => {
      const id = state.allocateId('quote');
      const row: QuoteRecord = {
        id,
        name: name ?? `Quote ${id}`,
        createdAt: now,
        modifiedAt: now,
        userId: user.id,
        status: 'PENDING',
        container: structuredClone(order),
        orderId: null,
      };
      state.quotes.insert(row);
      return row;
    });
    const details = verified.kind === 'value' ? verified.value : order;
    return value({ quote: quoteSummary(quote), orderDetails: details, orderDate: formatApiDate(now) });
  };
}
