import type { ApiCall } from '../api-call';
import type { ViewContext } from '../models/type-model';

/** The emulator's settings that services read. */
export interface ServiceSettings {
  /** How long a new guest takes to provision, in milliseconds. */
  provisioningMs: number;
  /** How long an OS reload takes, in milliseconds. */
  reloadMs: number;
  /** Issues a portal token or bearer token for a user (User_Customer::getPortalLoginToken). */
  issueToken(userId: number): string;
}

/** Everything a method implementation gets. `row` is the object the id named (instance methods). */
export interface MethodInput {
  call: ApiCall;
  context: ViewContext;
  settings: ServiceSettings;
  row: unknown;
  id: number | undefined;
}

/**
 * What a method answers: stored rows of a type (masked and filtered by the dispatcher), or a finished value.
 * `property` names the relational property a list stands for (`virtualGuests`), for unwrapping the filter;
 * `defaultMask` is the mask of a row (or of each row) when the call has none (methods the API answers with relations populated).
 */
export type MethodOutput =
  | { kind: 'row'; type: string; row: unknown; defaultMask?: string }
  | { kind: 'rows'; type: string; rows: readonly unknown[]; property?: string; defaultMask?: string }
  | { kind: 'value'; value: unknown };

export type MethodImplementation = (input: MethodInput) => MethodOutput;

/** One emulated service: how an id finds its object, and the methods beyond the generic getters. */
export interface ServiceDefinition {
  /** The full service name, e.g. `SoftLayer_Virtual_Guest`. */
  name: string;
  /** The datatype of its objects (the model used by getObject and relational getters). */
  type: string;
  /** Finds the object an id names; absent for services without objects. */
  find?(id: number, context: ViewContext): unknown;
  /** The object of a service that needs no id (SoftLayer_Account: the caller's account). */
  self?(context: ViewContext): unknown;
  methods: Record<string, MethodImplementation>;
}

export const row = (type: string, value: unknown, defaultMask?: string): MethodOutput =>
  defaultMask === undefined
    ? { kind: 'row', type, row: value }
    : { kind: 'row', type, row: value, defaultMask };
export const rows = (type: string, values: readonly unknown[], property?: string): MethodOutput =>
  property === undefined
    ? { kind: 'rows', type, rows: values }
    : { kind: 'rows', type, rows: values, property };
export const value = (result: unknown): MethodOutput => ({ kind: 'value', value: result });
