import { createHash } from 'node:crypto';
import { faults } from '../api-fault';
import type { ObjectStorageAccountRecord } from '../data/records';
import {
  credentialView,
  OBJECT_STORAGE_CREDENTIAL_LIMIT,
  objectStorageEndpoints,
} from '../models/object-storage-account';
import { objectArg, toInteger } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** Cloud Object Storage accounts: endpoints, buckets and HMAC credentials. */
export const objectStorageService: ServiceDefinition = {
  name: 'SoftLayer_Network_Storage_Hub_Cleversafe_Account',
  type: 'SoftLayer_Network_Storage_Hub_Cleversafe_Account',
  find: (id, context) => context.state.objectStorageAccounts.get(id),
  methods: {
    getEndpoints: () => value(objectStorageEndpoints()),
    getBuckets: (input) =>
      value((input.row as ObjectStorageAccountRecord).buckets.map((bucket) => ({ ...bucket }))),
    getCredentialLimit: () => value(OBJECT_STORAGE_CREDENTIAL_LIMIT),
    credentialCreate: (input) => {
      const account = input.row as ObjectStorageAccountRecord;
      const { state, now } = input.context;
      if (account.credentials.length >= OBJECT_STORAGE_CREDENTIAL_LIMIT) {
        throw faults.publicError(
          `This account already has ${OBJECT_STORAGE_CREDENTIAL_LIMIT} credentials, the limit; delete one first.`,
        );
      }
      const credential = state.mutate(() => {
        const id = state.allocateId('objectStorageCredential');
        // Keys derived from the account and the credential id: the same account makes the same keys every run.
        const keys = createHash('sha256').update(`credential:${account.id}:${id}`).digest('hex');
        const created = { id, accessKey: keys.slice(0, 20), secretKey: keys.slice(16, 64), createdAt: now };
        account.credentials.push(created);
        return created;
      });
      // The metadata types the answer as a list; the API (and the reference, which reads `.get('id')`) give one.
      return value(credentialView(credential));
    },
    credentialDelete: (input) => {
      const account = input.row as ObjectStorageAccountRecord;
      const id = toInteger(objectArg(input.call.args, 0, 'SoftLayer_Network_Storage_Credential').id);
      const index = account.credentials.findIndex((credential) => credential.id === id);
      if (index < 0) throw faults.objectNotFound(id ?? 'credential');
      input.context.state.mutate(() => account.credentials.splice(index, 1));
      return value(true);
    },
  },
};
