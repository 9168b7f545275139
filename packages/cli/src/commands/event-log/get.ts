import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { cleanTime } from '../clean-time';

const command: CommandSpec = defineCommand({
  name: 'get',
  description: 'Get Event Logs',
  help: `Example:
    sl event-log get -d 01/01/2019 -D 02/01/2019 -t User -l 10`,
  options: [
    {
      flags: '-d, --date-min <date>',
      description: 'The earliest date we want to search for event logs in mm/dd/yyyy format.',
    },
    {
      flags: '-D, --date-max <date>',
      description: 'The latest date we want to search for event logs in mm/dd/yyyy format.',
    },
    { flags: '-e, --obj-event <event>', description: 'The event we want to get event logs for' },
    {
      flags: '-i, --obj-id <id>',
      description: 'The id of the object we want to get event logs for',
      integer: true,
    },
    { flags: '-t, --obj-type <type>', description: 'The type of the object we want to get event logs for' },
    {
      flags: '-z, --utc-offset <offset>',
      description: 'UTC Offset for searching with dates. +/-HHMM format',
      default: '-0000',
    },
    { flags: '--metadata', description: 'Display metadata if present' },
    { flags: '--no-metadata', description: 'Do not display metadata (the default)' },
    {
      flags: '-l, --limit <limit>',
      description: 'Total number of result to return. -1 to return ALL, there may be a LOT of these.',
      integer: true,
      default: 50,
    },
  ],
  async run(context, { options }) {
    const { EventLogManager } = await import('@sl/managers/event-log-manager');
    const dateMin = text(options.dateMin);
    const dateMax = text(options.dateMax);
    const eventName = text(options.objEvent);
    const objectId = integer(options.objId);
    const objectType = text(options.objType);
    const filter = EventLogManager.buildFilter({
      ...(dateMin ? { dateMin } : {}),
      ...(dateMax ? { dateMax } : {}),
      utcOffset: text(options.utcOffset) ?? '-0000',
      ...(eventName ? { eventName } : {}),
      ...(objectId ? { objectId } : {}),
      ...(objectType ? { objectType } : {}),
    });
    const withMetadata = options.metadata === true;
    const limit = integer(options.limit) ?? 50;
    const columns = ['Event', 'Object', 'Type', 'Date', 'Username', ...(withMetadata ? ['Metadata'] : [])];
    context.out(`${columns.join(', ')}\n`);
    const users = await context.manager('UserManager');
    const usernames = new Map<number, string>();
    let rows = 0;
    for await (const log of (await context.manager('EventLogManager')).iterEventLogs({ filter })) {
      let user = String(log.userType);
      if (user === 'CUSTOMER' && log.userId !== undefined) {
        let username = usernames.get(log.userId);
        if (username === undefined) {
          username = String((await users.getUser(log.userId, { mask: 'mask[username]' })).username);
          usernames.set(log.userId, username);
        }
        user = username;
      }
      const fields = [log.eventName, log.label ?? '', log.objectName, cleanTime(log.eventCreateDate), user];
      if (withMetadata) fields.push(String(log.metaData ?? '').replace(/^[\n\t]+|[\n\t]+$/g, ''));
      context.out(`${fields.map((field) => `'${field}'`).join(',')}\n`);
      rows += 1;
      if (rows >= limit && limit !== -1) break;
    }
  },
});

export default command;
