import type { Transport } from '@sl/transport';
import { SoftLayerError } from '@sl/transport';
import type { Auth } from './auth';
import { createTokenAuth } from './create-token-auth';

export interface PasswordLogin {
  username: string;
  password: string;
  securityQuestionId?: number;
  securityQuestionAnswer?: string;
  signal?: AbortSignal;
}

/**
 * Logs in with a portal username and password through `SoftLayer_User_Customer::getPortalLoginToken`
 * (all four positional parameters, nil when absent, as the reference sends them) and returns portal-token
 * auth for the user.
 */
export async function authenticateWithPassword(
  transport: Transport,
  login: PasswordLogin,
): Promise<{ auth: Auth; userId: number | string }> {
  const response = await transport({
    service: 'SoftLayer_User_Customer',
    method: 'getPortalLoginToken',
    args: [
      login.username,
      login.password,
      login.securityQuestionId ?? null,
      login.securityQuestionAnswer ?? null,
    ],
    ...(login.signal ? { signal: login.signal } : {}),
  });
  const value = response.value as { userId?: unknown; hash?: unknown } | null;
  const userId = value?.userId;
  if ((typeof userId !== 'number' && typeof userId !== 'string') || typeof value?.hash !== 'string') {
    throw new SoftLayerError('getPortalLoginToken answered without a userId and hash', {
      code: 'SL_BAD_RESPONSE',
    });
  }
  return { auth: createTokenAuth({ userId, authToken: value.hash }), userId };
}
