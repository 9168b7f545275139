import { isIP } from 'node:net';
import { type FilterCondition, queryFilter } from '@sl/filter';
import { ManagerError } from './manager-error';

/*
 * The checks the managers run on their arguments before sending anything: each throws `ManagerError`
 * `SL_INVALID_ARGUMENT` naming the argument, and returns it when it is fine. `what` names the argument in the
 * message; with `method`, the message starts with the method's name (`getTicket: the ticket id must be …`).
 */

/** `what`, after `method: ` when there is a method. */
function named(what: string, method: string | undefined): string {
  return method === undefined ? what : `${method}: ${what}`;
}

/** Whether `value` is a safe whole number from `min` to `max`. */
function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** The error of an argument a manager cannot use (`SL_INVALID_ARGUMENT`), to throw before anything is sent. */
export function invalid(message: string, options: { cause?: unknown } = {}): ManagerError {
  return new ManagerError('SL_INVALID_ARGUMENT', message, options);
}

/** Non-empty text (white space alone is empty): `… must be non-empty text`. */
export function checkText(value: unknown, what: string, method?: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(`${named(what, method)} must be non-empty text`);
  }
  return value;
}

/** A positive whole number (an id, a count, a limit): `… must be a positive whole number, got …`. */
export function checkPositive(value: unknown, what: string, method?: string): number {
  if (!isWhole(value, 1, Number.MAX_SAFE_INTEGER)) {
    throw invalid(`${named(what, method)} must be a positive whole number, got ${String(value)}`);
  }
  return value;
}

/**
 * A whole number from `min` (default 0) to `max` (default: any safe integer): `… must be a whole number >= min`
 * (or `from min to max` when there is a maximum)`, got …`.
 */
export function checkWhole(value: unknown, what: string, range: { min?: number; max?: number } = {}): number {
  const { min = 0, max } = range;
  if (!isWhole(value, min, max ?? Number.MAX_SAFE_INTEGER)) {
    const bounds = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
    throw invalid(`${what} must be a whole number ${bounds}, got ${String(value)}`);
  }
  return value;
}

/** An IPv4 or IPv6 address (white space around it allowed): `… is not an IPv4 or IPv6 address`. */
export function checkIp(value: unknown, method?: string): string {
  if (typeof value !== 'string' || isIP(value.trim()) === 0) {
    throw invalid(`${named(JSON.stringify(value), method)} is not an IPv4 or IPv6 address`);
  }
  return value;
}

/** A mask replacing a method's default one: absent, or non-empty text (`a mask must be non-empty text`). */
export function checkMask(mask: unknown): void {
  if (mask !== undefined) checkText(mask, 'a mask');
}

/**
 * A search criterion, checked, as a filter condition (`queryFilter`): a finite number, or non-empty text in the
 * search shorthand (`web*`, `>= 4`).
 */
export function criterion(value: number | string, what: string, method?: string): FilterCondition {
  if (
    typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string' || value.trim() === ''
  ) {
    throw invalid(`${named(what, method)} must be a number or non-empty text, got ${JSON.stringify(value)}`);
  }
  return queryFilter(value);
}

/**
 * A search criterion whose numbers are counts or sizes, checked, as a filter condition (`queryFilter`): a whole
 * number >= 0 (`checkWhole`), or non-empty text in the search shorthand (`checkText`).
 */
export function wholeCriterion(value: number | string, what: string): FilterCondition {
  if (typeof value === 'number') checkWhole(value, what);
  else checkText(value, what);
  return queryFilter(value);
}

/** Checks an optional flag: absent, or `true`/`false`. */
export function checkFlag(value: unknown, what: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw invalid(`${what} must be true or false`);
}

/** Tags as the API's `setTags` takes them: comma-separated text as given, or a list of strings joined by commas. */
export function tagText(tags: unknown, method: string): string {
  if (typeof tags === 'string') return tags;
  if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) return tags.join(',');
  throw invalid(`${method}: tags must be comma-separated text or a list of strings`);
}
