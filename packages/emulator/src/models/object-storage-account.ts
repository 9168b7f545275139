import { formatApiDate } from '../data/dates';
import type { ObjectStorageAccountRecord } from '../data/records';
import { defineModel, type TypeModel } from './type-model';

/** How many HMAC credentials an object storage account may have (`getCredentialLimit`). */
export const OBJECT_STORAGE_CREDENTIAL_LIMIT = 2;

const ENDPOINT_REGIONS = [
  ['regional', 'us-south', 's3.us-south'],
  ['regional', 'eu-de', 's3.eu-de'],
  ['crossRegion', 'us-geo', 's3.us'],
  ['crossRegion', 'eu-geo', 's3.eu'],
  ['singleSite', 'ams03', 's3.ams03'],
] as const;

/** The endpoints of every object storage account: public and private, regional, cross-region and single-site. */
export function objectStorageEndpoints(): Record<string, unknown>[] {
  return ENDPOINT_REGIONS.flatMap(([region, location, host]) =>
    (['public', 'private'] as const).map((type) => ({
      legacy: false,
      location,
      region,
      type,
      url: `${type === 'private' ? `${host.replace('s3.', 's3.private.')}` : host}.cloud-object-storage.appdomain.cloud`,
    })),
  );
}

/** A credential as `SoftLayer_Network_Storage_Credential` shows it (the secret key is its password). */
export function credentialView(
  credential: ObjectStorageAccountRecord['credentials'][number],
): Record<string, unknown> {
  return {
    id: credential.id,
    username: credential.accessKey,
    password: credential.secretKey,
    createDate: formatApiDate(credential.createdAt),
    description: 'HMAC credential',
    type: {
      name: 'S3 Compatible Signature',
      keyName: 'S3_COMPATIBLE_SIGNATURE',
      description: 'HMAC credential',
    },
  };
}

/** An object storage account: in `getHubNetworkStorage` lists and as the Cleversafe account service's object. */
export const objectStorageAccountModel: TypeModel<unknown> = defineModel<ObjectStorageAccountRecord>({
  type: 'SoftLayer_Network_Storage_Hub_Cleversafe_Account',
  local(account, context) {
    return {
      id: account.id,
      accountId: context.state.accountId,
      username: account.username,
      uuid: account.uuid,
      vendorName: 'Cleversafe',
      capacityGb: 0,
      createDate: formatApiDate(account.createdAt),
      ...(account.notes === null ? {} : { notes: account.notes }),
    };
  },
  relations: {
    credentials: {
      type: 'SoftLayer_Network_Storage_Credential',
      get: (account) => account.credentials.map(credentialView),
    },
    serviceResource: {
      type: 'SoftLayer_Network_Service_Resource',
      get: () => ({
        id: 1728,
        name: 'Cleversafe - US Region',
        type: { type: 'CLEVERSAFE_SVC_API' },
        datacenter: { name: 'dal05' },
      }),
    },
    storageType: {
      type: 'SoftLayer_Network_Storage_Type',
      get: () => ({ id: 24, keyName: 'CLOUD_OBJECT_STORAGE', description: 'Cloud Object Storage - S3 API' }),
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (account) => ({
        id: 840_000_000 + (account.id % 1_000_000),
        categoryCode: 'cloud_object_storage',
        description: 'Cloud Object Storage - Standard',
        createDate: formatApiDate(account.createdAt),
        recurringFee: '0',
      }),
    },
  },
});
