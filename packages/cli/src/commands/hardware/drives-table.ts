import { pythonStr } from '../../output/python-text';
import { Table } from '../../output/table';
import type { HardDrive } from './resolve-hardware';

/** slcli's hard drive rows (`detail`, `storage`): manufacturer and model, capacity with its units, serial. */
export function drivesTable(drives: readonly HardDrive[], withType = false): Table {
  const table = new Table([...(withType ? ['Type'] : []), 'Name', 'Capacity', 'Serial #']);
  for (const drive of drives) {
    const model = drive.hardwareComponentModel;
    const generic = model?.hardwareGenericComponentModel;
    table.addRow([
      ...(withType ? [generic?.hardwareComponentType?.type] : []),
      `${model?.manufacturer} ${model?.name}`,
      `${pythonStr(generic?.capacity ?? null)} ${pythonStr(generic?.units ?? null)}`,
      drive.serialNumber,
    ]);
  }
  return table;
}
