import type { SoftLayerClient } from '@sl/client';
import { CliError } from '../../cli-error';

/**
 * The reference's `get_api_key`: a 64-character key (or username `apikey`) is checked with one call; anything
 * else is taken as the portal password, used to log in, and the user's first API key is returned (one is
 * created when there is none).
 */
export async function resolveApiKey(
  client: SoftLayerClient,
  username: string,
  secret: string,
): Promise<string> {
  if (secret.length === 64 || username === 'apikey') {
    try {
      await client.call('Account', 'getCurrentUser', { mask: 'id' });
      return secret;
    } catch (error) {
      const text = String((error as { faultString?: string }).faultString ?? '');
      if (/invalid api token/i.test(text)) {
        throw new CliError(
          `Invalid API key for ${username}: check it on the portal and run 'sl config setup' again.`,
        );
      }
      throw error;
    }
  }
  await client.authenticateWithPassword(username, secret);
  const user = await client.call('Account', 'getCurrentUser', { mask: 'id,apiAuthenticationKeys' });
  const keys = (user.apiAuthenticationKeys ?? []) as Array<{ authenticationKey?: string }>;
  if (keys.length > 0 && keys[0]?.authenticationKey) return keys[0].authenticationKey;
  return String(await client.call('User_Customer', 'addApiAuthenticationKey', { id: Number(user.id) }));
}
