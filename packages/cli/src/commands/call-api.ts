import { type CommandSpec, defineCommand, integer, list, text } from '../define-command';
import { buildCallFilter } from './call-api/build-call-filter';
import { parseParameters } from './call-api/parse-parameters';
import { typescriptExample } from './call-api/typescript-example';

/** Items per page and pages in flight when `call-api` walks a list without `--limit`. */
const PAGE_SIZE = 2000;
const CONCURRENCY = 4;

const command: CommandSpec = defineCommand({
  name: 'call-api',
  description: 'Call arbitrary API endpoints with the given SERVICE and METHOD.',
  help: `For parameters that require a datatype, use a JSON string for that parameter.
Without --limit, a list is fetched in pages of ${PAGE_SIZE}, ${CONCURRENCY} at a time, in order (getObject: one call).

Example:
    sl call-api Account getObject
    sl call-api Account getVirtualGuests --limit=10 --mask=id,hostname
    sl call-api Virtual_Guest getObject --id=12345
    sl call-api Metric_Tracking_Object getBandwidthData --id=1234 "2015-01-01 00:00:00" "2015-01-1 12:00:00" public
    sl call-api Account getVirtualGuests -f 'virtualGuests.datacenter.name=dal05' -f 'virtualGuests.maxCpu=4' \\
        --mask=id,hostname,datacenter.name,maxCpu
    sl call-api Account getVirtualGuests -f 'virtualGuests.datacenter.name IN dal05,sng01'
    sl call-api Account getVirtualGuests --json-filter '{"virtualGuests":{"hostname":{"operation":"^= test"}}}' --limit=10
    sl call-api Account getVirtualGuests --orderBy virtualGuests.id=ASC
    sl call-api Account getVirtualGuests --mask id,hostname --output-typescript`,
  arguments: [
    { name: 'service' },
    { name: 'method' },
    { name: 'parameters', required: false, variadic: true },
  ],
  options: [
    { flags: '--id <id>', description: 'Init parameter' },
    {
      flags: '-f, --filter <filter>',
      description:
        "Object filters. This should be of the form: 'property=value' or 'nested.property=value'. Complex filters should use --json-filter.",
      multiple: true,
    },
    { flags: '--mask <mask>', description: 'String-based object mask' },
    { flags: '--limit <limit>', description: 'Result limit', integer: true },
    { flags: '--offset <offset>', description: 'Result offset', integer: true },
    {
      flags: '--orderBy <property>',
      description: "Sort by 'nested.property' (DESC) or 'nested.property=ASC'.",
    },
    {
      flags: '--output-typescript',
      description: 'Show TypeScript example code instead of executing the call',
    },
    { flags: '--no-output-typescript', description: 'Execute the call (the default)' },
    {
      flags: '--json-filter <json>',
      description:
        'A JSON string to be passed in as the object filter to the API call. Can NOT be used with --filter.',
    },
  ],
  async run(context, { args, options }) {
    const service = text(args.service) ?? '';
    const method = text(args.method) ?? '';
    const parameters = parseParameters(list(args.parameters), (message) => context.note(message));
    const filter = buildCallFilter({
      filters: list(options.filter),
      orderBy: text(options.orderBy),
      jsonFilter: text(options.jsonFilter),
    });
    const id = text(options.id);
    const mask = text(options.mask);
    const limit = integer(options.limit);
    const offset = integer(options.offset);
    if (options.outputTypescript) {
      return typescriptExample({ service, method, args: parameters, id, mask, filter, limit, offset });
    }
    const client = await context.client();
    const callOptions = {
      args: parameters,
      ...(id === undefined ? {} : { id }),
      ...(mask ? { mask } : {}),
      ...(filter ? { filter } : {}),
    };
    let result: unknown;
    if (limit !== undefined || method === 'getObject') {
      result = await client.call(service, method, {
        ...callOptions,
        limit,
        ...(offset === undefined ? {} : { offset }),
      });
    } else {
      // The first page tells whether the answer is a list at all; the rest come concurrently, in order.
      const first = offset ?? 0;
      result = await client.call(service, method, { ...callOptions, limit: PAGE_SIZE, offset: first });
      if (Array.isArray(result) && result.length === PAGE_SIZE) {
        const items: unknown[] = [...result];
        const rest = client.iterCall(service, method, {
          ...callOptions,
          offset: first + PAGE_SIZE,
          pageSize: PAGE_SIZE,
          concurrency: CONCURRENCY,
          stableOrder: false,
        });
        for await (const item of rest) {
          items.push(item);
          if (items.length % PAGE_SIZE === 0)
            context.progress(`${service}::${method}: ${items.length} items`);
        }
        context.endProgress();
        result = items;
      }
    }
    const { iterToTable } = await import('../output/iter-to-table');
    return iterToTable(result);
  },
});

export default command;
