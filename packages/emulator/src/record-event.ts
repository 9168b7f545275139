import { randomBytes } from 'node:crypto';
import type { ApiCall, ApiResult } from './api-call';
import type { UserRecord } from './data/records';
import type { EmulatorState } from './data/state';

/** The audit log keeps the newest events only. */
const MAX_EVENTS = 10_000;

const EVENT_NAMES: Record<string, string> = {
  createObject: 'Create',
  createObjects: 'Create',
  editObject: 'Edit',
  deleteObject: 'Delete',
  placeOrder: 'Place Order',
  powerOn: 'Power On',
  powerOff: 'Power Off',
  powerOffSoft: 'Power Off',
  powerCycle: 'Power Cycle',
  rebootDefault: 'Reboot',
  rebootSoft: 'Reboot',
  rebootHard: 'Reboot',
  reloadOperatingSystem: 'OS Reload',
  setTags: 'Set Tags',
  cancelItem: 'Cancel',
  cancelService: 'Cancel',
  addUpdate: 'Ticket Update',
  createStandardTicket: 'Create',
};

/** Object names the event log uses instead of the service's (the reference filters security group events by it). */
const OBJECT_NAMES: Record<string, string> = {
  SoftLayer_Network_SecurityGroup: 'Security Group',
};

/** Methods that only read (or only check) leave no event. */
const READ_ONLY = /^(get|find|is|verify|generate|markAsViewed)/;

/** Records a successful change in the account's event log (`SoftLayer_Event_Log::getAllObjects`). */
export function recordEvent(
  state: EmulatorState,
  call: ApiCall,
  service: string,
  user: UserRecord | undefined,
  result: ApiResult,
  now: number,
): void {
  if (!user || READ_ONLY.test(call.method)) return;
  const created = result.value as { id?: unknown; requestId?: unknown } | null;
  const objectId = call.id ?? (typeof created?.id === 'number' ? created.id : 0);
  const requestId = typeof created?.requestId === 'string' ? created.requestId : undefined;
  state.mutate(() => {
    state.events.insert({
      id: state.allocateId('event'),
      createdAt: now,
      eventName: EVENT_NAMES[call.method] ?? call.method,
      objectName: OBJECT_NAMES[service] ?? service.replace(/^SoftLayer_/, '').replaceAll('_', ' '),
      objectId,
      label: String(objectId),
      userId: user.id,
      traceId: randomBytes(8).toString('hex'),
      ...(requestId === undefined ? {} : { requestId }),
    });
    const all = state.events.all();
    if (all.length > MAX_EVENTS) state.events.delete((all[0] as { id: number }).id);
  });
}
