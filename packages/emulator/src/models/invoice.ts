import { formatApiDate } from '../data/dates';
import type { InvoiceRecord } from '../data/records';
import { defineModel, type TypeModel } from './type-model';

/** Invoice lines, derived from the invoice (a recurring charge per category). */
function topLevelItems(invoice: InvoiceRecord): Record<string, unknown>[] {
  const categories = ['guest_core', 'ram', 'server', 'bandwidth', 'os'];
  const count = Math.min(invoice.itemCount, categories.length);
  const share = Math.round((invoice.amount / Math.max(1, count)) * 100) / 100;
  return categories.slice(0, count).map((categoryCode, index) => ({
    id: invoice.id * 10 + index,
    invoiceId: invoice.id,
    categoryCode,
    category: { categoryCode, name: categoryCode },
    description: `${categoryCode} charges`,
    hostName: null,
    domainName: null,
    createDate: formatApiDate(invoice.createdAt),
    recurringFee: share.toFixed(2),
    oneTimeAfterTaxAmount: '0',
    recurringAfterTaxAmount: share.toFixed(2),
    totalRecurringAmount: share.toFixed(2),
    totalOneTimeAmount: '0',
    location: { name: 'dal13' },
  }));
}

export const invoiceModel: TypeModel<unknown> = defineModel<InvoiceRecord>({
  type: 'SoftLayer_Billing_Invoice',
  local(invoice, context) {
    return {
      id: invoice.id,
      accountId: context.state.accountId,
      companyName: context.state.companyName,
      createDate: formatApiDate(invoice.createdAt),
      modifyDate: formatApiDate(invoice.createdAt),
      statusCode: invoice.statusCode,
      typeCode: invoice.typeCode,
      endingBalance: invoice.statusCode === 'OPEN' ? invoice.amount.toFixed(2) : '0',
      startingBalance: '0',
    };
  },
  relations: {
    invoiceTotalAmount: { type: 'decimal', get: (invoice) => invoice.amount.toFixed(2) },
    invoiceTotalRecurringAmount: { type: 'decimal', get: (invoice) => invoice.amount.toFixed(2) },
    invoiceTotalOneTimeAmount: { type: 'decimal', get: () => '0' },
    amount: { type: 'decimal', get: (invoice) => invoice.amount.toFixed(2) },
    itemCount: { type: 'unsignedLong', get: (invoice) => invoice.itemCount },
    invoiceTopLevelItems: { type: 'SoftLayer_Billing_Invoice_Item', get: topLevelItems },
    items: { type: 'SoftLayer_Billing_Invoice_Item', get: topLevelItems },
  },
});
