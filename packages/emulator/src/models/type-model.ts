import type { UserRecord } from '../data/records';
import type { EmulatorState } from '../data/state';

/** What a view needs to build API objects: the account, the caller and the clock. */
export interface ViewContext {
  state: EmulatorState;
  user: UserRecord;
  now: number;
}

/**
 * A relational property: the SoftLayer type it yields and how to get its rows. Rows of a type with a model are
 * expanded by that model; anything else is returned as a plain object for the mask to reduce.
 */
export interface Relation<Row> {
  type: string;
  get(row: Row, context: ViewContext): unknown;
}

/** How the emulator presents one SoftLayer type: its local properties and its relational properties. */
export interface TypeModel<Row = unknown> {
  type: string;
  local(row: Row, context: ViewContext): Record<string, unknown>;
  relations: Record<string, Relation<Row>>;
  /**
   * Local properties the row stores under the same name and value as the API shows them (`id`, `hostname`):
   * a filter naming only these runs on the rows directly, which keeps large lists fast.
   */
  direct?: readonly string[];
  /** Relational properties the API answers for this type whatever the mask (a load balancer's `datacenter`). */
  alwaysIncluded?: readonly string[];
}

/** Erases a model's row type so models of different types live in one registry. */
export function defineModel<Row>(model: TypeModel<Row>): TypeModel<unknown> {
  return model as unknown as TypeModel<unknown>;
}

/** Drops `undefined` and `null` members: the API omits properties that have no value. */
export function compact(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined && item !== null) out[key] = item;
  return out;
}
