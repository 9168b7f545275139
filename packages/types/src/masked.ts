import type { DatatypeMap } from './generated/datatype-map';

/** `T` for a single value, the element type for an array. */
type ElementOf<T> = T extends readonly (infer E)[] ? E : T;

/**
 * The shape of an object mask for datatype `T`, for completion: `true` selects a property, an object selects
 * properties of a relational one (element-wise for arrays). `{ id: true, datacenter: { name: true } }` is
 * `mask[id,datacenter[name]]`. A key may carry a typed cast, `'resource(SoftLayer_Hardware)': { hostname: true }`.
 * Pair it with {@link CheckedMask} to reject unknown names: `<const M extends MaskObject<T>>(mask: M &
 * CheckedMask<T, M>)`.
 */
export type MaskObject<T> = {
  [K in keyof T]?: ElementOf<Exclude<T[K], undefined>> extends object
    ? true | MaskObject<ElementOf<Exclude<T[K], undefined>>>
    : true;
} & {
  // A key with a typed cast, `'resource(SoftLayer_Hardware)'`, as `@sl/mask`'s builder reads object keys. (Spelled
  // out here: an alias in an index signature is dropped by the declaration bundler.)
  [key: `${string}(${string})`]: true | object | undefined;
};

/**
 * `M` with every key `T` does not have (or whose cast names no datatype) typed `never`, recursively, so that
 * `mask: M & CheckedMask<T, M>` makes a wrong name a compile error at the exact key. Selecting below a scalar is one
 * too.
 */
export type CheckedMask<T, M> = {
  [K in keyof M]: K extends keyof T
    ? CheckedValue<Exclude<T[K], undefined>, M[K]>
    : K extends `${infer P}(${infer C})`
      ? P extends keyof T
        ? C extends keyof DatatypeMap
          ? CheckedValue<DatatypeMap[C], M[K]>
          : never
        : never
      : never;
};

type CheckedValue<Value, Selection> = Selection extends true
  ? true
  : ElementOf<Value> extends object
    ? CheckedMask<ElementOf<Value>, Selection>
    : never;

/** The property of `T` a mask key names: `datacenter` for `'datacenter'` and for `'datacenter(SoftLayer_X)'`. */
type PropertyOf<K, T> = K extends keyof T
  ? K
  : K extends `${infer P}(${string})`
    ? P extends keyof T
      ? P
      : never
    : never;

/** `Cast` in place of `Value`, an array of it when `Value` is one. */
type CastTo<Value, Cast> = Value extends readonly unknown[] ? Cast[] : Cast;

/** The value a mask key selects: the property's type, or the cast type for a cast key. */
type SelectedValue<T, K> = K extends keyof T
  ? Exclude<T[K], undefined>
  : K extends `${infer P}(${infer C})`
    ? P extends keyof T
      ? C extends keyof DatatypeMap
        ? CastTo<Exclude<T[P], undefined>, DatatypeMap[C]>
        : never
      : never
    : never;

/**
 * `T` narrowed to what mask `M` selects: exactly the named properties, nested masks applied element-wise to
 * arrays. A cast key (`'resource(SoftLayer_Hardware)'`) selects the property as that type; two casts of the same
 * property give a union. Names `T` does not have are dropped (use {@link MaskObject} as a constraint to reject
 * them).
 *
 * Every selected property stays optional: the API leaves out properties whose value is null and relations that
 * do not exist (a guest without a `datacenter`), so naming a property in a mask does not promise it comes back.
 */
export type Masked<T, M> = T extends readonly (infer E)[]
  ? Masked<E, M>[]
  : { -readonly [K in keyof M as PropertyOf<K, T>]?: MaskedValue<T, M, K> };

/** One key's selection; distributes when several keys (casts) name the same property. */
type MaskedValue<T, M, K extends keyof M> = K extends unknown
  ? M[K] extends true
    ? SelectedValue<T, K>
    : Masked<SelectedValue<T, K>, M[K]>
  : never;
