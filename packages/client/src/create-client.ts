import { type Auth, authenticateWithPassword } from '@sl/auth';
import { mask as buildMask, isMaskTree, type MaskInputObject, printMask, toMaskString } from '@sl/mask';
import {
  AuthenticationError,
  type LegacyObjectMask,
  SoftLayerError,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '@sl/transport';
import { type CallMask, type CallOptions, type IterCallOptions, unknownOptionNames } from './call-options';
import { iteratePages } from './iterate-pages';
import { toListResult } from './list-result';
import { isMaskSelection } from './mask-selection';
import { toServiceName } from './service-name';
import { createServiceProxy, type ServiceProxy } from './service-proxy';
import { withStableOrder } from './stable-order';
import type {
  CallArgs,
  CallOptionsArgument,
  MaskCheck,
  MaskedCallItem,
  MaskedCallResult,
  MethodNameInput,
  ServiceNameInput,
} from './typed-api';
import { ValidationError } from './validation-error';

/** What the `validate` hook sees of a call (the mask as text). */
export interface ValidatedCall {
  service: string;
  method: string;
  mask?: string;
  filter?: unknown;
  limit?: number;
}

export interface ClientOptions {
  transport: Transport;
  auth?: Auth;
  /** An opt-in check run before anything is sent (e.g. `@sl/schema`): errors throw `ValidationError`. */
  validate?: (call: ValidatedCall) => { errors: readonly string[]; warnings: readonly string[] };
  /** Where `validate` warnings go (default `process.emitWarning`). */
  onWarning?: (message: string) => void;
}

/** Lets a completion list show known names while any string stays accepted. */
type AnyString = string & {};

export interface SoftLayerClient {
  /**
   * Calls `service::method`. The service may be written with or without `SoftLayer_`. Positional parameters
   * go in `options.args`; everything else (id, mask, filter, limit, …) has its own option. A typed selection
   * mask (`{ id: true, datacenter: { name: true } }`) narrows the result type to what it selects.
   */
  call<
    S extends ServiceNameInput | AnyString,
    M extends MethodNameInput<S> | AnyString,
    const Mask extends CallMask | undefined = undefined,
  >(
    service: S,
    method: M,
    ...options: CallOptionsArgument<S, M, CallOptions<CallArgs<S, M>, Mask & MaskCheck<S, M, Mask>>>
  ): Promise<MaskedCallResult<S, M, Mask>>;
  /** Every item of a paged list, page by page (`pageSize`, default 100; `concurrency` pages at once). */
  iterCall<
    S extends ServiceNameInput | AnyString,
    M extends MethodNameInput<S> | AnyString,
    const Mask extends CallMask | undefined = undefined,
  >(
    service: S,
    method: M,
    ...options: CallOptionsArgument<S, M, IterCallOptions<CallArgs<S, M>, Mask & MaskCheck<S, M, Mask>>>
  ): AsyncGenerator<MaskedCallItem<S, M, Mask>, void, undefined>;
  /** A service object: `client.service('Account').getVirtualGuests(withOptions({ mask: 'id' }))`. */
  service<S extends ServiceNameInput | AnyString>(name: S): ServiceProxy<S>;
  /** Logs in with a portal username and password; later calls use the portal token. */
  authenticateWithPassword(
    username: string,
    password: string,
    options?: { securityQuestionId?: number; securityQuestionAnswer?: string; signal?: AbortSignal },
  ): Promise<{ userId: number | string }>;
  readonly transport: Transport;
  readonly auth: Auth | undefined;
  setAuth(auth: Auth | undefined): void;
}

function checkCount(value: number | undefined, name: string, minimum: number, where: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < minimum)) {
    throw new SoftLayerError(`${where}: ${name} must be an integer >= ${minimum} (got ${String(value)})`, {
      code: 'SL_CALL_OPTIONS',
    });
  }
}

/** The options argument must be a plain object: a Python habit (`call('X', 'y', 'arg')`) gets a clear error. */
function checkOptionsObject(value: unknown, where: string): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SoftLayerError(
      `${where}: the third argument is the options object; put positional parameters in { args: [...] }`,
      { code: 'SL_CALL_OPTIONS' },
    );
  }
}

/** Strings and legacy objects go as they are; trees and typed selections (`@sl/mask`'s builder) as mask text. */
function maskForTransport(mask: CallOptions['mask']): string | LegacyObjectMask | undefined {
  if (mask === undefined || typeof mask === 'string') return mask;
  if (isMaskTree(mask)) return printMask(mask);
  return isMaskSelection(mask) ? printMask(buildMask(mask as MaskInputObject)) : mask;
}

/** A client over a transport (and optional auth). See `createClientFromEnv` for the usual setup. */
export function createClient(options: ClientOptions): SoftLayerClient {
  let auth = options.auth;
  const transport = options.transport;
  const warn = options.onWarning ?? ((message: string) => process.emitWarning(message, 'SoftLayerWarning'));

  async function send(request: TransportRequest): Promise<TransportResponse> {
    const current = auth;
    if (!current) return transport(request);
    const first = { ...request, credentials: await current.credentials(request.signal) };
    try {
      return await transport(first);
    } catch (error) {
      if (!current.refreshAfterFailure || !AuthenticationError.isInstance(error)) throw error;
      if (!(await current.refreshAfterFailure(error, request.signal))) throw error;
      return transport({ ...request, credentials: await current.credentials(request.signal) });
    }
  }

  function prepare(service: string, method: string, callOptions: CallOptions): TransportRequest {
    const where = `${service}::${method}`;
    if (typeof service !== 'string' || service === '' || typeof method !== 'string' || method === '') {
      throw new SoftLayerError(`call: service and method must be non-empty strings (got ${where})`, {
        code: 'SL_CALL_OPTIONS',
      });
    }
    const unknown = unknownOptionNames(callOptions);
    if (unknown.length > 0) {
      throw new SoftLayerError(
        `${where}: unknown call option(s) ${unknown.join(', ')}; positional parameters go in \`args\``,
        { code: 'SL_CALL_OPTIONS' },
      );
    }
    if (callOptions.args !== undefined && !Array.isArray(callOptions.args)) {
      throw new SoftLayerError(`${where}: args must be an array of positional parameters`, {
        code: 'SL_CALL_OPTIONS',
      });
    }
    checkCount(callOptions.limit, 'limit', 0, where);
    checkCount(callOptions.offset, 'offset', 0, where);
    if (callOptions.deadline !== undefined && !Number.isFinite(callOptions.deadline)) {
      throw new SoftLayerError(
        `${where}: deadline must be a time in milliseconds since the epoch, like Date.now() + 30_000 (got ${String(callOptions.deadline)})`,
        { code: 'SL_CALL_OPTIONS' },
      );
    }
    if (callOptions.idempotent !== undefined && typeof callOptions.idempotent !== 'boolean') {
      throw new SoftLayerError(`${where}: idempotent must be true or false`, { code: 'SL_CALL_OPTIONS' });
    }
    if (callOptions.offset && !callOptions.limit) {
      throw new SoftLayerError(`${where}: offset needs a limit (the API ignores an offset alone)`, {
        code: 'SL_CALL_OPTIONS',
      });
    }
    const fullService = toServiceName(service);
    const mask = maskForTransport(callOptions.mask);
    if (options.validate) {
      const verdict = options.validate({
        service: fullService,
        method,
        ...(mask === undefined ? {} : { mask: toMaskString(mask) }),
        ...(callOptions.filter === undefined ? {} : { filter: callOptions.filter }),
        ...(callOptions.limit === undefined ? {} : { limit: callOptions.limit }),
      });
      for (const warning of verdict.warnings) warn(`${fullService}::${method}: ${warning}`);
      if (verdict.errors.length > 0)
        throw new ValidationError(`${fullService}::${method}`, verdict.errors, verdict.warnings);
    }
    const request: TransportRequest = { service: fullService, method };
    if (callOptions.args !== undefined) request.args = callOptions.args;
    if (callOptions.id !== undefined) request.id = callOptions.id;
    if (mask !== undefined) request.mask = mask;
    if (callOptions.filter !== undefined) request.filter = callOptions.filter;
    if (callOptions.limit !== undefined) request.limit = callOptions.limit;
    if (callOptions.offset !== undefined) request.offset = callOptions.offset;
    if (callOptions.headers !== undefined) request.headers = callOptions.headers;
    if (callOptions.rawHeaders !== undefined) request.httpHeaders = callOptions.rawHeaders;
    if (callOptions.compress !== undefined) request.compress = callOptions.compress;
    if (callOptions.signal !== undefined) request.signal = callOptions.signal;
    if (callOptions.timeoutMs !== undefined) request.timeoutMs = callOptions.timeoutMs;
    if (callOptions.deadline !== undefined) request.deadline = callOptions.deadline;
    if (callOptions.idempotent !== undefined) request.idempotent = callOptions.idempotent;
    return request;
  }

  function iterate(
    service: string,
    method: string,
    callOptions: IterCallOptions = {},
  ): AsyncGenerator<unknown> {
    const where = `${service}::${method}`;
    checkOptionsObject(callOptions, where);
    if ('limit' in callOptions || 'iter' in callOptions) {
      throw new SoftLayerError(`${where}: iterCall pages with pageSize; limit/iter are not options here`, {
        code: 'SL_CALL_OPTIONS',
      });
    }
    const { pageSize = 100, concurrency = 1, stableOrder = true, offset = 0, ...rest } = callOptions;
    checkCount(pageSize, 'pageSize', 1, where);
    checkCount(concurrency, 'concurrency', 1, where);
    checkCount(offset, 'offset', 0, where);
    const filter = stableOrder ? withStableOrder(rest.filter, method) : rest.filter;
    const base = prepare(service, method, { ...rest, ...(filter === undefined ? {} : { filter }) });
    return iteratePages((limit, pageOffset, signal) => send({ ...base, limit, offset: pageOffset, signal }), {
      pageSize,
      offset,
      concurrency,
      ...(rest.signal ? { signal: rest.signal } : {}),
    });
  }

  async function call(service: string, method: string, callOptions: CallOptions = {}): Promise<unknown> {
    checkOptionsObject(callOptions, `${service}::${method}`);
    if (callOptions.iter) {
      const { iter: _iter, limit, ...rest } = callOptions;
      const items: unknown[] = [];
      for await (const item of iterate(service, method, { ...rest, ...(limit ? { pageSize: limit } : {}) })) {
        items.push(item);
      }
      return toListResult(items, items.length);
    }
    if (callOptions.pageSize !== undefined || callOptions.concurrency !== undefined) {
      throw new SoftLayerError(
        `${service}::${method}: pageSize/concurrency need iter: true (or use iterCall)`,
        {
          code: 'SL_CALL_OPTIONS',
        },
      );
    }
    const response = await send(prepare(service, method, callOptions));
    return Array.isArray(response.value) ? toListResult(response.value, response.totalCount) : response.value;
  }

  const client: SoftLayerClient = {
    call: call as SoftLayerClient['call'],
    iterCall: iterate as SoftLayerClient['iterCall'],
    service: ((name: string) => createServiceProxy(client, name)) as SoftLayerClient['service'],
    async authenticateWithPassword(username, password, loginOptions = {}) {
      auth = undefined;
      const result = await authenticateWithPassword(transport, { username, password, ...loginOptions });
      auth = result.auth;
      return { userId: result.userId };
    },
    transport,
    get auth() {
      return auth;
    },
    setAuth(next) {
      auth = next;
    },
  };
  return client;
}
