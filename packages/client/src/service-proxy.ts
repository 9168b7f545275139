import type { ServiceMap } from '@sl/types';
import {
  type CallMask,
  type CallOptions,
  type IterCallOptions,
  isMarkedCallOptions,
  type MarkedCallOptions,
} from './call-options';
import type { SoftLayerClient } from './create-client';
import type {
  CallArgs,
  CallOptionsArgument,
  MaskCheck,
  MaskedCallItem,
  MaskedCallResult,
  ResolveService,
} from './typed-api';

/** What every service object has, besides its methods. */
export interface ServiceBase<S extends string> {
  readonly serviceName: S;
  /** Any method by name (also those newer than the metadata). */
  call<M extends string, const Mask extends CallMask | undefined = undefined>(
    method: M,
    ...options: CallOptionsArgument<S, M, CallOptions<CallArgs<S, M>, Mask & MaskCheck<S, M, Mask>>>
  ): Promise<MaskedCallResult<S, M, Mask>>;
  iterCall<M extends string, const Mask extends CallMask | undefined = undefined>(
    method: M,
    ...options: CallOptionsArgument<S, M, IterCallOptions<CallArgs<S, M>, Mask & MaskCheck<S, M, Mask>>>
  ): AsyncGenerator<MaskedCallItem<S, M, Mask>, void, undefined>;
  /** The same service with default options (an id, a mask…) for every call. */
  withOptions(options: Omit<CallOptions, 'args'>): ServiceProxy<S>;
}

/**
 * A method: its positional parameters, then optionally options wrapped by `withOptions`; a typed selection mask
 * in them narrows the result.
 */
type ServiceMethod<S extends string, M extends string> = <Mask extends CallMask | undefined = undefined>(
  ...args: [...CallArgs<S, M>, options?: MarkedCallOptions<Mask & MaskCheck<S, M, Mask>>]
) => Promise<MaskedCallResult<S, M, Mask>>;

type TypedMethods<S extends string, F extends keyof ServiceMap> = {
  readonly [M in keyof ServiceMap[F] & string]: ServiceMethod<S, M>;
};

type UntypedMethods = {
  readonly [method: string]: (...args: unknown[]) => Promise<unknown>;
};

/** `client.service(name)`: typed methods for services the metadata knows, any method otherwise. */
export type ServiceProxy<S extends string> = ServiceBase<S> &
  ([ResolveService<S>] extends [never] ? UntypedMethods : TypedMethods<S, ResolveService<S>>);

const BASE_KEYS = new Set(['serviceName', 'call', 'iterCall', 'withOptions']);

/**
 * Builds a service object. Rule: a method's arguments are its positional parameters, except a last argument
 * made by `withOptions(...)`, which holds the call options. Nothing is ever guessed from a plain object.
 */
export function createServiceProxy<S extends string>(
  client: SoftLayerClient,
  serviceName: S,
  defaults: Omit<CallOptions, 'args'> = {},
): ServiceProxy<S> {
  const untypedClient = client as unknown as {
    call(service: string, method: string, options?: CallOptions): Promise<unknown>;
    iterCall(service: string, method: string, options?: IterCallOptions): AsyncGenerator<unknown>;
  };
  const base = {
    serviceName,
    call: (method: string, options: CallOptions = {}) =>
      untypedClient.call(serviceName, method, { ...defaults, ...options }),
    iterCall: (method: string, options: IterCallOptions = {}) =>
      untypedClient.iterCall(serviceName, method, { ...defaults, ...options } as IterCallOptions),
    withOptions: (options: Omit<CallOptions, 'args'>) =>
      createServiceProxy(client, serviceName, { ...defaults, ...options }),
  };
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy(base, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      if (BASE_KEYS.has(property)) return target[property as keyof typeof target];
      // Not thenable: `await client.service('X')` must not call a method named `then`.
      if (property === 'then') return undefined;
      let method = methods.get(property);
      if (!method) {
        method = (...args: unknown[]) => {
          const last = args[args.length - 1];
          const marked = isMarkedCallOptions(last);
          const positional = marked ? args.slice(0, -1) : args;
          const { ...options } = marked ? (last as MarkedCallOptions) : {};
          return untypedClient.call(serviceName, property, { ...defaults, ...options, args: positional });
        };
        methods.set(property, method);
      }
      return method;
    },
  }) as unknown as ServiceProxy<S>;
}
