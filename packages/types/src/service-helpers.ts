import type { ServiceMap } from './generated/service-map';
import type { Masked } from './masked';

/** What the service map says about one method: its parameter tuple, its result and whether it needs no id. */
export interface MethodDescriptor {
  parameters: readonly unknown[];
  returns: unknown;
  static?: true;
}

/** Every service name, e.g. `'SoftLayer_Account'`. */
export type ServiceName = keyof ServiceMap;

/** The methods of a service: declared, inherited from its base service, and the `get<Property>` ORM getters. */
export type MethodName<S extends ServiceName> = keyof ServiceMap[S] & string;

/** The parameters of a method as a labelled tuple; optional elements are those with a default. */
export type MethodParameters<S extends ServiceName, M extends MethodName<S>> = ServiceMap[S][M] extends {
  parameters: infer P;
}
  ? P
  : never;

/** What a method returns (an array type for methods that return lists; `void` for none). */
export type MethodResult<S extends ServiceName, M extends MethodName<S>> = ServiceMap[S][M] extends {
  returns: infer R;
}
  ? R
  : never;

/** Whether a method is static (needs no id): `true` or `false`. */
export type IsStaticMethod<S extends ServiceName, M extends MethodName<S>> = ServiceMap[S][M] extends {
  static: true;
}
  ? true
  : false;

/** `'Account'` or `'SoftLayer_Account'` → `'SoftLayer_Account'`; `never` when there is no such service. */
export type ServiceNameOf<N extends string> = N extends ServiceName
  ? N
  : `SoftLayer_${N}` extends ServiceName
    ? `SoftLayer_${N}`
    : never;

/** What a method returns when called with object mask `Mask`: `Masked<MethodResult<S, M>, Mask>`. */
export type MaskedResult<S extends ServiceName, M extends MethodName<S>, Mask> = Masked<
  MethodResult<S, M>,
  Mask
>;
