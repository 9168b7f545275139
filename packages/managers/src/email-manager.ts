import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Account_Overview,
  SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Statistics,
  SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Statistics_Options,
  SoftLayer_Network_Message_Delivery_Email_Sendgrid,
} from '@sl/types';
import { checkMask, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, signalOption, withMask } from './list-options';
import { resolveId, resolveIds } from './resolve-ids';

/** An email delivery account: its id (there is no name to resolve, as in the reference). */
export type EmailAccountIdentifier = number | string;

/** What `EmailManager.getStatistics` takes besides the account. */
export interface EmailStatisticsOptions extends CallControl {
  /** How many days back (default 30, at most 365). */
  days?: number;
}

/** What `EmailManager.editObject` changes: the SendGrid username and/or password. */
export interface EmailAccountChanges extends CallControl {
  username?: string;
  password?: string;
}

const INSTANCE_MASK = 'emailAddress,type,billingItem,vendor';
const STATISTICS_SELECTORS = ['requests', 'delivered', 'opens', 'clicks', 'bounds'];

/**
 * Network message delivery (SendGrid email) accounts (`SoftLayer_Network_Message_Delivery_Email_Sendgrid`), as
 * the reference client's `EmailManager`. The account's delivery accounts are listed by
 * `AccountManager.getNetworkMessageDeliveryAccounts`.
 */
export class EmailManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The account's SendGrid overview: credits allowed, used and left, package, reputation, requests. */
  async getAccountOverview(
    account: EmailAccountIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Account_Overview> {
    const id = await this.resolveId(account);
    return this.#client.call('Network_Message_Delivery_Email_Sendgrid', 'getAccountOverview', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** Daily delivery statistics (requests, delivered, opens, clicks, bounces…) of the last `days` days (30). */
  async getStatistics(
    account: EmailAccountIdentifier,
    options: EmailStatisticsOptions = {},
  ): Promise<SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Statistics[]> {
    const days = checkPositive(options.days ?? 30, 'getStatistics: days');
    if (days > 365) throw invalid(`getStatistics: days must be at most 365, got ${days}`);
    const id = await this.resolveId(account);
    // The reference sends the API's older positional form (selectors, aggregates, days); the metadata now
    // describes one options container, and the API takes both.
    const args = [STATISTICS_SELECTORS, true, true, true, days] as unknown as [
      SoftLayer_Container_Network_Message_Delivery_Email_Sendgrid_Statistics_Options,
    ];
    return this.#client.call('Network_Message_Delivery_Email_Sendgrid', 'getStatistics', {
      id,
      args,
      ...signalOption(options.signal),
    });
  }

  /** One delivery account with its email address, type, billing item and vendor. */
  async getInstance(
    account: EmailAccountIdentifier,
    options: { mask?: string } & CallControl = {},
  ): Promise<SoftLayer_Network_Message_Delivery_Email_Sendgrid> {
    checkMask(options.mask);
    const id = await this.resolveId(account);
    return this.#client.call('Network_Message_Delivery_Email_Sendgrid', 'getObject', {
      id,
      ...withMask(options.mask, INSTANCE_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Changes the SendGrid username and/or password (at least one); resolves `true`. */
  async editObject(account: EmailAccountIdentifier, changes: EmailAccountChanges): Promise<boolean> {
    const template: { username?: string; password?: string } = {};
    if (changes?.username !== undefined)
      template.username = checkText(changes.username, 'editObject: username');
    if (changes?.password !== undefined)
      template.password = checkText(changes.password, 'editObject: password');
    if (Object.keys(template).length === 0)
      throw invalid('editObject: give a username or a password to change');
    const id = await this.resolveId(account);
    return this.#client.call('Network_Message_Delivery_Email_Sendgrid', 'editObject', {
      id,
      args: [template],
      ...signalOption(changes.signal),
    });
  }

  /** Changes the account's email address; resolves `true`. */
  async updateEmail(
    account: EmailAccountIdentifier,
    email: string,
    options: CallControl = {},
  ): Promise<boolean> {
    const address = checkText(email, 'updateEmail: the email address');
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw invalid(`updateEmail: ${address} is not an email address`);
    const id = await this.resolveId(account);
    return this.#client.call('Network_Message_Delivery_Email_Sendgrid', 'updateEmailAddress', {
      id,
      args: [address],
      ...signalOption(options.signal),
    });
  }

  /** The ids an identifier names: only ids (numbers or whole-number text), as in the reference. */
  resolveIds(identifier: EmailAccountIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, []);
  }

  /** The id an identifier names; `ManagerError` `SL_NOT_FOUND` (a name) or `SL_INVALID_ARGUMENT` (a UUID). */
  async resolveId(identifier: EmailAccountIdentifier): Promise<number> {
    const id = await resolveId(identifier, [], 'email delivery account');
    if (typeof id !== 'number')
      throw invalid(`an email delivery account is given by its id, got ${String(identifier)}`);
    return id;
  }
}
