// The query language of SoftLayer_Search: `_objectType:SoftLayer_Virtual_Guest hostname:web* datacenter.name:dal10`.

/** One `property:value` term (the property may be a dotted path) or a free-text term (no property). */
export interface SearchTerm {
  /** The term as written, for `matchedTerms`. */
  text: string;
  property?: string;
  /** Lower-cased; `*` matches any run of characters. */
  pattern: string;
}

/** A parsed query: the object types asked for (all when empty) and the terms every result must match. */
export interface SearchQuery {
  types: string[];
  terms: SearchTerm[];
}

/**
 * Parses a query. Terms are separated by spaces; `name: value` (a space after the colon, as the reference writes
 * `status.name: open`) is one term; `"quoted text"` is one value; `_objectType` takes a comma-separated list.
 */
export function parseSearchQuery(query: string): SearchQuery {
  const tokens = query.match(/"[^"]*"|[^\s"]+/g) ?? [];
  const types: string[] = [];
  const terms: SearchTerm[] = [];
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!;
    // `status.name: open`: the value is the next token.
    if (/^[\w.]+:$/.test(token) && index + 1 < tokens.length) token += tokens[++index];
    const match = /^([\w.]+):(.*)$/.exec(token);
    if (match && match[1] === '_objectType') {
      types.push(...match[2]!.split(',').filter((type) => type !== ''));
      continue;
    }
    const value = unquote(match ? match[2]! : token);
    if (value === '') continue;
    terms.push({
      text: token,
      ...(match ? { property: match[1]! } : {}),
      pattern: value.toLowerCase(),
    });
  }
  return { types, terms };
}

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1) : text;
}

/** Whether a value matches a term's pattern: equal ignoring case, `*` standing for any characters. */
export function matchesPattern(value: unknown, pattern: string): boolean {
  if (value === undefined || value === null || typeof value === 'object') return false;
  const text = String(value).toLowerCase();
  if (!pattern.includes('*')) return text === pattern;
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(text);
}
