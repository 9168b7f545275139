import type { ApiCall, ApiResult } from './api-call';
import { faults } from './api-fault';
import { authenticate } from './authenticate';
import type { EmulatorState } from './data/state';
import type { Dispatcher } from './dispatch';
import type { RateLimiter } from './rate-limiter';
import { recordEvent } from './record-event';
import type { TokenStore } from './token-store';

/** Everything between a decoded call and its result: resolve, authenticate, rate-limit, run. */
export interface ApiGateway {
  /**
   * Runs a call as one change: a call that fails leaves the account as it was; a call that changed it is answered
   * only once the change is on disk (`whenDurable`). Reads do not wait.
   */
  call(call: ApiCall): Promise<ApiResult>;
  /** The datatype a call answers (for REST drilling: the next service). */
  resultType(call: ApiCall): string;
}

export function createApiGateway(parts: {
  state: EmulatorState;
  dispatcher: Dispatcher;
  tokens: TokenStore;
  rateLimiter: RateLimiter;
  now: () => number;
  /** Resolves when every committed change is on disk (the journal with `--state`). */
  whenDurable: () => Promise<void>;
}): ApiGateway {
  return {
    resultType: (call) => parts.dispatcher.resolve(call).method.returns,
    async call(call) {
      const resolved = parts.dispatcher.resolve(call);
      const user = resolved.method.noauth
        ? undefined
        : authenticate(call.credentials, parts.state, parts.tokens, call.protocol);
      if (!parts.rateLimiter.take(user ? `user:${user.id}` : 'anonymous')) {
        throw faults.rateLimited(parts.rateLimiter.limit);
      }
      const { state } = parts;
      const commits = state.commits;
      const result = state.mutate(() => {
        const output = parts.dispatcher.run(call, resolved, user);
        recordEvent(state, call, resolved.service, user, output, parts.now());
        return output;
      });
      if (state.commits !== commits) await parts.whenDurable();
      return result;
    },
  };
}
