import type { ObjectStorageManager } from '@sl/managers';
import { Table } from '../../../output/table';

type Credential = Awaited<ReturnType<ObjectStorageManager['listCredential']>>[number];

/** An account's credentials: id, secret key (`password`), access key (`username`) and type. */
export function credentialTable(credentials: readonly Credential[]): Table {
  const table = new Table(['id', 'password', 'username', 'type_name']);
  for (const credential of credentials) {
    table.addRow([credential.id, credential.password, credential.username, credential.type?.name]);
  }
  return table;
}
