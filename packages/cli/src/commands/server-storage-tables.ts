import { Table } from '../output/table';
import { lookup } from './lookup';

interface Volume {
  username?: string;
  capacityGb?: number;
  serviceResourceBackendIpAddress?: string;
  notes?: string;
}

interface Credentials {
  name?: string;
  credential?: { username?: string; password?: string };
}

/**
 * slcli's `storage` tables for a server or a guest (hardware and virtual `storage`): the iSCSI credentials, the block
 * (iSCSI) volumes and the file (NAS) volumes, each volume's location read from its first allowed device (`hosts`).
 */
export function serverStorageTables<V extends Volume>(
  credentials: Credentials | null | undefined,
  iscsi: readonly V[],
  nas: readonly V[],
  hosts: (volume: V) => readonly unknown[] | undefined,
): { credentials: Table; iscsi: Table; nas: Table } {
  const credentialTable = new Table(['Username', 'Password', 'IQN'], {
    title: 'Block Storage Details \n iSCSI',
  });
  if (credentials) {
    credentialTable.addRow([
      credentials.credential?.username,
      credentials.credential?.password,
      credentials.name,
    ]);
  }
  const volumeTable = (columns: string[], volumes: readonly V[], title?: string): Table => {
    const table = new Table(columns, { title });
    for (const volume of volumes) {
      table.addRow([
        volume.username,
        volume.capacityGb,
        volume.serviceResourceBackendIpAddress,
        lookup(hosts(volume)?.[0], 'datacenter', 'longName'),
        volume.notes ?? null,
      ]);
    }
    return table;
  };
  return {
    credentials: credentialTable,
    iscsi: volumeTable(['LUN name', 'capacity', 'Target address', 'Location', 'Notes'], iscsi),
    nas: volumeTable(
      ['Volume name', 'capacity', 'Host Name', 'Location', 'Notes'],
      nas,
      'File Storage Details',
    ),
  };
}
