import type { CheckedMask, Masked, ServiceMap } from '@sl/types';
import type { ListResult } from './list-result';
import type { IsMaskSelection } from './mask-selection';

type KnownService = keyof ServiceMap & string;

/** `SoftLayer_Account` → `Account`. */
type ShortServiceName<S> = S extends `SoftLayer_${infer Rest}` ? Rest : never;

/** Service names the metadata knows, with and without the `SoftLayer_` prefix (for completion). */
export type ServiceNameInput = KnownService | ShortServiceName<KnownService>;

/** The `ServiceMap` key for a service name as written (`Account` or `SoftLayer_Account`); never if unknown. */
export type ResolveService<S extends string> = S extends KnownService
  ? S
  : `SoftLayer_${S}` extends KnownService
    ? `SoftLayer_${S}`
    : never;

/** The methods the metadata knows for a service. */
export type MethodNameInput<S extends string> = [ResolveService<S>] extends [never]
  ? never
  : keyof ServiceMap[ResolveService<S>] & string;

type MethodEntry<S extends string, M extends string> = [ResolveService<S>] extends [never]
  ? never
  : M extends keyof ServiceMap[ResolveService<S>]
    ? ServiceMap[ResolveService<S>][M]
    : never;

/** A method's positional parameters; `readonly unknown[]` when the metadata does not know the method. */
export type CallArgs<S extends string, M extends string> = [MethodEntry<S, M>] extends [never]
  ? readonly unknown[]
  : MethodEntry<S, M> extends { parameters: infer P extends readonly unknown[] }
    ? P
    : readonly unknown[];

/**
 * The options argument of `call`: optional while the method's parameters are all optional; required, with
 * `args`, when the metadata says the method needs parameters.
 */
export type CallOptionsArgument<S extends string, M extends string, Options> =
  [] extends CallArgs<S, M> ? [options?: Options] : [options: Options & { args: CallArgs<S, M> }];

/** Lists come back as `ListResult` (with `totalCount`). */
export type AsResult<R> = R extends readonly (infer Item)[] ? ListResult<Item> : R;

/** What a call resolves with; `unknown` when the metadata does not know the method. */
export type CallResult<S extends string, M extends string> = [MethodEntry<S, M>] extends [never]
  ? unknown
  : MethodEntry<S, M> extends { returns: infer R }
    ? AsResult<R>
    : unknown;

/** What `iterCall` yields: the items of a list method, else its whole result. */
export type CallItem<S extends string, M extends string> = [MethodEntry<S, M>] extends [never]
  ? unknown
  : MethodEntry<S, M> extends { returns: infer R }
    ? R extends readonly (infer Item)[]
      ? Item
      : R
    : unknown;

/** `T` for a single value, the element type for an array. */
type ElementOf<T> = T extends readonly (infer Item)[] ? Item : T;

/**
 * What the `mask` option of a known method must also satisfy: for a typed selection, `CheckedMask` of the
 * method's result (element) type, so a wrong name is a compile error at its key; anything else is unchecked.
 */
export type MaskCheck<S extends string, M extends string, Mask> =
  IsMaskSelection<Mask> extends true
    ? [MethodEntry<S, M>] extends [never]
      ? unknown
      : MethodEntry<S, M> extends { returns: infer R }
        ? CheckedMask<ElementOf<R>, Mask>
        : unknown
    : unknown;

/** What a call resolves with given its mask: narrowed by `Masked` for a typed selection, else `CallResult`. */
export type MaskedCallResult<S extends string, M extends string, Mask> =
  IsMaskSelection<Mask> extends true
    ? [MethodEntry<S, M>] extends [never]
      ? unknown
      : MethodEntry<S, M> extends { returns: infer R }
        ? AsResult<Masked<R, Mask>>
        : unknown
    : CallResult<S, M>;

/** What `iterCall` yields given its mask: narrowed by `Masked` for a typed selection, else `CallItem`. */
export type MaskedCallItem<S extends string, M extends string, Mask> =
  IsMaskSelection<Mask> extends true
    ? [MethodEntry<S, M>] extends [never]
      ? unknown
      : MethodEntry<S, M> extends { returns: infer R }
        ? Masked<ElementOf<R>, Mask>
        : unknown
    : CallItem<S, M>;
