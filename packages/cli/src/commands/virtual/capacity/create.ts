import { CliError } from '../../../cli-error';
import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';
import { promptedText } from '../../required-option';

function whole(value: string, flags: string): number {
  if (!/^[-+]?\d+$/.test(value.trim())) {
    throw new CliError(`Error: Invalid value for ${flags}: '${value}' is not a valid integer.`);
  }
  return Number.parseInt(value, 10);
}

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Create a Reserved Capacity instance.',
  help:
    '*WARNING*\n' +
    'Reserved Capacity is on a yearly contract and not cancelable until the contract is expired.',
  options: [
    { flags: '-n, --name <name>', description: 'Name for your new reserved capacity' },
    {
      flags: '-b, --backend_router_id <id>',
      description: 'backendRouterId, create-options has a list of valid ids to use.',
    },
    { flags: '-f, --flavor <flavor>', description: 'Capacity keyname (C1_2X2_1_YEAR_TERM for example).' },
    {
      flags: '-i, --instances <count>',
      description: 'Number of VSI instances this capacity reservation can support.',
    },
    { flags: '--test', description: 'Do not actually create the virtual server' },
  ],
  async run(context, { options }) {
    const name = await promptedText(context, options.name, 'Name');
    const router = whole(
      await promptedText(context, options.backend_router_id, 'Backend router id'),
      "'--backend_router_id' / '-b'",
    );
    const flavor = await promptedText(context, options.flavor, 'Flavor');
    const instances = whole(
      await promptedText(context, options.instances, 'Instances'),
      "'--instances' / '-i'",
    );
    const test = options.test === true;
    const manager = await context.manager('CapacityManager');
    const result = await manager.create(name, router, flavor, instances, { test }).catch((error: unknown) => {
      // An unknown flavor is the reference's `SoftLayerError` (exit 1), not a usage error.
      const { code, message } = error as { code?: string; message?: string };
      throw code === 'SL_NOT_FOUND' ? new CliError(String(message), 1) : error;
    });
    if (test) {
      const container = lookup(result, 'orderContainers', '0');
      const table = new Table(['Name', 'Value'], { title: 'Test Order' });
      table.addRow(['Name', lookup(container, 'name')]);
      table.addRow(['Location', lookup(container, 'locationObject', 'longName')]);
      const prices = lookup(container, 'prices');
      for (const price of Array.isArray(prices) ? prices : []) {
        table.addRow(['Contract', lookup(price, 'item', 'description')]);
      }
      table.addRow(['Hourly Total', lookup(result, 'postTaxRecurring')]);
      return table;
    }
    const table = new Table(['Name', 'Value'], { title: 'Reciept' });
    table.addRow(['Order Date', lookup(result, 'orderDate')]);
    table.addRow(['Order ID', lookup(result, 'orderId')]);
    table.addRow(['status', lookup(result, 'placedOrder', 'status')]);
    table.addRow(['Hourly Total', lookup(result, 'orderDetails', 'postTaxRecurring')]);
    return table;
  },
});

export default command;
