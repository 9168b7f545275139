import { SoftLayerError } from '@sl/transport';
import { type Auth, defineAuth, requireText } from './auth';

/**
 * A portal login token (`User_Customer::getPortalLoginToken`): XML-RPC `authenticate {complexType:
 * PortalLoginToken, userId, authToken}`; HTTP basic `userId:authToken` on REST.
 */
export function createTokenAuth(options: { userId: number | string; authToken: string }): Auth {
  const { userId } = options;
  if (typeof userId !== 'number' && (typeof userId !== 'string' || userId === '')) {
    throw new SoftLayerError('createTokenAuth: userId must be a number or a non-empty string', {
      code: 'SL_AUTH_OPTIONS',
    });
  }
  const authToken = requireText(options.authToken, 'authToken', 'createTokenAuth');
  return defineAuth(
    'portalToken',
    { userId },
    {
      credentials: async () => ({ type: 'portalToken', userId, authToken }),
    },
  );
}
