import { describe, expect, it } from 'vitest';
import { UserManager } from '../src/user-manager';
import { expectRefused, recordingClient } from './support';

describe('UserManager.createUser without a password', () => {
  it('sends nil for the password, as the reference sends None (the user is emailed to set one)', async () => {
    const { client, calls } = recordingClient();
    await new UserManager(client).createUser({ username: 'nopass', email: 'n@example.com' }, null);
    expect(calls.map((call) => [call.service, call.method, call.args])).toEqual([
      [
        'SoftLayer_User_Customer',
        'createObject',
        [{ username: 'nopass', email: 'n@example.com' }, null, null],
      ],
    ]);
  });

  it('refuses a password that is neither text nor null', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await expectRefused(
      [
        [
          'number',
          () => users.createUser({ username: 'x1x', email: 'x@y.z' }, 5 as unknown as string),
          /text or null/,
        ],
      ],
      calls,
    );
  });
});
