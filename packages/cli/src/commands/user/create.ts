import { randomInt } from 'node:crypto';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { requiredText } from '../required-option';
import { parseTemplate } from './parse-template';
import { resolveUser } from './resolve-user';

/** What the new user copies from the template user (its id is dropped: the API refuses a template with one). */
const TEMPLATE_MASK =
  'mask[id, firstName, lastName, email, companyName, address1, city, country, postalCode, state, userStatusId, ' +
  'timezoneId]';

const LETTERS_AND_DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** `-p generate`: 20 letters and digits, then 3 punctuation characters (as the reference's), from a secure source. */
function generatePassword(): string {
  const pick = (alphabet: string, count: number) =>
    Array.from({ length: count }, () => alphabet[randomInt(alphabet.length)]).join('');
  return pick(LETTERS_AND_DIGITS, 20) + pick(PUNCTUATION, 3);
}

/** The fault of a user the API hands to the Platform Services first (created a little later). */
const DELEGATED = 'SoftLayer_Exception_User_Customer_DelegateIamIdInvitationToPaas';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Creates a user Users.',
  help: `Remember to set the permissions and access for this new user.

Example::

    slcli user create my@email.com -e my@email.com -p generate -a
    -t '{"firstName": "Test", "lastName": "Testerson"}'`,
  arguments: [{ name: 'username' }],
  options: [
    {
      flags: '-e, --email <email>',
      description: 'Email address for this user. Required for creation.',
    },
    {
      flags: '-p, --password <password>',
      description:
        'Password to set for this user. If no password is provided, user will be sent an email to generate one, ' +
        "which expires in 24 hours.  '-p generate' will create a password for you. Passwords require 8+ " +
        'characters, upper and lowercase, a number and a symbol.',
    },
    {
      flags: '-u, --from-user <user>',
      description:
        'Base user to use as a template for creating this user. Will default to the user running this command. ' +
        'Information provided in --template supersedes this template.',
    },
    {
      flags: '-t, --template <json>',
      description:
        'A json string describing https://softlayer.github.io/reference/datatypes/SoftLayer_User_Customer/',
    },
  ],
  async run(context, { args, options }) {
    const email = requiredText(options.email, "'--email' / '-e'");
    const manager = await context.manager('UserManager');
    const fromUser = text(options.fromUser);
    const template: Record<string, unknown> =
      fromUser === undefined
        ? { ...(await manager.getCurrentUser({ mask: TEMPLATE_MASK })) }
        : { ...(await manager.getUser(await resolveUser(manager, fromUser), { mask: TEMPLATE_MASK })) };
    delete template.id;
    const given = text(options.template);
    if (given !== undefined) Object.assign(template, parseTemplate(given));
    template.username = text(args.username);
    let password = text(options.password) ?? null;
    if (password === 'generate') password = generatePassword();
    template.email = email;

    if (!context.options.really) {
      const preview = new KeyValueTable(['name', 'value']);
      for (const [key, value] of Object.entries(template)) preview.addRow([key, value]);
      preview.addRow(['password', password]);
      context.out('You are about to create the following user...\n');
      context.print(preview);
      if (!(await context.confirm('Do you wish to continue?'))) throw new CliError('Canceling creation!');
    }

    const created = await manager.createUser(template, password).catch((error: unknown) => {
      if ((error as { faultCode?: string }).faultCode === DELEGATED) {
        throw new CliError(
          'Your request for a new user was received, but it needs to be processed by the Platform Services API ' +
            'first. Barring any errors on the Platform Services side, your new user should be created shortly.',
          1,
        );
      }
      throw error;
    });
    const table = new Table(['Username', 'Email', 'Password']);
    table.addRow([created.username, created.email, password]);
    return table;
  },
});

export default command;
