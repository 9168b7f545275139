import { faults } from '../api-fault';
import { billingItemOwner } from '../models/billing-ids';
import { hardwareBillingSubject } from '../models/hardware';
import { billingItemView } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import { guestBillingSubject } from '../models/virtual-guest';
import { toFlag } from './arguments';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';

function find(id: number, context: ViewContext): Record<string, unknown> | undefined {
  const owner = billingItemOwner(id);
  if (owner?.kind === 'guest') {
    const guest = context.state.guests.get(owner.id);
    return guest ? billingItemView(guestBillingSubject(guest), context) : undefined;
  }
  if (owner?.kind === 'hardware') {
    const server = context.state.hardware.get(owner.id);
    return server ? billingItemView(hardwareBillingSubject(server), context) : undefined;
  }
  return undefined;
}

/** Cancels now (the server disappears) or at the end of the billing cycle (a cancellation date is set). */
function cancel(input: MethodInput, immediate: boolean): ReturnType<typeof value> {
  const id = input.id as number;
  const owner = billingItemOwner(id);
  const { state } = input.context;
  if (state.cancellations.has(id) && !immediate) {
    throw faults.publicError('This billing item is already scheduled for cancellation.');
  }
  state.mutate(() => {
    if (immediate && owner?.kind === 'guest') state.guests.delete(owner.id);
    else if (immediate && owner?.kind === 'hardware') state.hardware.delete(owner.id);
    else state.cancellations.set(id, { billingItemId: id, cancelledAt: input.context.now });
  });
  return value(true);
}

export const billingItemService: ServiceDefinition = {
  name: 'SoftLayer_Billing_Item',
  type: 'SoftLayer_Billing_Item',
  find,
  methods: {
    cancelItem: (input) => cancel(input, toFlag(input.call.args[0])),
    cancelService: (input) => cancel(input, true),
    cancelServiceOnAnniversaryDate: (input) => cancel(input, false),
  },
};
