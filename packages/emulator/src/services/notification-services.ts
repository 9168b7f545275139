import { faults } from '../api-fault';
import type { NotificationRecord } from '../data/notification-record';
import { integerArg, listArg, objectArg, toInteger } from './arguments';
import { type MethodInput, row, rows, type ServiceDefinition, value } from './service-definition';

/**
 * `SoftLayer_User_Customer_Notification_Virtual_Guest` and `…_Hardware`: which users are told when a server fails
 * its monitoring. A user is notified about a server at most once.
 */
function notificationService(kind: NotificationRecord['kind']): ServiceDefinition {
  const guest = kind === 'guest';
  const type = guest
    ? 'SoftLayer_User_Customer_Notification_Virtual_Guest'
    : 'SoftLayer_User_Customer_Notification_Hardware';
  const idProperty = guest ? 'guestId' : 'hardwareId';
  const mine = (input: MethodInput) => input.context.state.notifications.filter((n) => n.kind === kind);

  /** The new notification a template asks for, checked against the account (nothing is stored yet). */
  const fromTemplate = (
    input: MethodInput,
    template: Record<string, unknown>,
  ): Omit<NotificationRecord, 'id'> => {
    const { state } = input.context;
    const serverId = toInteger(template[idProperty]);
    const userId = toInteger(template.userId);
    if (serverId === undefined) throw faults.missingParameter(`${idProperty} is required.`);
    if (userId === undefined) throw faults.missingParameter('userId is required.');
    if (!(guest ? state.guests : state.hardware).get(serverId)) throw faults.objectNotFound(serverId);
    if (!state.users.get(userId)) throw faults.objectNotFound(userId);
    if (mine(input).some((n) => n.serverId === serverId && n.userId === userId)) {
      throw faults.publicError(`User ${userId} is already notified about ${serverId}.`);
    }
    return { kind, serverId, userId, createdAt: input.context.now };
  };

  const create = (
    input: MethodInput,
    templates: readonly Record<string, unknown>[],
  ): NotificationRecord[] => {
    const wanted = templates.map((template) => fromTemplate(input, template));
    const { state } = input.context;
    return state.mutate(() =>
      wanted.map((notification) =>
        state.notifications.insert({ id: state.allocateId('notification'), ...notification }),
      ),
    );
  };

  return {
    name: type,
    type,
    find: (id, context) => {
      const found = context.state.notifications.get(id);
      return found?.kind === kind ? found : undefined;
    },
    methods: {
      // Answered with the server and the user even without a mask (slcli's `notification-add` reads both).
      createObject: (input) =>
        row(
          type,
          create(input, [objectArg(input.call.args, 0, type)])[0],
          guest ? 'mask[guest,user]' : 'mask[hardware,user]',
        ),
      createObjects: (input) => {
        const list = listArg(input.call.args, 0, `${type} templates`);
        return rows(
          type,
          create(
            input,
            list.map((_, index) => objectArg(list, index, type)),
          ),
        );
      },
      deleteObjects: (input) => {
        const list = listArg(input.call.args, 0, `${type} templates`);
        const ids = list.map((template) => toInteger((template as { id?: unknown } | null)?.id));
        const { state } = input.context;
        // Every id must name a notification of this kind before any is deleted.
        for (const [index, id] of ids.entries()) {
          const found = id === undefined ? undefined : state.notifications.get(id);
          if (found?.kind !== kind) throw faults.objectNotFound((list[index] as { id?: unknown } | null)?.id);
        }
        state.mutate(() => {
          for (const id of ids) state.notifications.delete(id as number);
        });
        return value(true);
      },
      [guest ? 'findByGuestId' : 'findByHardwareId']: (input) => {
        const serverId = integerArg(input.call.args, 0, idProperty);
        // Answered with the server and the user even without a mask (slcli's `vs notifications` reads both).
        return {
          kind: 'rows',
          type,
          rows: mine(input).filter((n) => n.serverId === serverId),
          defaultMask: guest ? 'mask[guest,user]' : 'mask[hardware,user]',
        };
      },
    },
  };
}

export const guestNotificationService: ServiceDefinition = notificationService('guest');
export const hardwareNotificationService: ServiceDefinition = notificationService('hardware');
