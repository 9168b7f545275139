import { faults } from '../api-fault';
import type { QuoteRecord } from '../data/records';
import { untracked } from '../data/row-tracking';
import { quoteView } from '../models/quote';
import { objectArg } from './arguments';
import { productOrderService } from './product-order-service';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';

/** The quote an order is placed from must still be open. */
function openQuote(input: MethodInput): QuoteRecord {
  const quote = input.row as QuoteRecord;
  if (quote.status === 'ORDERED') throw faults.publicError(`Quote ${quote.id} has already been ordered.`);
  return quote;
}

/** Quotes: kept order containers that can be verified and ordered later. */
export const quoteService: ServiceDefinition = {
  name: 'SoftLayer_Billing_Order_Quote',
  type: 'SoftLayer_Billing_Order_Quote',
  find: (id, context) => context.state.quotes.get(id),
  methods: {
    getObject: (input) => value(quoteView(input.row as QuoteRecord, input.context)),
    getRecalculatedOrderContainer: (input) =>
      value(structuredClone(untracked(input.row as QuoteRecord).container)),
    saveQuote: (input) => {
      const quote = openQuote(input);
      input.context.state.mutate(() => {
        quote.status = 'SAVED';
        quote.modifiedAt = input.context.now;
      });
      return value(quoteView(quote, input.context));
    },
    verifyOrder: (input) => {
      openQuote(input);
      objectArg(input.call.args, 0, 'order container');
      const verified = productOrderService.methods.verifyOrder!(input);
      // The API's verified container always says how it is billed (a quote: monthly unless it says otherwise),
      // even when the caller left `useHourlyPricing` out (the reference drops false properties before verifying).
      if (verified.kind !== 'value' || typeof verified.value !== 'object' || verified.value === null)
        return verified;
      const order = verified.value as Record<string, unknown>;
      return value({ ...order, useHourlyPricing: Boolean(order.useHourlyPricing) });
    },
    /** Places the quote's order (the container given, as the API takes it); the quote is then ordered. */
    placeOrder: (input) => {
      const quote = openQuote(input);
      objectArg(input.call.args, 0, 'order container');
      const placed = productOrderService.methods.placeOrder!(input);
      const receipt = placed.kind === 'value' ? (placed.value as { orderId?: number }) : {};
      input.context.state.mutate(() => {
        quote.status = 'ORDERED';
        quote.orderId = receipt.orderId ?? null;
        quote.modifiedAt = input.context.now;
      });
      return placed;
    },
  },
};
