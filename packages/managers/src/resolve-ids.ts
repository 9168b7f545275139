import { invalid } from './check-input';
import { ManagerError } from './manager-error';

/** Finds the ids of the objects an identifier names (a label, a hostname, an IP address…); empty when none. */
export type IdResolver = (identifier: string) => Promise<ReadonlyArray<number | string>>;

const GLOBAL_IDENTIFIER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE_NUMBER = /^\s*[+-]?\d+\s*$/;

/**
 * The ids an identifier names, as the reference client's `resolve_ids`: a number (or whole-number text) is the id
 * itself, a UUID is a `globalIdentifier` (the API takes it as an id), anything else goes to the resolvers in
 * order and the first that finds something wins.
 */
export async function resolveIds(
  identifier: number | string,
  resolvers: readonly IdResolver[],
): Promise<Array<number | string>> {
  if (typeof identifier === 'number') {
    if (!Number.isSafeInteger(identifier)) {
      throw invalid(`an id must be a whole number, got ${identifier}`);
    }
    return [identifier];
  }
  if (typeof identifier !== 'string' || identifier.trim() === '') {
    throw invalid(`an identifier must be an id or a non-empty name`);
  }
  if (WHOLE_NUMBER.test(identifier)) return [Number(identifier)];
  if (GLOBAL_IDENTIFIER.test(identifier)) return [identifier];
  for (const resolver of resolvers) {
    const ids = await resolver(identifier);
    if (ids.length > 0) return [...ids];
  }
  return [];
}

/**
 * The one id an identifier names; `what` names the kind of object in errors (`'SSH key'`). Throws `ManagerError`
 * `SL_NOT_FOUND` when nothing matches and `SL_AMBIGUOUS` (listing the ids) when several do.
 */
export async function resolveId(
  identifier: number | string,
  resolvers: readonly IdResolver[],
  what: string,
): Promise<number | string> {
  const ids = await resolveIds(identifier, resolvers);
  if (ids.length === 0)
    throw new ManagerError('SL_NOT_FOUND', `no ${what} matches ${JSON.stringify(identifier)}`);
  if (ids.length > 1) {
    throw new ManagerError(
      'SL_AMBIGUOUS',
      `${ids.length} ${what}s match ${JSON.stringify(identifier)} (ids ${ids.join(', ')}); use an id`,
    );
  }
  return ids[0]!;
}
