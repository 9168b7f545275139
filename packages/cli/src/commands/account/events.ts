import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { printEach } from './print-each';
import { cleanSplitlines } from './python-helpers';

type Event = {
  id?: number;
  systemTicketId?: number;
  subject?: string;
  statusCode?: { name?: string };
  impactedResourceCount?: number;
  startDate?: string;
  endDate?: string;
  modifyDate?: string;
  acknowledgedFlag?: unknown;
  updateCount?: number;
};

/** The reference's `verify_date`: a real day as mm/dd/yyyy. */
function isDate(text: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return false;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type EventColumn = [string, (event: Event) => unknown];

const ID: EventColumn = ['Id', (event) => event.id];
const EVENT_ID: EventColumn = ['Event ID', (event) => event.systemTicketId];
const SUBJECT: EventColumn = ['Subject', (event) => cleanSplitlines(event.subject)];
const STATUS: EventColumn = ['Status', (event) => event.statusCode?.name];
const ITEMS: EventColumn = ['Items', (event) => event.impactedResourceCount];
const START: EventColumn = ['Start Date', (event) => cleanTime(event.startDate)];
const ACKNOWLEDGED: EventColumn = ['Acknowledged', (event) => event.acknowledgedFlag];
const UPDATES: EventColumn = ['Updates', (event) => event.updateCount];

const PLANNED: readonly EventColumn[] = [
  ['Event Data', (event) => cleanTime(event.startDate)],
  ID,
  EVENT_ID,
  SUBJECT,
  STATUS,
  ITEMS,
  START,
  ['End Date', (event) => cleanTime(event.endDate)],
  ACKNOWLEDGED,
  UPDATES,
];
const UNPLANNED: readonly EventColumn[] = [
  ID,
  EVENT_ID,
  SUBJECT,
  STATUS,
  ITEMS,
  START,
  ['Last Updated', (event) => cleanTime(event.modifyDate)],
  ACKNOWLEDGED,
  UPDATES,
];
const ANNOUNCEMENT: readonly EventColumn[] = [ID, EVENT_ID, SUBJECT, STATUS, ITEMS, ACKNOWLEDGED, UPDATES];

function eventTable(title: string, columns: readonly EventColumn[], events: readonly Event[]): Table {
  const table = new Table(
    columns.map(([name]) => name),
    { title },
  );
  for (const event of events) table.addRow(columns.map(([, read]) => read(event)));
  return table;
}

const plannedTable = (events: readonly Event[]): Table => eventTable('Planned Events', PLANNED, events);
const unplannedTable = (events: readonly Event[]): Table => eventTable('Unplanned Events', UNPLANNED, events);
const announcementTable = (events: readonly Event[]): Table =>
  eventTable('Announcement Events', ANNOUNCEMENT, events);

const command: CommandSpec = defineCommand({
  name: 'events',
  description: 'Summary and acknowledgement of upcoming and ongoing maintenance events',
  options: [
    { flags: '--announcement', description: 'Show only announcement events.', default: false },
    {
      flags: '--ack-all',
      description:
        'Acknowledge every upcoming event. Doing so will turn off the popup in the control portal.',
      default: false,
    },
    {
      flags: '--date-min <date>',
      description: 'Earliest date to retrieve events for [MM/DD/YYYY]. Default: 2 days ago.',
    },
    { flags: '--planned', description: 'Show only planned events.', default: false },
    { flags: '--unplanned', description: 'Show only unplanned events.', default: false },
  ],
  async run(context, { options }) {
    const dateMin = text(options.dateMin);
    if (dateMin !== undefined && !isDate(dateMin)) {
      throw new CliError('Date invalid, example date: mm/dd/yyyy, 01/15/2023.');
    }
    const manager = await context.manager('AccountManager');
    const [planned, unplanned, announcements] = (await Promise.all(
      (['PLANNED', 'UNPLANNED_INCIDENT', 'ANNOUNCEMENT'] as const).map((type) =>
        manager.getUpcomingEvents(type, { dateMin }),
      ),
    )) as Event[][];
    if (options.ackAll === true) {
      for (const event of [...(planned ?? []), ...(unplanned ?? []), ...(announcements ?? [])]) {
        event.acknowledgedFlag = await manager.ackEvent(Number(event.id));
      }
    }
    const only = [
      options.planned === true && plannedTable(planned ?? []),
      options.unplanned === true && unplannedTable(unplanned ?? []),
      options.announcement === true && announcementTable(announcements ?? []),
    ].filter((table): table is Table => table !== false);
    printEach(
      context,
      only.length > 0
        ? only
        : [
            plannedTable(planned ?? []),
            unplannedTable(unplanned ?? []),
            announcementTable(announcements ?? []),
          ],
    );
  },
});

export default command;
