import type { ObjectFilter } from '@sl/filter';

/** The credentials a request carried, before they are checked. */
export type Credentials =
  | { kind: 'apikey'; username: string; apiKey: string }
  | { kind: 'token'; userId: number; authToken: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'none' };

/** One API call, whichever protocol it came in on. */
export interface ApiCall {
  protocol: 'xmlrpc' | 'rest';
  /** As requested: `SoftLayer_Account` or `Account`. */
  service: string;
  method: string;
  id?: number;
  /** Extended mask text (`mask[...]`), or a legacy mask object. */
  mask?: string | Record<string, unknown>;
  filter?: ObjectFilter;
  limit?: number;
  offset?: number;
  args: unknown[];
  credentials: Credentials;
}

/** What a call answers: a value and, for a list, the total before `resultLimit` (`SoftLayer-Total-Items`). */
export interface ApiResult {
  value: unknown;
  totalItems?: number;
}
