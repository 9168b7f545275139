import { type Auth, defineAuth, requireText } from './auth';

/** Plain HTTP basic auth on both transports. */
export function createBasicAuth(options: { username: string; password: string }): Auth {
  const username = requireText(options.username, 'username', 'createBasicAuth');
  const password = requireText(options.password, 'password', 'createBasicAuth');
  return defineAuth(
    'basic',
    { username },
    {
      credentials: async () => ({ type: 'basic', username, password }),
    },
  );
}
