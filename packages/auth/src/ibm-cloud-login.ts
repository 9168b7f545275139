import { sendHttpRequest } from '@sl/transport';
import type { Dispatcher } from 'undici';
import { IamError } from './iam-error';
import { type IamTokens, requestIamToken } from './request-iam-token';

/** IBM Cloud IAM (token endpoint and OpenID configuration live under it). */
export const IAM_URL = 'https://iam.cloud.ibm.com';
/** The IBM Cloud accounts API (`GET /v1/accounts`). */
export const ACCOUNTS_URL = 'https://accounts.cloud.ibm.com';

/** Where an interactive IBM Cloud login talks to; tests point both at a local server. */
export interface IbmCloudEndpoints {
  /** IAM's base URL (default `IAM_URL`): `<iamUrl>/identity/token`, `<iamUrl>/identity/.well-known/openid-configuration`. */
  iamUrl?: string;
  /** The accounts API's base URL (default `ACCOUNTS_URL`): `<accountsUrl>/v1/accounts`. */
  accountsUrl?: string;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** An IBM Cloud account the login may use; `imsAccountId` is the linked classic infrastructure account. */
export interface IbmCloudAccount {
  guid: string;
  name: string;
  imsAccountId?: string;
}

function base(url: string | undefined, fallback: string): string {
  return (url ?? fallback).replace(/\/+$/, '');
}

function tokenRequest(endpoints: IbmCloudEndpoints, form: Record<string, string>): Promise<IamTokens> {
  return requestIamToken({
    tokenUrl: `${base(endpoints.iamUrl, IAM_URL)}/identity/token`,
    form,
    ...(endpoints.dispatcher ? { dispatcher: endpoints.dispatcher } : {}),
    ...(endpoints.signal ? { signal: endpoints.signal } : {}),
    ...(endpoints.timeoutMs ? { timeoutMs: endpoints.timeoutMs } : {}),
  });
}

/** IAM tokens for an IBMid and password (grant `password`). */
export function loginWithIbmId(
  login: { username: string; password: string },
  endpoints: IbmCloudEndpoints = {},
): Promise<IamTokens> {
  return tokenRequest(endpoints, {
    grant_type: 'password',
    username: login.username,
    password: login.password,
  });
}

/** IAM tokens for a one-time SSO passcode (grant `urn:ibm:params:oauth:grant-type:passcode`). */
export function loginWithPasscode(passcode: string, endpoints: IbmCloudEndpoints = {}): Promise<IamTokens> {
  return tokenRequest(endpoints, { grant_type: 'urn:ibm:params:oauth:grant-type:passcode', passcode });
}

/** New IAM tokens from a refresh token, scoped to an account (`account`) and its classic one (`ims_account`). */
export function refreshIamTokenForAccount(
  refresh: { refreshToken: string; account?: string; imsAccount?: string },
  endpoints: IbmCloudEndpoints = {},
): Promise<IamTokens> {
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: refresh.refreshToken };
  if (refresh.account) form.account = refresh.account;
  if (refresh.imsAccount) form.ims_account = refresh.imsAccount;
  return tokenRequest(endpoints, form);
}

async function getJson(url: string, endpoints: IbmCloudEndpoints, token?: string): Promise<unknown> {
  let response: Awaited<ReturnType<typeof sendHttpRequest>>;
  try {
    response = await sendHttpRequest({
      url,
      method: 'GET',
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      timeoutMs: endpoints.timeoutMs ?? 30_000,
      ...(endpoints.signal ? { signal: endpoints.signal } : {}),
      ...(endpoints.dispatcher ? { dispatcher: endpoints.dispatcher } : {}),
    });
  } catch (cause) {
    throw new IamError(0, `GET ${url} failed: ${(cause as Error).message}`, { cause });
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body.toString('utf8'));
  } catch {
    body = undefined;
  }
  if (response.status < 200 || response.status >= 300) {
    const record = (body ?? {}) as Record<string, unknown>;
    const detail = typeof record.errorMessage === 'string' ? `: ${record.errorMessage}` : '';
    throw new IamError(response.status, `GET ${url} failed (${response.status})${detail}`, {
      ...(typeof record.errorCode === 'string' ? { errorCode: record.errorCode } : {}),
    });
  }
  if (body === undefined || body === null || typeof body !== 'object') {
    throw new IamError(response.status, `GET ${url} answered without a JSON object`);
  }
  return body;
}

/** The accounts an IAM access token may use (`GET <accountsUrl>/v1/accounts`). */
export async function listIbmCloudAccounts(
  accessToken: string,
  endpoints: IbmCloudEndpoints = {},
): Promise<IbmCloudAccount[]> {
  const body = (await getJson(
    `${base(endpoints.accountsUrl, ACCOUNTS_URL)}/v1/accounts`,
    endpoints,
    accessToken,
  )) as {
    resources?: unknown;
  };
  const resources = Array.isArray(body.resources) ? body.resources : [];
  return resources.map((resource: unknown) => {
    const { metadata, entity } = (resource ?? {}) as {
      metadata?: { guid?: unknown; linked_accounts?: unknown };
      entity?: { name?: unknown };
    };
    const links = Array.isArray(metadata?.linked_accounts) ? metadata.linked_accounts : [];
    const ims = links.find((link: { origin?: unknown } | null) => link?.origin === 'IMS') as
      | { id?: unknown }
      | undefined;
    return {
      guid: String(metadata?.guid ?? ''),
      name: String(entity?.name ?? ''),
      ...(ims?.id !== undefined && ims.id !== null ? { imsAccountId: String(ims.id) } : {}),
    };
  });
}

/** Where SSO users get a one-time passcode: `passcode_endpoint` of IAM's OpenID configuration. */
export async function getPasscodeUrl(endpoints: IbmCloudEndpoints = {}): Promise<string> {
  const url = `${base(endpoints.iamUrl, IAM_URL)}/identity/.well-known/openid-configuration`;
  const body = (await getJson(url, endpoints)) as { passcode_endpoint?: unknown };
  if (typeof body.passcode_endpoint !== 'string' || body.passcode_endpoint === '') {
    throw new IamError(200, `${url} has no passcode_endpoint`);
  }
  return body.passcode_endpoint;
}
