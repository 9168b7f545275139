import { formatApiDate } from '../data/dates';
import type { SshKeyRecord } from '../data/records';
import { compact, defineModel, type TypeModel } from './type-model';

export const sshKeyModel: TypeModel<unknown> = defineModel<SshKeyRecord>({
  type: 'SoftLayer_Security_Ssh_Key',
  local(key) {
    return compact({
      id: key.id,
      label: key.label,
      key: key.key,
      fingerprint: key.fingerprint,
      notes: key.notes,
      createDate: formatApiDate(key.createdAt),
      modifyDate: formatApiDate(key.modifiedAt),
    });
  },
  relations: {},
});
