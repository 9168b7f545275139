import { formatApiDate } from '../data/dates';
import type { MessageDeliveryAccountRecord } from '../data/records';
import { defineModel, type TypeModel } from './type-model';

const TYPES: Record<MessageDeliveryAccountRecord['typeKeyName'], { id: number; description: string }> = {
  FREE_PACKAGE: { id: 21, description: 'Free Package' },
  BASIC: { id: 22, description: 'Basic Package' },
  ENTERPRISE: { id: 23, description: 'Enterprise Package' },
};

/** A SendGrid email delivery account with its type, vendor and billing item. */
export const messageDeliveryAccountModel: TypeModel<unknown> = defineModel<MessageDeliveryAccountRecord>({
  type: 'SoftLayer_Network_Message_Delivery_Email_Sendgrid',
  local(account, context) {
    return {
      id: account.id,
      accountId: context.state.accountId,
      username: account.username,
      emailAddress: account.emailAddress,
      smtpAccess: account.smtpAccess ? '1' : '0',
      typeId: TYPES[account.typeKeyName].id,
      vendorId: 1,
      createDate: formatApiDate(account.createdAt),
      modifyDate: formatApiDate(account.modifiedAt),
    };
  },
  relations: {
    type: {
      type: 'SoftLayer_Network_Message_Delivery_Type',
      get: (account) => ({ ...TYPES[account.typeKeyName], keyName: account.typeKeyName, name: 'Email' }),
    },
    vendor: {
      type: 'SoftLayer_Network_Message_Delivery_Vendor',
      get: () => ({ id: 1, keyName: 'SENDGRID', name: 'SendGrid' }),
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (account) => ({
        id: 830_000_000 + (account.id % 1_000_000),
        categoryCode: 'network_message_delivery',
        description: `${TYPES[account.typeKeyName].description} (SendGrid)`,
        createDate: formatApiDate(account.createdAt),
        recurringFee: account.typeKeyName === 'FREE_PACKAGE' ? '0' : '9.95',
      }),
    },
  },
});

/** The account's SendGrid overview: credits (a month's volume), what is used, reputation. */
export function accountOverview(account: MessageDeliveryAccountRecord): Record<string, unknown> {
  const allowed = account.typeKeyName === 'FREE_PACKAGE' ? 3000 : 100_000;
  const used = Math.min(allowed, account.dailyVolume * 20);
  return {
    creditsAllowed: allowed,
    creditsRemain: allowed - used,
    creditsOverage: 0,
    creditsUsed: used,
    package: TYPES[account.typeKeyName].description,
    reputation: 100 - (account.id % 3),
    requests: used,
  };
}

/** Daily statistics for the last `days` days (newest last), derived from the account's volume. */
export function deliveryStatistics(
  account: MessageDeliveryAccountRecord,
  days: number,
  now: number,
): Record<string, unknown>[] {
  const day = 86_400_000;
  return Array.from({ length: days }, (_, index) => {
    const requests = account.dailyVolume + ((account.id + index * 37) % 50);
    const bounces = Math.floor(requests / 97);
    return {
      date: formatApiDate(now - (days - 1 - index) * day).slice(0, 10),
      requests,
      delivered: requests - bounces,
      bounces,
      opens: Math.floor(requests * 0.41),
      uniqueOpens: Math.floor(requests * 0.33),
      clicks: Math.floor(requests * 0.07),
      uniqueClicks: Math.floor(requests * 0.05),
      spamReports: (account.id + index) % 4 === 0 ? 1 : 0,
      blocks: 0,
      invalidEmail: Math.floor(bounces / 3),
      repeatBounces: 0,
      repeatSpamReports: 0,
      repeatUnsubscribes: 0,
      unsubscribes: (account.id + index) % 5 === 0 ? 1 : 0,
    };
  });
}
