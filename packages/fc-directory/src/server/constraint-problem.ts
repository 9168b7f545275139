import { describeValue } from '../field-value';
import type { FieldSpec } from '../resource-schema';

/**
 * What `value` breaks of the server-only `spec.constraint` (`"must be between 1 and 8, got 9"`), or `undefined`.
 * The kind and enumeration are checked before, by the client's validation.
 */
export function constraintProblem(spec: FieldSpec, value: unknown): string | undefined {
  const rule = spec.constraint;
  if (rule === undefined) return undefined;
  if (typeof value === 'number' && ((rule.min ?? value) > value || (rule.max ?? value) < value)) {
    return `must be between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}, got ${value}`;
  }
  if (typeof value !== 'string') return undefined;
  if ((rule.pattern && !rule.pattern.test(value)) || (rule.check && !rule.check(value))) {
    return `must be ${rule.hint ?? 'valid'}, got ${describeValue(value)}`;
  }
  return undefined;
}
