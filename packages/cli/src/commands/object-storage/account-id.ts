import { CliError } from '../../cli-error';
import { resolveId } from '../resolve-id';

/**
 * An object storage account's id from an id or a username, as the reference's: a username that names no account
 * stops with its manager's `Unable to find object storage account id for: …` (exit 1).
 */
export async function accountId(
  manager: { resolveIds(identifier: string): Promise<ReadonlyArray<number | string>> },
  identifier: string | string[] | undefined,
): Promise<number> {
  return resolveId(
    async (username) => {
      const ids = await manager.resolveIds(username);
      if (ids.length === 0)
        throw new CliError(`Unable to find object storage account id for: ${username}`, 1);
      return ids;
    },
    identifier,
    'Object Storage',
  );
}
