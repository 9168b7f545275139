import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { resolveHardware } from './resolve-hardware';

const RANGE_COLUMNS = ['Sensor', 'Status', 'Reading', 'Critical Min', 'Min', 'Max', 'Critical Max'];

/** slcli's tables by `sensorUnits`, in its printing order. */
const TABLES = [
  { units: 'degrees C', title: 'Temperature (c)' },
  { units: 'RPM', title: 'RPM' },
  { units: 'Volts', title: 'Volts' },
  { units: 'Watts', title: 'Watts' },
] as const;

const command: CommandSpec = defineCommand({
  name: 'sensor',
  description: 'Retrieve a server’s hardware state via its internal sensors.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--discrete', description: 'Show discrete units associated hardware sensor' }],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const sensors = await manager.getSensors(id);
    for (const { units, title } of TABLES) {
      const table = new Table(RANGE_COLUMNS, { title });
      for (const sensor of sensors.filter((item) => item.sensorUnits === units)) {
        table.addRow([
          sensor.sensorId,
          sensor.status,
          sensor.sensorReading,
          sensor.lowerCritical,
          sensor.lowerNonCritical,
          sensor.upperNonCritical,
          sensor.upperCritical,
        ]);
      }
      context.print(table);
    }
    if (options.discrete) {
      const table = new Table(['Sensor', 'Status', 'Reading'], { title: 'Discrete' });
      for (const sensor of sensors.filter((item) => item.sensorUnits === 'discrete')) {
        table.addRow([sensor.sensorId, sensor.status, sensor.sensorReading]);
      }
      context.print(table);
    }
    return undefined;
  },
});

export default command;
