import { CliError } from '../../cli-error';
import { blank, Table } from '../../output/table';

/**
 * The reference's ordering manager raises plain errors (`Package X does not exist`, `Unable to find location: X`,
 * `A complex type must be specified with the order`) that slcli prints as they are, exit 1. Our manager's
 * `SL_NOT_FOUND` would print as a usage error: this turns it into the reference's line.
 */
export async function asReferenceError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SL_NOT_FOUND') throw new CliError((error as Error).message, 1);
    throw error;
  }
}

/** `--extras`: JSON text, parsed; a parse error is the reference's abort message (exit 2). */
export function parseExtras(extras: string | undefined): Record<string, unknown> | undefined {
  if (extras === undefined) return undefined;
  try {
    return JSON.parse(extras) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`There was an error when parsing the --extras value: ${(error as Error).message}`);
  }
}

/** The reference's check in `generate_order`: an order needs its container type. */
export function requireComplexType(complexType: string | undefined): string {
  if (complexType === undefined || complexType === '') {
    throw new CliError('A complex type must be specified with the order', 1);
  }
  return complexType;
}

interface VerifiedPrice {
  hourlyRecurringFee?: string | number;
  recurringFee?: string | number;
  item?: { keyName?: string; description?: string };
}

/** A verified order's prices: each item's key name, description and hourly or monthly fee (`-` when none). */
export function verifiedPricesTable(prices: readonly VerifiedPrice[], hourly: boolean): Table {
  const table = new Table(['keyName', 'description', 'cost']);
  table.align = { keyName: 'left', description: 'left' };
  const costKey = hourly ? 'hourlyRecurringFee' : 'recurringFee';
  for (const price of prices) {
    table.addRow([price.item?.keyName, price.item?.description, price[costKey] ?? blank()]);
  }
  return table;
}

/** What `place` and `place-quote` read from their arguments: the package, location and items. */
export interface KeyNameOrder {
  packageKey: string;
  location: string;
  itemKeys: string[];
}

/**
 * The container type an order needs. Without one, the reference fails only after it has looked up the package
 * and the location (so an unknown package is reported first): the same checks, then the same message.
 */
export async function orderComplexType(
  manager: {
    getPackageByKey(key: string, options: { mask: string }): Promise<unknown>;
    getLocationId(location: string): Promise<number>;
  },
  order: KeyNameOrder,
  complexType: string | undefined,
): Promise<string> {
  if (complexType !== undefined && complexType !== '') return complexType;
  await asReferenceError(async () => {
    await manager.getPackageByKey(order.packageKey, { mask: 'id' });
    await manager.getLocationId(order.location);
  });
  return requireComplexType(complexType);
}
