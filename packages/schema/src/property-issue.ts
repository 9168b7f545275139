import { closestNames } from './levenshtein';
import type { Schema } from './schema';
import type { SchemaIssue } from './schema-issue';

/** How many other declaring subtypes a message names; `suggestions` lists them all. */
const MAX_NAMED = 3;

/** The subtypes of `typeName` (at any depth) that declare `name` themselves, nearest first then by name. */
export function subtypesDeclaring(schema: Schema, typeName: string, name: string): string[] {
  const found: string[] = [];
  let level = [...schema.subtypesOf(typeName)];
  for (let depth = 0; level.length > 0 && depth < 16; depth += 1) {
    const next: string[] = [];
    for (const subtype of level) {
      if (schema.property(subtype, name)?.declaredBy === subtype) found.push(subtype);
      else next.push(...schema.subtypesOf(subtype));
    }
    level = next;
  }
  return found;
}

/**
 * The issue for a name `typeName` does not have: `NEEDS_TYPE_CAST` naming the subtypes that declare it (with the
 * cast to write), or `UNKNOWN_PROPERTY` with "did you mean" suggestions.
 */
export function unknownPropertyIssue(
  schema: Schema,
  typeName: string,
  name: string,
  path: string,
  castExample: (subtype: string) => string,
): SchemaIssue {
  const declaring = subtypesDeclaring(schema, typeName, name);
  const first = declaring[0];
  if (first !== undefined) {
    const shown = declaring.slice(1, 1 + MAX_NAMED);
    const more = declaring.length - 1 - shown.length;
    const others =
      shown.length === 0
        ? ''
        : ` (also declared by ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
    return {
      code: 'NEEDS_TYPE_CAST',
      path,
      message: `${name} is not a property of ${typeName} but of its subtype ${first}${others}: cast to it, as in ${castExample(first)}`,
      suggestions: declaring,
    };
  }
  const suggestions = closestNames(name, schema.propertyNames(typeName));
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(' or ')}?` : '';
  return {
    code: 'UNKNOWN_PROPERTY',
    path,
    message: `${typeName} has no property ${name}${path.includes('.') ? ` (at ${path})` : ''}${hint}`,
    suggestions,
  };
}
