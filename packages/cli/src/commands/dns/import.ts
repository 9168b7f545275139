import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { readPathOption } from '../read-path-option';
import { resolveId } from '../resolve-id';
import { describeZoneRecord, parseZoneFile } from './parse-zone-file';

const command: CommandSpec = defineCommand({
  name: 'import',
  description: 'Import zone based off a BIND zone file.',
  arguments: [{ name: 'zonefile' }],
  options: [{ flags: '--dry-run', description: "Don't actually create records" }],
  async run(context, { args, options }) {
    const path = text(args.zonefile) ?? '';
    const contents = readPathOption(path, "'ZONEFILE'");
    const { zone, records, badLines } = parseZoneFile(contents);
    context.out(`Parsed: zone=${zone}\n`);
    for (const record of records) context.out(`Parsed: ${describeZoneRecord(record)}\n`);
    for (const line of badLines) context.out(`Unparsed: ${line}\n`);
    if (options.dryRun) return;

    const manager = await context.manager('DnsManager');
    let zoneId: number;
    try {
      zoneId = await resolveId(manager, zone, 'zone');
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      zoneId = Number((await manager.createZone(zone)).id);
      context.out(`Created: ${zone}\n`);
    }
    for (const record of records) {
      try {
        await manager.createRecord(zoneId, record.record, record.type, record.data, { ttl: record.ttl });
        context.out(`Created: ${describeZoneRecord(record)}\n`);
      } catch (error) {
        const { describeError } = await import('../../report-error');
        context.out(`Failed: ${describeZoneRecord(record)}\n${describeError(error).message}\n`);
      }
    }
    context.out('Finished\n');
  },
});

export default command;
