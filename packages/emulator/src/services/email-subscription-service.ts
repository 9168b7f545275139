import { EMAIL_SUBSCRIPTIONS } from '../data/email-subscriptions';
import type { ViewContext } from '../models/type-model';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';

type Subscription = (typeof EMAIL_SUBSCRIPTIONS)[number];

/** A subscription as the caller sees it: enabled unless the caller opted out. */
function subscriptionView(subscription: Subscription, context: ViewContext): Record<string, unknown> {
  const optedOut = context.state.notificationOptOuts
    .all()
    .some((row) => row.userId === context.user.id && row.subscriptionId === subscription.id);
  return { ...subscription, enabled: !optedOut };
}

/** Turns a subscription on or off for the caller; true either way (the API answers true when nothing changes). */
function setEnabled(input: MethodInput, enabled: boolean): ReturnType<typeof value> {
  const subscription = input.row as Subscription;
  const { state, user } = input.context;
  const existing = state.notificationOptOuts
    .all()
    .find((row) => row.userId === user.id && row.subscriptionId === subscription.id);
  state.mutate(() => {
    if (enabled && existing) state.notificationOptOuts.delete(existing.id);
    if (!enabled && !existing) {
      state.notificationOptOuts.insert({
        id: state.allocateId('notificationOptOut'),
        userId: user.id,
        subscriptionId: subscription.id,
      });
    }
  });
  return value(true);
}

/** The email notifications of the calling user (`user notifications` in slcli). */
export const emailSubscriptionService: ServiceDefinition = {
  name: 'SoftLayer_Email_Subscription',
  // Views are plain objects: `enabled` depends on the caller, so they are built per call.
  type: 'SoftLayer_Email_Subscription',
  find: (id, context) => {
    const subscription = EMAIL_SUBSCRIPTIONS.find((item) => item.id === id);
    return subscription === undefined ? undefined : subscriptionView(subscription, context);
  },
  methods: {
    getAllObjects: (input) =>
      value(EMAIL_SUBSCRIPTIONS.map((subscription) => subscriptionView(subscription, input.context))),
    enable: (input) => setEnabled(input, true),
    disable: (input) => setEnabled(input, false),
  },
};
