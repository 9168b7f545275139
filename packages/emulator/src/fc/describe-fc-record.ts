import { FC_TYPE_RULES, type FcValue, isFcType } from './resource-rules';

/** Names a record in fault strings: `record 2 (virtualmachine name='web01')`, primary-key values only. */
export function describeFcRecord(index: number, record: FcValue): string {
  if (typeof record !== 'object' || record === null || Array.isArray(record) || record instanceof Date) {
    return `record ${index}`;
  }
  const fields = record as Record<string, FcValue>;
  const type = fields.__type__;
  if (!isFcType(type)) return `record ${index}`;
  const keys = FC_TYPE_RULES[type].primaryKey
    .filter((field) => typeof fields[field] === 'string')
    .map((field) => `${field}='${String(fields[field]).slice(0, 40)}'`);
  return `record ${index} (${[type, ...keys].join(' ')})`;
}
