import { timingSafeEqual } from 'node:crypto';
import type { Credentials } from './api-call';
import { type ApiFault, faults } from './api-fault';
import type { UserRecord } from './data/records';
import type { EmulatorState } from './data/state';
import type { TokenStore } from './token-store';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Finds the user the credentials name, as the API does: username + API key (`authenticate` or HTTP basic; the
 * username `apikey` takes any user's key, like an IBM Cloud API key), a portal token from getPortalLoginToken, or
 * a bearer token from the emulator's `/identity/token`. Throws the API's fault otherwise; `protocol` picks REST's.
 */
export function authenticate(
  credentials: Credentials,
  state: EmulatorState,
  tokens: TokenStore,
  protocol: 'xmlrpc' | 'rest',
): UserRecord {
  const denied = (fault: ApiFault): never => {
    throw protocol === 'rest' && fault.httpStatus === 401 ? faults.accessDenied() : fault;
  };
  switch (credentials.kind) {
    case 'none':
      return denied(faults.notLoggedIn());
    case 'apikey': {
      const users = state.users.all();
      const user =
        credentials.username === 'apikey'
          ? users.find((candidate) => sameSecret(candidate.apiKey, credentials.apiKey))
          : users.find((candidate) => candidate.username === credentials.username);
      if (!user || !sameSecret(user.apiKey, credentials.apiKey)) return denied(faults.invalidApiToken());
      return user;
    }
    case 'token': {
      const entry = tokens.check(credentials.authToken, 'portal');
      const user = entry && entry.userId === credentials.userId ? state.users.get(entry.userId) : undefined;
      if (!entry || entry.expired || !user) return denied(faults.invalidPortalToken());
      return user;
    }
    case 'bearer': {
      const entry = tokens.check(credentials.token, 'bearer');
      if (entry?.expired) throw faults.expiredBearer();
      const user = entry ? state.users.get(entry.userId) : undefined;
      if (!user) return denied(faults.invalidApiToken());
      return user;
    }
  }
}
