import { type Auth, defineAuth, requireText } from './auth';

/**
 * Classic username + API key. XML-RPC sends the `authenticate {username, apiKey}` header; REST sends HTTP
 * basic. The username `apikey` (an IBM Cloud API key) goes as HTTP basic on XML-RPC too, like the reference.
 */
export function createApiKeyAuth(options: { username: string; apiKey: string }): Auth {
  const username = requireText(options.username, 'username', 'createApiKeyAuth');
  const apiKey = requireText(options.apiKey, 'apiKey', 'createApiKeyAuth');
  return defineAuth(
    'apiKey',
    { username },
    {
      credentials: async () => ({ type: 'apiKey', username, apiKey }),
    },
  );
}
