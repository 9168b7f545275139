import { type MaskProperty, maskSections, parseMask } from '@sl/mask';
import { faults } from '../api-fault';
import { accountVlans } from '../data/ordered-vlans';
import { matchesPattern, parseSearchQuery, type SearchTerm } from '../data/search-query';
import type { EmulatorState } from '../data/state';
import { expandRow } from '../expand';
import type { ViewContext } from '../models/type-model';
import { stringArg } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** A type `SoftLayer_Search` finds: where its objects are, what a result shows, and the properties one can search. */
interface SearchableType {
  name: string;
  rows(state: EmulatorState): readonly unknown[];
  /** The relations a result's resource carries beside its local properties. */
  mask: string;
  /** Searchable properties (dotted paths) and their types, as `getObjectTypes` lists them. */
  properties: ReadonlyArray<readonly [name: string, type: string]>;
}

const DEVICE_PROPERTIES = [
  ['id', 'integer'],
  ['hostname', 'string'],
  ['domain', 'string'],
  ['fullyQualifiedDomainName', 'string'],
  ['primaryIpAddress', 'string'],
  ['primaryBackendIpAddress', 'string'],
  ['notes', 'string'],
  ['datacenter.name', 'string'],
  ['tagReferences.tag.name', 'string'],
] as const;

const SEARCHABLE: readonly SearchableType[] = [
  {
    name: 'SoftLayer_Hardware',
    rows: (state) => state.hardware.all(),
    mask: 'mask[datacenter,primaryIpAddress,primaryBackendIpAddress,tagReferences[tag]]',
    properties: DEVICE_PROPERTIES,
  },
  {
    name: 'SoftLayer_Network_Vlan',
    rows: (state) => accountVlans(state),
    mask: 'mask[networkSpace,primaryRouter,tagReferences[tag]]',
    properties: [
      ['id', 'integer'],
      ['name', 'string'],
      ['vlanNumber', 'integer'],
      ['note', 'string'],
      ['networkSpace', 'string'],
      ['primaryRouter.hostname', 'string'],
      ['primaryRouter.datacenter.name', 'string'],
      ['tagReferences.tag.name', 'string'],
    ],
  },
  {
    name: 'SoftLayer_Ticket',
    rows: (state) => state.tickets.all(),
    mask: 'mask[status]',
    properties: [
      ['id', 'integer'],
      ['title', 'string'],
      ['status.name', 'string'],
    ],
  },
  {
    name: 'SoftLayer_Virtual_Guest',
    rows: (state) => state.guests.all(),
    mask: 'mask[datacenter,primaryIpAddress,primaryBackendIpAddress,tagReferences[tag]]',
    properties: DEVICE_PROPERTIES,
  },
];

const SELECTIONS = new Map<string, MaskProperty[]>(
  SEARCHABLE.map((type) => [
    type.name,
    maskSections(parseMask(type.mask)).flatMap((section) => [...section.properties]),
  ]),
);

/** The values at a dotted path (lists are searched element by element). */
function valuesAt(resource: unknown, path: string): unknown[] {
  let current: unknown[] = [resource];
  for (const key of path.split('.')) {
    current = current.flatMap((item) => {
      const next =
        item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      return Array.isArray(next) ? next : next === undefined ? [] : [next];
    });
  }
  return current;
}

/** Whether a term matches a resource: its property's value, or (free text) any searchable property containing it. */
function termMatches(term: SearchTerm, resource: unknown, type: SearchableType): boolean {
  if (term.property !== undefined) {
    return valuesAt(resource, term.property).some((found) => matchesPattern(found, term.pattern));
  }
  const contains = term.pattern.includes('*') ? term.pattern : `*${term.pattern}*`;
  return type.properties.some(([name]) =>
    valuesAt(resource, name).some((found) => matchesPattern(found, contains)),
  );
}

/** The types a query names (all when it names none); an unknown one is refused as the API does. */
function typesOf(names: readonly string[]): readonly SearchableType[] {
  if (names.length === 0) return SEARCHABLE;
  return names.map((name) => {
    const found = SEARCHABLE.find((type) => type.name === name);
    if (!found) {
      throw faults.invalidValue(
        `Invalid object type "${name}": search ${SEARCHABLE.map((type) => type.name).join(', ')}.`,
      );
    }
    return found;
  });
}

/**
 * What the request's mask selects below `resource` (`mask[resource(SoftLayer_Network_Vlan)[hardware[id]]]`) for a
 * result of `type`: a cast to another type selects nothing here.
 */
function resourceSelection(mask: string | undefined, type: string): MaskProperty[] {
  if (mask === undefined) return [];
  let tree: ReturnType<typeof parseMask>;
  try {
    tree = parseMask(mask);
  } catch {
    throw faults.invalidValue(`The object mask is not valid: ${mask}`);
  }
  return maskSections(tree)
    .flatMap((section) => [...section.properties])
    .filter((property) => property.name === 'resource' && (property.type ?? type) === type)
    .flatMap((property) => [...property.children]);
}

/**
 * Runs a query over the account's objects: `SoftLayer_Container_Search_Result`s, by type then id. ` || ` between
 * terms is an or: a result matches every term of one of the alternatives.
 */
function search(query: string, context: ViewContext, mask?: string): Array<Record<string, unknown>> {
  const alternatives = query.split(/\s\|\|\s/).map((part) => parseSearchQuery(part));
  const parsed = {
    types: alternatives.flatMap((alternative) => alternative.types),
    terms: alternatives.flatMap((alternative) => alternative.terms),
  };
  if (parsed.types.length === 0 && parsed.terms.length === 0) {
    throw faults.invalidValue('The search string is empty: give terms (hostname:web*) and/or _objectType.');
  }
  const results: Array<Record<string, unknown>> = [];
  for (const type of typesOf(parsed.types)) {
    const selection = { properties: SELECTIONS.get(type.name) ?? [] };
    const asked = resourceSelection(mask, type.name);
    for (const row of type.rows(context.state)) {
      const resource = expandRow(row, type.name, selection, context);
      const matched = alternatives.find((alternative) =>
        alternative.terms.every((term) => termMatches(term, resource, type)),
      );
      if (matched === undefined) continue;
      if (asked.length > 0)
        Object.assign(resource as object, expandRow(row, type.name, { properties: asked }, context));
      results.push({
        matchedTerms: matched.terms.map((term) => term.text),
        relevanceScore: Math.max(matched.terms.length, 1),
        resourceType: type.name,
        resource,
      });
    }
  }
  return results;
}

export const searchService: ServiceDefinition = {
  name: 'SoftLayer_Search',
  type: 'SoftLayer_Container_Search_Result',
  methods: {
    search: (input) => value(search(stringArg(input.call.args, 0, 'searchString'), input.context)),
    advancedSearch: (input) =>
      value(
        search(
          stringArg(input.call.args, 0, 'searchString'),
          input.context,
          // A legacy (object) mask selects nothing below the results here.
          typeof input.call.mask === 'string' ? input.call.mask : undefined,
        ),
      ),
    getObjectTypes: () =>
      value(
        SEARCHABLE.map((type) => ({
          name: type.name,
          properties: type.properties.map(([name, kind]) => ({ name, type: kind, sortableFlag: true })),
        })),
      ),
  },
};
