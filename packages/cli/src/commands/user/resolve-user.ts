import { CliError } from '../../cli-error';
import type { OptionValue } from '../../define-command';
import { resolveId } from '../resolve-id';

type UserResolver = { resolveIds(identifier: string): Promise<ReadonlyArray<number | string>> };

/** A user id or username; an unknown username fails as the reference's user manager does (exit 1). */
export async function resolveUser(manager: UserResolver, value: OptionValue | string[]): Promise<number> {
  const identifier = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  return resolveId(
    async (text) => {
      const ids = await manager.resolveIds(text);
      if (ids.length === 0) throw new CliError(`Unable to find user id for ${text}`, 1);
      return ids;
    },
    identifier,
    'username',
  );
}
