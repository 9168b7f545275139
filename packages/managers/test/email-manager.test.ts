import { ObjectNotFoundError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountManager } from '../src/account-manager';
import { EmailManager } from '../src/email-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('EmailManager asks what the reference asks', () => {
  it.each([
    ['email.get_account_overview(1232123)', (e: EmailManager) => e.getAccountOverview(1232123)],
    ['email.get_statistics(1232123)', (e: EmailManager) => e.getStatistics(1232123)],
    ['email.get_instance(1232123)', (e: EmailManager) => e.getInstance(1232123)],
    [
      "email.editObject(1232123, username='test_CLI@ie.ibm.com', password='secret')",
      (e: EmailManager) => e.editObject(1232123, { username: 'test_CLI@ie.ibm.com', password: 'secret' }),
    ],
    [
      "email.update_email(1232123, 'test@ibm.com')",
      (e: EmailManager) => e.updateEmail(1232123, 'test@ibm.com'),
    ],
    ["email.resolve_ids('1232123')", (e: EmailManager) => e.resolveIds('1232123')],
  ])('%s', async (name, run) => {
    const { client, calls } = recordingClient();
    await run(new EmailManager(client));
    expectSameCalls(name, calls);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const email = new EmailManager(client);
    await expectRefused(
      [
        ['editObject with nothing', () => email.editObject(1, {}), /give a username or a password/],
        ['updateEmail("nope")', () => email.updateEmail(1, 'nope'), /not an email address/],
        ['getStatistics(days 0)', () => email.getStatistics(1, { days: 0 }), /days/],
        ['getStatistics(days 400)', () => email.getStatistics(1, { days: 400 }), /at most 365/],
        ['getInstance(uuid)', () => email.getInstance('0f3c2a1e-1111-4222-8333-944445555666'), /by its id/],
      ],
      calls,
    );
  });
});

describe('EmailManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let email: EmailManager;
  let accountId: number;
  beforeAll(async () => {
    setup = await startTestEmulator();
    email = new EmailManager(setup.client);
    accountId = (await new AccountManager(setup.client).getNetworkMessageDeliveryAccounts())[0]!.id!;
  });
  afterAll(() => setup.close());

  it('reads an account, its overview and 30 or 7 days of statistics', async () => {
    const instance = await email.getInstance(accountId);
    expect(instance).toMatchObject({ id: accountId, vendor: { keyName: 'SENDGRID' } });
    expect(instance.billingItem?.categoryCode).toBe('network_message_delivery');
    const overview = await email.getAccountOverview(accountId);
    expect(Number(overview.creditsAllowed)).toBe(
      Number(overview.creditsUsed) + Number(overview.creditsRemain),
    );
    expect(await email.getStatistics(accountId)).toHaveLength(30);
    const week = await email.getStatistics(accountId, { days: 7 });
    expect(week).toHaveLength(7);
    expect(Number(week[0]?.delivered)).toBeLessThanOrEqual(Number(week[0]?.requests));
  });

  it('changes the username, password and address; a bad one is the API fault and changes nothing', async () => {
    expect(await email.editObject(accountId, { username: 'mailer-prod', password: 'correct-horse-9' })).toBe(
      true,
    );
    expect(await email.updateEmail(accountId, 'ops@acme.example.com')).toBe(true);
    const record = setup.emulator.state.messageDeliveryAccounts.get(accountId)!;
    expect(record).toMatchObject({
      username: 'mailer-prod',
      password: 'correct-horse-9',
      emailAddress: 'ops@acme.example.com',
    });
    await expect(email.editObject(accountId, { password: 'short' })).rejects.toMatchObject({
      faultCode: expect.stringContaining('InvalidValue'),
    });
    expect(setup.emulator.state.messageDeliveryAccounts.get(accountId)?.password).toBe('correct-horse-9');
    await expect(email.getInstance(1)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });
});
