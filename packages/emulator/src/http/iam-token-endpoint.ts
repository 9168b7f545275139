import type { ServerResponse } from 'node:http';
import type { EmulatorState } from '../data/state';
import type { TokenStore } from '../token-store';

const LIFETIME_SECONDS = 3600;

/**
 * A stand-in for IBM Cloud IAM (`POST /identity/token`): trades an API key (`grant_type=…:apikey`) or a refresh
 * token for a bearer token the emulator accepts in `Authorization: Bearer`.
 */
export function handleIamToken(
  state: EmulatorState,
  tokens: TokenStore,
  body: Buffer,
  response: ServerResponse,
): void {
  const form = new URLSearchParams(body.toString('utf8'));
  const grant = form.get('grant_type') ?? '';
  let userId: number | undefined;
  if (grant === 'urn:ibm:params:oauth:grant-type:apikey') {
    const key = form.get('apikey') ?? '';
    userId = state.users.all().find((user) => user.apiKey === key)?.id;
  } else if (grant === 'refresh_token') {
    const entry = tokens.check(form.get('refresh_token') ?? '', 'bearer');
    userId = entry?.userId;
  }
  response.setHeader('content-type', 'application/json');
  if (userId === undefined) {
    response.statusCode = 400;
    response.end(
      JSON.stringify({ errorCode: 'BXNIM0415E', errorMessage: 'Provided API key could not be found.' }),
    );
    return;
  }
  const accessToken = tokens.issue(userId, 'bearer', LIFETIME_SECONDS * 1000);
  const refreshToken = tokens.issue(userId, 'bearer', 30 * 24 * LIFETIME_SECONDS * 1000);
  response.statusCode = 200;
  response.end(
    JSON.stringify({
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: LIFETIME_SECONDS,
      expiration: Math.floor(Date.now() / 1000) + LIFETIME_SECONDS,
      ims_user_id: userId,
    }),
  );
}
