import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../data/state';
import type { TokenStore } from '../token-store';
import { credentialsFromAuthorization } from './authorization-header';

const LIFETIME_SECONDS = 3600;

/** The one-time code the SSO (passcode) grant takes; it logs in the account's first user (the owner). */
export const EMULATOR_SSO_PASSCODE = 'EMULATOR-SSO-CODE';

/** The IBM Cloud account id (a guid) the emulator gives its one account: derived from the account id. */
export function ibmCloudAccountGuid(state: EmulatorState): string {
  return createHash('sha256').update(`sl-emulator-account:${state.accountId}`).digest('hex').slice(0, 32);
}

function refuse(response: ServerResponse, status: number, errorCode: string, errorMessage: string): void {
  response.statusCode = status;
  response.end(JSON.stringify({ errorCode, errorMessage }));
}

/** The user a password grant names (by username or email) when the password is theirs (portal password or API key). */
function userForPassword(state: EmulatorState, name: string, password: string): number | undefined {
  const wanted = name.toLowerCase();
  const user = state.users
    .all()
    .find(
      (candidate) => candidate.username.toLowerCase() === wanted || candidate.email.toLowerCase() === wanted,
    );
  if (!user || password === '' || (password !== user.password && password !== user.apiKey)) return undefined;
  return user.id;
}

/**
 * A stand-in for IBM Cloud IAM (`POST /identity/token`): trades an API key (`grant_type=…:apikey`), an IBMid and
 * password (`password`: a user's username or email with their portal password or API key), a one-time passcode
 * (`…:passcode`, `EMULATOR_SSO_PASSCODE`) or a refresh token (optionally with `account` and `ims_account`, which
 * must name the emulator's account) for a bearer token the emulator accepts in `Authorization: Bearer`.
 */
export function handleIamToken(
  state: EmulatorState,
  tokens: TokenStore,
  body: Buffer,
  response: ServerResponse,
): void {
  const form = new URLSearchParams(body.toString('utf8'));
  const grant = form.get('grant_type') ?? '';
  response.setHeader('content-type', 'application/json');
  let userId: number | undefined;
  if (grant === 'urn:ibm:params:oauth:grant-type:apikey') {
    const key = form.get('apikey') ?? '';
    userId = state.users.all().find((user) => user.apiKey === key)?.id;
  } else if (grant === 'password') {
    userId = userForPassword(state, form.get('username') ?? '', form.get('password') ?? '');
    if (userId === undefined) {
      refuse(response, 400, 'BXNIM0602E', 'The credentials you entered for the user are incorrect.');
      return;
    }
  } else if (grant === 'urn:ibm:params:oauth:grant-type:passcode') {
    userId = form.get('passcode') === EMULATOR_SSO_PASSCODE ? state.users.all()[0]?.id : undefined;
    if (userId === undefined) {
      refuse(response, 400, 'BXNIM0500E', 'The passcode is invalid or has expired.');
      return;
    }
  } else if (grant === 'refresh_token') {
    const entry = tokens.check(form.get('refresh_token') ?? '', 'bearer');
    userId = entry && !entry.expired ? entry.userId : undefined;
    const account = form.get('account');
    const imsAccount = form.get('ims_account');
    if (
      userId !== undefined &&
      ((account !== null && account !== ibmCloudAccountGuid(state)) ||
        (imsAccount !== null && imsAccount !== String(state.accountId)))
    ) {
      refuse(response, 400, 'BXNIM0415E', 'The user is not a member of the requested account.');
      return;
    }
  }
  if (userId === undefined) {
    refuse(response, 400, 'BXNIM0415E', 'Provided API key could not be found.');
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

/** `GET /identity/.well-known/openid-configuration`: the parts clients read (`passcode_endpoint`). */
export function handleOpenIdConfiguration(baseUrl: string, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      issuer: `${baseUrl}/identity`,
      token_endpoint: `${baseUrl}/identity/token`,
      passcode_endpoint: `${baseUrl}/identity/passcode`,
      grant_types_supported: [
        'password',
        'refresh_token',
        'urn:ibm:params:oauth:grant-type:apikey',
        'urn:ibm:params:oauth:grant-type:passcode',
      ],
    }),
  );
}

/** `GET /identity/passcode`: the page SSO users would log in on; here it shows the fixed one-time code. */
export function handlePasscodePage(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`One-time code: ${EMULATOR_SSO_PASSCODE}\n`);
}

/**
 * `GET /v1/accounts` (the IBM Cloud accounts API) for a bearer token from `/identity/token`: the emulator's one
 * account, linked to its classic (IMS) account.
 */
export function handleAccounts(
  state: EmulatorState,
  tokens: TokenStore,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.setHeader('content-type', 'application/json');
  const credentials = credentialsFromAuthorization(request.headers.authorization);
  const entry = credentials.kind === 'bearer' ? tokens.check(credentials.token, 'bearer') : undefined;
  if (!entry || entry.expired || !state.users.get(entry.userId)) {
    refuse(response, 401, 'BXNIM0407E', 'The bearer token is missing, invalid or expired.');
    return;
  }
  const guid = ibmCloudAccountGuid(state);
  response.statusCode = 200;
  response.end(
    JSON.stringify({
      next_url: null,
      total_results: 1,
      resources: [
        {
          metadata: {
            guid,
            url: `/v1/accounts/${guid}`,
            linked_accounts: [{ origin: 'IMS', id: String(state.accountId) }],
          },
          entity: {
            name: state.companyName,
            type: 'TRIAL',
            state: 'ACTIVE',
            owner_iam_id: `IBMid-${entry.userId}`,
          },
        },
      ],
    }),
  );
}
