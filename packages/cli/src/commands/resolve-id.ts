import { CliError } from '../cli-error';

/**
 * The reference's `resolve_id`: a number is an id; anything else is looked up with `resolveIds` and must match
 * exactly one object (else exit 2 with "Unable to find" or "Multiple … found").
 */
export async function resolveId(
  resolver:
    | { resolveIds(identifier: string): Promise<ReadonlyArray<number | string>> }
    | ((identifier: string) => Promise<ReadonlyArray<number | string>>),
  value: string | string[] | undefined,
  name: string,
): Promise<number> {
  const identifier = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const resolveIds = typeof resolver === 'function' ? resolver : (text: string) => resolver.resolveIds(text);
  if (/^[-+]?\d+$/.test(identifier.trim())) return Number.parseInt(identifier, 10);
  const ids = await resolveIds(identifier);
  if (ids.length === 0) throw new CliError(`Error: Unable to find ${name} '${identifier}'`);
  if (ids.length > 1)
    throw new CliError(`Error: Multiple ${name} found for '${identifier}': ${ids.join(', ')}`);
  return Number(ids[0]);
}
