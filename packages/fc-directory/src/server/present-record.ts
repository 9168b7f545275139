import { type XmlRpcValue, xmlRpcDouble } from '@sl/xmlrpc-codec';
import type { ResourceType } from '../resource-records';
import { type DirectoryState, type FcRecord, type FcValue, groupAndDescendants } from './directory-state';

/**
 * A record as the API shows it: a copy, with the fields computed at read time filled in (a service user's
 * groups and machines, a machine's `servicing` from its group's maintenance mode).
 */
export function presentRecord(state: DirectoryState, type: ResourceType, record: FcRecord): FcRecord {
  const copy = structuredClone(record);
  if (type === 'serviceuser') {
    const groups = groupAndDescendants(state, record.resource_group as string);
    copy.resource_groups_recursive = groups;
    copy.virtual_machines = [...state.records.virtualmachine.values()]
      .filter((machine) => groups.includes(machine.resource_group as string))
      .map((machine) => machine.name as string);
  }
  if (type === 'virtualmachine') {
    const group = state.records.resourcegroup.get(JSON.stringify([record.resource_group]));
    copy.servicing = group?.in_maintenance === true;
  }
  return copy;
}

/** A result ready for the encoder: invoice amounts go out as `<double>` even when integral. */
export function toWireValue(value: FcValue): XmlRpcValue {
  if (Array.isArray(value)) return value.map(toWireValue);
  if (!isInvoice(value)) return value;
  const items = Array.isArray(value.items) ? value.items : [];
  return {
    ...value,
    total: xmlRpcDouble(value.total as number),
    items: items.map((item) => {
      const line = item as Record<string, XmlRpcValue>;
      return { ...line, price: xmlRpcDouble(line.price as number) };
    }),
  };
}

function isInvoice(value: FcValue): value is FcRecord {
  return typeof value === 'object' && value !== null && (value as FcRecord).__type__ === 'invoice';
}
