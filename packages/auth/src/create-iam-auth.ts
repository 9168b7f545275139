import { AuthenticationError } from '@sl/transport';
import type { Dispatcher } from 'undici';
import { type Auth, defineAuth } from './auth';
import { IamError } from './iam-error';
import { type IamTokens, requestIamToken } from './request-iam-token';

export interface IamAuthOptions {
  /** An IBM Cloud API key (grant `urn:ibm:params:oauth:grant-type:apikey`). */
  apiKey?: string;
  /** A one-time passcode for SSO users (grant `urn:ibm:params:oauth:grant-type:passcode`), used once. */
  passcode?: string;
  /** An IBMid and password (grant `password`). */
  username?: string;
  password?: string;
  /** Tokens you already have (e.g. saved by `onTokens`). */
  accessToken?: string;
  refreshToken?: string;
  /** When `accessToken` expires, in ms since the epoch; unknown means "refresh only after a failure". */
  expiresAt?: number;
  /** Target account for refresh grants (`account`, `ims_account`). */
  account?: string;
  imsAccount?: string;
  /** The token endpoint (default `IAM_TOKEN_URL`); tests point it at a local server. */
  tokenUrl?: string;
  clientId?: string;
  clientSecret?: string;
  /** Refresh this long before expiry (default 5 minutes). */
  refreshMarginMs?: number;
  /** Told every time new tokens arrive, so you can store them. */
  onTokens?: (tokens: IamTokens) => void | Promise<void>;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * IBM Cloud IAM bearer auth: obtains tokens (API key, password or refresh grant), refreshes them before they
 * expire and once after an authentication failure, and tells `onTokens` about new ones. Concurrent calls
 * share one refresh.
 */
export function createIamAuth(options: IamAuthOptions): Auth {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  let tokens: IamTokens | undefined = options.accessToken
    ? {
        accessToken: options.accessToken,
        expiresAt: options.expiresAt ?? Number.POSITIVE_INFINITY,
        ...(options.refreshToken ? { refreshToken: options.refreshToken } : {}),
      }
    : undefined;
  let refreshToken = options.refreshToken;
  let inFlight: Promise<IamTokens> | undefined;
  let passcode = options.passcode;
  if (!tokens && !refreshToken && !passcode && !options.apiKey && !(options.username && options.password)) {
    throw new IamError(
      0,
      'createIamAuth needs an apiKey, a username and password, a passcode, an accessToken or a refreshToken',
    );
  }

  async function obtain(signal?: AbortSignal): Promise<IamTokens> {
    const common = {
      ...(options.tokenUrl ? { tokenUrl: options.tokenUrl } : {}),
      ...(options.clientId ? { clientId: options.clientId } : {}),
      ...(options.clientSecret ? { clientSecret: options.clientSecret } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(signal ? { signal } : {}),
      now,
    };
    const grants: Array<() => Promise<IamTokens>> = [];
    if (refreshToken) {
      const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: refreshToken };
      if (options.account) form.account = options.account;
      if (options.imsAccount) form.ims_account = options.imsAccount;
      grants.push(() => requestIamToken({ ...common, form }));
    }
    if (options.apiKey) {
      const apikey = options.apiKey;
      grants.push(() =>
        requestIamToken({
          ...common,
          form: { grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey },
        }),
      );
    }
    if (passcode) {
      const once = passcode;
      passcode = undefined; // a passcode is single-use: afterwards only the refresh token can renew
      grants.push(() =>
        requestIamToken({
          ...common,
          form: { grant_type: 'urn:ibm:params:oauth:grant-type:passcode', passcode: once },
        }),
      );
    }
    if (options.username && options.password) {
      const form = { grant_type: 'password', username: options.username, password: options.password };
      grants.push(() => requestIamToken({ ...common, form }));
    }
    if (grants.length === 0)
      throw new IamError(0, 'the IAM access token expired and there is no way to get a new one');
    let lastError: unknown;
    for (const grant of grants) {
      try {
        const fresh = await grant();
        tokens = fresh;
        if (fresh.refreshToken) refreshToken = fresh.refreshToken;
        await options.onTokens?.({ ...fresh, ...(refreshToken ? { refreshToken } : {}) });
        return fresh;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  function refresh(signal?: AbortSignal): Promise<IamTokens> {
    inFlight ??= obtain(signal).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return defineAuth(
    'iam',
    { tokenUrl: options.tokenUrl ?? 'IAM' },
    {
      credentials: async (signal) => {
        const current = tokens && tokens.expiresAt - margin > now() ? tokens : await refresh(signal);
        return { type: 'bearer', token: current.accessToken };
      },
      refreshAfterFailure: async (error, signal) => {
        if (!AuthenticationError.isInstance(error)) return false;
        const stale = tokens?.accessToken;
        // Another call may have refreshed already; only refresh if our token is still the failed one.
        if (inFlight) await inFlight;
        else if (tokens?.accessToken === stale) await refresh(signal);
        return true;
      },
    },
  );
}
