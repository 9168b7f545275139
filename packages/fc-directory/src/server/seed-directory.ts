import type { ResourceType } from '../resource-records';
import { resourceGroupDefaults } from './apply-records';
import {
  createEmptyState,
  type DirectoryState,
  type FcRecord,
  type FcValue,
  primaryKeyOf,
} from './directory-state';

const DAY_MS = 86_400_000;

/**
 * The directory a new emulator starts with: the key's project (a root resource group), and a few query-only
 * records (a maintenance, a consumption, an invoice) dated relative to `now`.
 */
export function seedDirectory(project: string, now: number): DirectoryState {
  const state = createEmptyState();
  const customerNo = '10042';
  const today = new Date(Math.floor(now / DAY_MS) * DAY_MS);
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const previousMonthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const add = (type: ResourceType, record: Record<string, FcValue>) => {
    const full = { __type__: type, ...record } as FcRecord;
    state.records[type].set(primaryKeyOf(type, full), full);
  };
  add('resourcegroup', { name: project, parent: null, ...resourceGroupDefaults(customerNo) });
  add('maintenance', {
    machine: 'kvm00',
    starts: new Date(today.getTime() + 2 * DAY_MS + 21 * 3_600_000),
    ends: new Date(today.getTime() + 2 * DAY_MS + 23 * 3_600_000),
    active: false,
    activities: ['kernel update', 'reboot'],
    announced: true,
    comment: 'Scheduled host maintenance.',
  });
  add('consumption', {
    customer_no: customerNo,
    period: monthStart.toISOString().slice(0, 7),
    type: 'virtualmachine',
    type_id: 'vm-hours',
    parameters: { hours: 720, cores: 1, memory: 512 },
  });
  add('invoice', {
    customer_no: customerNo,
    consumption_start: previousMonthStart,
    consumption_end: new Date(monthStart.getTime() - 1000),
    items: [
      { description: 'Virtual machine hours', price: 42, product: 'vm' },
      { description: 'Backup storage', price: 7.5, product: 'backup' },
    ],
    status: 'paid',
    total: 49.5,
  });
  return state;
}
