import { Table } from '../output/table';

interface Price {
  recurringFee?: string | number;
  item?: { description?: string };
}

/** The reference's cost table of an order: each price's item and monthly fee, then the total (2 decimals). */
export function orderCostTable(prices: readonly Price[], itemColumn: string): Table {
  const table = new Table([itemColumn, 'cost']);
  table.align = 'right';
  let total = 0;
  for (const price of prices) {
    total += Number(price.recurringFee ?? 0);
    table.addRow([price.item?.description, Number(price.recurringFee).toFixed(2)]);
  }
  table.addRow(['Total monthly cost', total.toFixed(2)]);
  return table;
}
