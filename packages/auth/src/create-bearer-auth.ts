import { type Auth, defineAuth, requireText } from './auth';

/**
 * A fixed IAM access token: `Authorization: Bearer …` and nothing else. (The reference also sends an HTTP basic
 * user, which its HTTP library turns into a `Basic` header that replaces the bearer one; we do not.)
 * For tokens that expire, use `createIamAuth`.
 */
export function createBearerAuth(options: { token: string }): Auth {
  const token = requireText(options.token, 'token', 'createBearerAuth');
  return defineAuth('bearer', {}, { credentials: async () => ({ type: 'bearer', token }) });
}
