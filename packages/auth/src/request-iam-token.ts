import { sendHttpRequest } from '@sl/transport';
import type { Dispatcher } from 'undici';
import { IamError } from './iam-error';

/** The IBM Cloud IAM token endpoint. */
export const IAM_TOKEN_URL = 'https://iam.cloud.ibm.com/identity/token';

/** Tokens from IAM. `expiresAt` is in milliseconds since the epoch. */
export interface IamTokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

export interface IamTokenRequest {
  tokenUrl?: string;
  /** The form fields: `grant_type` and the grant's own fields. */
  form: Record<string, string>;
  /** IAM's client id and secret, sent as HTTP basic (default `bx:bx`, like the reference). */
  clientId?: string;
  clientSecret?: string;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  timeoutMs?: number;
  now?: () => number;
}

/** POSTs one form-encoded grant to the IAM token endpoint. Failures throw `IamError` (never echoing the form). */
export async function requestIamToken(options: IamTokenRequest): Promise<IamTokens> {
  const url = options.tokenUrl ?? IAM_TOKEN_URL;
  const form = new URLSearchParams({ response_type: 'cloud_iam', ...options.form });
  let response: Awaited<ReturnType<typeof sendHttpRequest>>;
  try {
    response = await sendHttpRequest({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      basicAuth: { username: options.clientId ?? 'bx', password: options.clientSecret ?? 'bx' },
      timeoutMs: options.timeoutMs ?? 30_000,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
  } catch (cause) {
    throw new IamError(0, `IAM token request to ${url} failed: ${(cause as Error).message}`, { cause });
  }
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
  } catch {
    body = {};
  }
  if (response.status < 200 || response.status >= 300) {
    const message = typeof body.errorMessage === 'string' ? body.errorMessage : `HTTP ${response.status}`;
    throw new IamError(
      response.status,
      `IAM token request to ${url} failed (${response.status}): ${message}`,
      {
        ...(typeof body.errorCode === 'string' ? { errorCode: body.errorCode } : {}),
      },
    );
  }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    throw new IamError(response.status, `IAM token response from ${url} has no access_token`);
  }
  const now = (options.now ?? Date.now)();
  const expiresAt =
    typeof body.expiration === 'number'
      ? body.expiration * 1000
      : now + (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000;
  return {
    accessToken: body.access_token,
    expiresAt,
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
  };
}
