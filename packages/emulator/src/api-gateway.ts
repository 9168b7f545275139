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
  call(call: ApiCall): ApiResult;
  /** The datatype a call answers (for REST drilling: the next service). */
  resultType(call: ApiCall): string;
}

export function createApiGateway(parts: {
  state: EmulatorState;
  dispatcher: Dispatcher;
  tokens: TokenStore;
  rateLimiter: RateLimiter;
  now: () => number;
}): ApiGateway {
  return {
    resultType: (call) => parts.dispatcher.resolve(call).method.returns,
    call(call) {
      const resolved = parts.dispatcher.resolve(call);
      const user = resolved.method.noauth
        ? undefined
        : authenticate(call.credentials, parts.state, parts.tokens, call.protocol);
      if (!parts.rateLimiter.take(user ? `user:${user.id}` : 'anonymous')) {
        throw faults.rateLimited(parts.rateLimiter.limit);
      }
      const result = parts.dispatcher.run(call, resolved, user);
      recordEvent(parts.state, call, resolved.service, user, result, parts.now());
      return result;
    },
  };
}
