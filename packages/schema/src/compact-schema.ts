/**
 * The compact schema as stored (`schema.generated.json`, written by tooling/codegen). Strings keep it small:
 * - a property is `"<kind>:<type>"` with kind `l` (local), `r` (relational) or `c` (count), `[]` appended for arrays;
 * - a method is `[returns, flags, declaredBy, ...parameters]`: `returns` is a type with `[]` for arrays; `flags`
 *   holds `s` static, `l` limitable, `f` filterable, `m` maskable, `n` noauth, `o` ORM getter, `i` inherited;
 *   `declaredBy` is the service (or, for an ORM getter, the datatype) it comes from, `""` for the service itself;
 *   a parameter is `"<name>:<type>"`, `[]` appended for arrays, then `?` when it may be left out.
 */
export interface CompactSchema {
  version: 1;
  /** Datatype name → [base ("" for the root), properties declared by this type]. */
  types: Record<string, [base: string, properties: Record<string, string>]>;
  /**
   * Service name → [nearest base service or "", its methods]: every callable method (inherited ones and ORM getters
   * included) except those the base service answers identically, found by walking the chain of base services.
   */
  services: Record<string, [baseService: string, methods: Record<string, string[]>]>;
}
