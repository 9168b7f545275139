import type { AccountManager } from '@sl/managers';
import { Table } from '../output/table';
import { formatPython } from './account/python-helpers';
import { cleanTime } from './clean-time';

type SoftLayer_Billing_Invoice_Item = Awaited<ReturnType<AccountManager['getBillingItems']>>[number];

function niceString(value: unknown, limit = 100): string {
  const textValue = String(value ?? '');
  return textValue.length > limit ? `${textValue.slice(0, limit)}..` : textValue;
}

/** Python's `"%s" % item.get(key, '')`: '' when absent, `None` when the API sent null. */
const orEmpty = (value: unknown): string => (value === undefined ? '' : formatPython(value));

const money = (value: unknown): string => `$${Number(value).toFixed(2)}`;

/**
 * The reference's `get_invoice_table` (`account invoice-detail`, `order lookup`): an invoice's top-level items,
 * with their children under each when `details`.
 */
export function invoiceTable(
  invoiceId: unknown,
  items: readonly SoftLayer_Billing_Invoice_Item[],
  details: boolean,
): Table {
  const table = new Table(
    ['Item Id', 'Category', 'Description', 'Single', 'Monthly', 'Create Date', 'Location'],
    { title: `Invoice ${formatPython(invoiceId)}` },
  );
  for (const item of items) {
    const fqdn = `${orEmpty(item.hostName)}.${orEmpty(item.domainName)}`;
    const description = fqdn !== '.' ? `${item.description} (${fqdn})` : item.description;
    table.addRow([
      item.id,
      item.category?.name || item.categoryCode,
      niceString(description),
      money(item.oneTimeAfterTaxAmount),
      money(item.recurringAfterTaxAmount),
      cleanTime(item.createDate, 'date'),
      item.location?.name,
    ]);
    if (!details) continue;
    for (const child of item.children ?? []) {
      table.addRow([
        '>>>',
        child.category?.name,
        niceString(child.description),
        money(child.oneTimeAfterTaxAmount),
        money(child.recurringAfterTaxAmount),
        '---',
        '---',
      ]);
    }
  }
  return table;
}
