import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Search_ObjectType,
  SoftLayer_Container_Search_Result,
  SoftLayer_Hardware,
  SoftLayer_Network_Vlan,
  SoftLayer_Ticket,
  SoftLayer_Virtual_Guest,
} from '@sl/types';
import { checkText, invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';

/** The resource types whose search results `SearchResult` types. */
export interface SearchResourceTypes {
  SoftLayer_Hardware: SoftLayer_Hardware;
  SoftLayer_Network_Vlan: SoftLayer_Network_Vlan;
  SoftLayer_Ticket: SoftLayer_Ticket;
  SoftLayer_Virtual_Guest: SoftLayer_Virtual_Guest;
}

/** A search result of a known type, its `resource` typed (see `isSearchResultOf`). */
export interface TypedSearchResult<Type extends keyof SearchResourceTypes>
  extends SoftLayer_Container_Search_Result {
  resourceType: Type;
  resource: SearchResourceTypes[Type];
}

/** What the search methods resolve: results of any type; `isSearchResultOf` narrows one to its type. */
export type SearchResult = SoftLayer_Container_Search_Result;

/** Whether a result is of `type`, narrowing its `resource` to that type (`SoftLayer_Virtual_Guest`, …). */
export function isSearchResultOf<Type extends keyof SearchResourceTypes>(
  result: SearchResult,
  type: Type,
): result is TypedSearchResult<Type> {
  return result.resourceType === type && result.resource !== undefined;
}

/** What `SearchManager.buildQuery` takes: object types and `property: value` criteria (`*` is a wildcard). */
export interface SearchQueryParts {
  objectTypes?: readonly string[];
  /** Property (a dotted path, `datacenter.name`) to the value it must match. */
  criteria?: Readonly<Record<string, string | number>>;
  /** Free text matched against every searchable property. */
  text?: string;
}

/**
 * `SoftLayer_Search`, as the reference client's `SearchManager`: the search query language
 * (`_objectType:SoftLayer_Virtual_Guest hostname:web*`) over the account's objects, with typed results.
 */
export class SearchManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The searchable object types and their properties. */
  async getObjectTypes(options: CallControl = {}): Promise<SoftLayer_Container_Search_ObjectType[]> {
    return this.#client.call('Search', 'getObjectTypes', { ...signalOption(options.signal) });
  }

  /** Objects matching a simple search phrase (`SoftLayer_Search::search`). */
  async search(query: string, options: CallControl = {}): Promise<SearchResult[]> {
    checkText(query, 'the search string', 'search');
    return this.#client.call('Search', 'search', { args: [query], ...signalOption(options.signal) });
  }

  /** Objects matching a query in the property syntax (`SoftLayer_Search::advancedSearch`). */
  async advanced(query: string, options: CallControl = {}): Promise<SearchResult[]> {
    checkText(query, 'the search string', 'advanced');
    return this.#client.call('Search', 'advancedSearch', { args: [query], ...signalOption(options.signal) });
  }

  /**
   * A query in the search language from its parts: `_objectType:A,B`, then `property:value` terms (a value with
   * spaces quoted), then free text. Refuses parts that cannot be written (a property or type with spaces or colons).
   */
  static buildQuery(parts: SearchQueryParts): string {
    const terms: string[] = [];
    const types = parts.objectTypes ?? [];
    for (const type of types) {
      if (!/^SoftLayer_\w+$/.test(type))
        throw invalid(`buildQuery: ${JSON.stringify(type)} is not an object type`);
    }
    if (types.length > 0) terms.push(`_objectType:${types.join(',')}`);
    for (const [property, value] of Object.entries(parts.criteria ?? {})) {
      if (!/^\w+(\.\w+)*$/.test(property))
        throw invalid(`buildQuery: ${JSON.stringify(property)} is not a property`);
      const text = String(value);
      if (text.trim() === '' || text.includes('"')) {
        throw invalid(`buildQuery: the value of ${property} must be non-empty text without quotes`);
      }
      terms.push(`${property}:${/\s/.test(text) ? `"${text}"` : text}`);
    }
    if (parts.text !== undefined) terms.push(checkText(parts.text, 'the text', 'buildQuery'));
    if (terms.length === 0) throw invalid('buildQuery: give object types, criteria or text');
    return terms.join(' ');
  }
}
