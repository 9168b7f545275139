import { createHash } from 'node:crypto';
import { faults } from '../api-fault';
import type { SshKeyRecord } from '../data/records';
import { objectArg } from './arguments';
import { row, type ServiceDefinition, value } from './service-definition';

const KEY_SHAPE = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=.]+( .*)?$/;

/** The MD5 fingerprint the API shows (`aa:bb:...`), from the key's base64 body. */
function fingerprintOf(key: string): string {
  const body = key.split(' ')[1] ?? '';
  return createHash('md5')
    .update(Buffer.from(body, 'base64'))
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:');
}

export const sshKeyService: ServiceDefinition = {
  name: 'SoftLayer_Security_Ssh_Key',
  type: 'SoftLayer_Security_Ssh_Key',
  find: (id, context) => context.state.sshKeys.get(id),
  methods: {
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Security_Ssh_Key template');
      const key = typeof template.key === 'string' ? template.key.trim() : '';
      if (!KEY_SHAPE.test(key))
        throw faults.invalidValue('Invalid SSH key. The key must be an OpenSSH public key.');
      const { state } = input.context;
      const fingerprint = fingerprintOf(key);
      if (state.sshKeys.all().some((existing) => existing.fingerprint === fingerprint)) {
        throw faults.publicError('The SSH key already exists on this account.');
      }
      const record = state.mutate(() => {
        const created: SshKeyRecord = {
          id: state.allocateId('sshKey'),
          label:
            typeof template.label === 'string' && template.label
              ? template.label
              : `key-${fingerprint.slice(0, 5)}`,
          key,
          fingerprint,
          createdAt: input.context.now,
          modifiedAt: input.context.now,
          ...(typeof template.notes === 'string' ? { notes: template.notes } : {}),
        };
        state.sshKeys.insert(created);
        return created;
      });
      return row('SoftLayer_Security_Ssh_Key', record);
    },
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Security_Ssh_Key template');
      const key = input.row as SshKeyRecord;
      input.context.state.mutate(() => {
        if (typeof template.label === 'string') key.label = template.label;
        if (typeof template.notes === 'string') key.notes = template.notes;
        key.modifiedAt = input.context.now;
      });
      return value(true);
    },
    deleteObject: (input) => {
      const key = input.row as SshKeyRecord;
      const { state } = input.context;
      state.mutate(() => {
        state.sshKeys.delete(key.id);
        for (const guest of state.guests.all()) {
          if (guest.sshKeyIds.includes(key.id))
            guest.sshKeyIds = guest.sshKeyIds.filter((id) => id !== key.id);
        }
      });
      return value(true);
    },
  },
};
