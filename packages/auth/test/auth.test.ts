import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApiKeyAuth, createBasicAuth, createBearerAuth, createTokenAuth } from '../src/index';

const SECRET = 'super-secret-key-0123456789';

describe('static credentials', () => {
  it('hand the transport the right credentials', async () => {
    expect(await createApiKeyAuth({ username: 'SL1', apiKey: SECRET }).credentials()).toEqual({
      type: 'apiKey',
      username: 'SL1',
      apiKey: SECRET,
    });
    expect(await createTokenAuth({ userId: 42, authToken: SECRET }).credentials()).toEqual({
      type: 'portalToken',
      userId: 42,
      authToken: SECRET,
    });
    expect(await createBasicAuth({ username: 'u', password: SECRET }).credentials()).toEqual({
      type: 'basic',
      username: 'u',
      password: SECRET,
    });
    expect(await createBearerAuth({ token: SECRET }).credentials()).toEqual({
      type: 'bearer',
      token: SECRET,
    });
  });

  it('never print secrets', () => {
    for (const auth of [
      createApiKeyAuth({ username: 'SL1', apiKey: SECRET }),
      createTokenAuth({ userId: 42, authToken: SECRET }),
      createBasicAuth({ username: 'u', password: SECRET }),
      createBearerAuth({ token: SECRET }),
    ]) {
      for (const text of [
        String(auth),
        JSON.stringify(auth),
        inspect(auth, { depth: 10, showHidden: true }),
        `${auth}`,
      ]) {
        expect(text).not.toContain(SECRET);
      }
    }
    expect(String(createApiKeyAuth({ username: 'SL1', apiKey: SECRET }))).toBe('apiKeyAuth(username=SL1)');
  });

  it('reject missing credentials with a typed error', () => {
    expect(() => createApiKeyAuth({ username: 'SL1', apiKey: '' })).toThrow(
      expect.objectContaining({ code: 'SL_AUTH_OPTIONS' }),
    );
    expect(() => createTokenAuth({ userId: '', authToken: 'x' })).toThrow(/userId/);
  });
});
