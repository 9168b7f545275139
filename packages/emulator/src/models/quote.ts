import { formatApiDate } from '../data/dates';
import { productCatalog } from '../data/products';
import type { QuoteRecord } from '../data/records';
import type { ViewContext } from './type-model';

/** How long a quote stays open. */
const QUOTE_LIFETIME_MS = 30 * 86_400_000;

/** A quote as `SoftLayer_Billing_Order_Quote` shows it in a receipt. */
export function quoteSummary(quote: QuoteRecord): Record<string, unknown> {
  return {
    id: quote.id,
    name: quote.name,
    status: quote.status,
    createDate: formatApiDate(quote.createdAt),
    modifyDate: formatApiDate(quote.modifiedAt),
    expirationDate: formatApiDate(quote.createdAt + QUOTE_LIFETIME_MS),
  };
}

/** A quote with its order (the prices' items and package), as `SoftLayer_Billing_Order_Quote` shows it. */
export function quoteView(quote: QuoteRecord, context: ViewContext): Record<string, unknown> {
  const catalog = productCatalog();
  const packageId = Number(quote.container.packageId);
  const pkg = catalog.packages.find((candidate) => candidate.id === packageId);
  const prices = Array.isArray(quote.container.prices) ? quote.container.prices : [];
  return {
    ...quoteSummary(quote),
    accountId: context.state.accountId,
    quoteLineCount: prices.length,
    order: {
      id: quote.orderId ?? quote.id,
      status: quote.status === 'ORDERED' ? 'APPROVED' : 'QUOTE',
      items: prices.map((price, index) => {
        const priceId = Number((price as { id?: unknown }).id);
        const found = catalog.priceById.get(priceId);
        const item = catalog.itemById.get(found?.itemId ?? -1);
        return {
          id: quote.id * 100 + index,
          itemPriceId: priceId,
          categoryCode: found?.categoryCode,
          description: item?.description,
          quantity: Number(quote.container.quantity ?? 1),
          recurringFee: found?.recurringFee,
          oneTimeFee: '0',
          package: pkg ? { id: pkg.id, keyName: pkg.keyName } : undefined,
        };
      }),
    },
  };
}
