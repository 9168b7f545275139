import { faults } from '../api-fault';
import type { MessageDeliveryAccountRecord } from '../data/records';
import { accountOverview, deliveryStatistics } from '../models/message-delivery-account';
import { objectArg, stringArg, toInteger } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** The `days` of getStatistics: the options container's `days`, or the older positional form's fifth argument. */
function statisticsDays(args: readonly unknown[]): number {
  const first = args[0];
  const given =
    first !== null && typeof first === 'object' && !Array.isArray(first)
      ? toInteger((first as Record<string, unknown>).days)
      : toInteger(args[4]);
  const days = given ?? 30;
  if (days < 1 || days > 365) throw faults.invalidValue(`Days must be between 1 and 365, got ${days}.`);
  return days;
}

/** SendGrid email delivery accounts: overview, statistics, credentials and address. */
export const emailDeliveryService: ServiceDefinition = {
  name: 'SoftLayer_Network_Message_Delivery_Email_Sendgrid',
  type: 'SoftLayer_Network_Message_Delivery_Email_Sendgrid',
  find: (id, context) => context.state.messageDeliveryAccounts.get(id),
  methods: {
    getAccountOverview: (input) => value(accountOverview(input.row as MessageDeliveryAccountRecord)),
    getStatistics: (input) =>
      value(
        deliveryStatistics(
          input.row as MessageDeliveryAccountRecord,
          statisticsDays(input.call.args),
          input.context.now,
        ),
      ),
    editObject: (input) => {
      const account = input.row as MessageDeliveryAccountRecord;
      const template = objectArg(input.call.args, 0, 'SoftLayer_Network_Message_Delivery template');
      const username = template.username;
      const password = template.password;
      if (username !== undefined && (typeof username !== 'string' || username.trim().length < 3)) {
        throw faults.invalidValue('The username must be at least 3 characters.');
      }
      if (password !== undefined && (typeof password !== 'string' || password.length < 8)) {
        throw faults.invalidValue('The password must be at least 8 characters.');
      }
      input.context.state.mutate(() => {
        if (typeof username === 'string') account.username = username.trim();
        if (typeof password === 'string') account.password = password;
        account.modifiedAt = input.context.now;
      });
      return value(true);
    },
    updateEmailAddress: (input) => {
      const account = input.row as MessageDeliveryAccountRecord;
      const email = stringArg(input.call.args, 0, 'emailAddress');
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        throw faults.invalidValue(`${email} is not a valid email address.`);
      }
      input.context.state.mutate(() => {
        account.emailAddress = email;
        account.modifiedAt = input.context.now;
      });
      return value(true);
    },
  },
};
