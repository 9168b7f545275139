/** `T` for a single value, the element type for an array. */
type ElementOf<T> = T extends readonly (infer E)[] ? E : T;

/**
 * An object mask for datatype `T`: `true` selects a property, an object selects properties of a relational one
 * (element-wise for arrays). `{ id: true, datacenter: { name: true } }` is `mask[id,datacenter[name]]`.
 */
export type MaskObject<T> = {
  [K in keyof T]?: ElementOf<Exclude<T[K], undefined>> extends object
    ? true | MaskObject<ElementOf<Exclude<T[K], undefined>>>
    : true;
};

/**
 * `T` narrowed to what mask `M` selects: exactly the named properties, nested masks applied element-wise to
 * arrays. Names `T` does not have are dropped (use {@link MaskObject} as a constraint to reject them).
 *
 * Every selected property stays optional: the API leaves out properties whose value is null and relations that
 * do not exist (a guest without a `datacenter`), so naming a property in a mask does not promise it comes back.
 */
export type Masked<T, M> = T extends readonly (infer E)[]
  ? Masked<E, M>[]
  : {
      [K in keyof M & keyof T]?: M[K] extends true
        ? Exclude<T[K], undefined>
        : Masked<Exclude<T[K], undefined>, M[K]>;
    };
