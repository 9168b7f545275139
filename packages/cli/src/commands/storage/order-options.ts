import type { StorageOrderResult } from '@sl/managers';
import { CliError } from '../../cli-error';
import type { OptionSpec, OptionValue } from '../../define-command';
import { text } from '../../define-command';

/*
 * What the storage order commands (volume-order, replica-order, snapshot-order, volume-duplicate, volume-modify)
 * share: the reference's choices, checked as click checks them, and the receipt they all print.
 */

/** Endurance tiers (IOPS per GB), as the reference spells them. */
export const TIERS = ['0.25', '2', '4', '10'] as const;

/** The OS types a block volume is formatted for. */
export const OS_TYPES = [
  'HYPER_V',
  'LINUX',
  'VMWARE',
  'WINDOWS_2008',
  'WINDOWS_GPT',
  'WINDOWS',
  'XEN',
] as const;

/** `--billing`: monthly unless told. */
export const BILLING_OPTION: OptionSpec = {
  flags: '--billing <billing>',
  description: 'Optional parameter for Billing rate (default to monthly) Choices: hourly, monthly',
  default: 'monthly',
};

/**
 * click's `Choice`: the value must be one of `choices` (a usage error naming the option otherwise, exit 2); with
 * `ignoreCase` (the commands whose context normalises tokens to upper case) any case matches. Resolves with the
 * choice as the reference spells it; undefined when the option is absent.
 */
export function choice<T extends string>(
  value: OptionValue,
  choices: readonly T[],
  hint: string,
  ignoreCase = true,
): T | undefined {
  const given = text(value);
  if (given === undefined) return undefined;
  const found = choices.find((each) =>
    ignoreCase ? each.toUpperCase() === given.toUpperCase() : each === given,
  );
  if (found === undefined) {
    const listed = choices.map((each) => `'${each}'`).join(', ');
    throw new CliError(`Error: Invalid value for ${hint}: '${given}' is not one of ${listed}.`);
  }
  return found;
}

/** A tier choice as a number (`--tier 0.25` → 0.25). */
export function tierOption(value: OptionValue, hint: string, ignoreCase = true): number | undefined {
  const tier = choice(value, TIERS, hint, ignoreCase);
  return tier === undefined ? undefined : Number.parseFloat(tier);
}

interface PlacedOrder {
  id?: number;
  status?: string;
  items?: ReadonlyArray<{ description?: string }>;
}

/**
 * What the reference prints for a storage order: `Order #… placed successfully!` and a line per item (with the
 * order status when `status` and the receipt has one), or that it could not be placed.
 */
export function orderReceiptLines(result: StorageOrderResult, options: { status?: boolean } = {}): string[] {
  const placed = (result as { placedOrder?: PlacedOrder }).placedOrder;
  if (placed === undefined) return ['Order could not be placed! Please verify your options and try again.'];
  const lines = [`Order #${String(placed.id)} placed successfully!`];
  for (const item of placed.items ?? []) lines.push(` > ${item.description ?? 'None'}`);
  if (options.status && placed.status !== undefined) lines.push(` > Order status: ${placed.status}`);
  return lines;
}
