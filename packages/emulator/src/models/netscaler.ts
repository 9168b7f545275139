import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { NetscalerRecord } from '../data/netscaler-record';
import { subnetsOf, vlansOf } from '../data/network';
import { locationView, tagReferencesView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** `SoftLayer_Network_Application_Delivery_Controller_Type` by id. */
const TYPES: Readonly<Record<number, { id: number; keyName: string; name: string }>> = {
  2: { id: 2, keyName: 'NETSCALER_VPX', name: 'NetScaler VPX' },
};

/** The tag type of application delivery controllers (`SoftLayer_Tag::getAllTagTypes`). */
const TAG_TYPE_ID = 10;

function datacenterOf(record: NetscalerRecord) {
  return DATACENTERS.find((dc) => dc.id === record.datacenterId) ?? DATACENTERS[0]!;
}

/** A NetScaler sits on its datacenter's public and private VLANs and their primary subnets. */
export const netscalerModel: TypeModel<unknown> = defineModel<NetscalerRecord>({
  type: 'SoftLayer_Network_Application_Delivery_Controller',
  direct: ['id', 'name', 'typeId'],
  local: (record, context) => ({
    id: record.id,
    accountId: context.state.accountId,
    name: record.name,
    typeId: record.typeId,
    createDate: formatApiDate(record.createdAt),
    modifyDate: formatApiDate(record.modifiedAt),
  }),
  relations: {
    description: { type: 'string', get: (record) => record.description },
    datacenter: { type: 'SoftLayer_Location', get: (record) => locationView(datacenterOf(record)) },
    managementIpAddress: { type: 'string', get: (record) => record.managementIpAddress },
    primaryIpAddress: { type: 'string', get: (record) => record.primaryIpAddress },
    outboundPublicBandwidthUsage: { type: 'decimal', get: (record) => record.outboundPublicBandwidthUsage },
    licenseExpirationDate: { type: 'dateTime', get: (record) => formatApiDate(record.licenseExpiresAt) },
    managedResourceFlag: { type: 'boolean', get: () => false },
    password: {
      type: 'SoftLayer_Software_Component_Password',
      get: (record) => ({ username: 'root', password: record.password }),
    },
    type: {
      type: 'SoftLayer_Network_Application_Delivery_Controller_Type',
      get: (record) => TYPES[record.typeId],
    },
    networkVlan: { type: 'SoftLayer_Network_Vlan', get: (record) => vlansOf(record.datacenterId).public },
    networkVlans: {
      type: 'SoftLayer_Network_Vlan',
      get: (record) => {
        const vlans = vlansOf(record.datacenterId);
        return [vlans.public, vlans.private];
      },
    },
    subnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (record) => {
        const subnets = subnetsOf(record.datacenterId);
        return [subnets.public, subnets.private];
      },
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (record) => tagReferencesView(record.tags, record.id, TAG_TYPE_ID),
    },
    loadBalancers: { type: 'SoftLayer_Network_LoadBalancer_VirtualIpAddress', get: () => [] },
    virtualIpAddresses: {
      type: 'SoftLayer_Network_Application_Delivery_Controller_LoadBalancer_VirtualIpAddress',
      get: () => [],
    },
    configurationHistory: {
      type: 'SoftLayer_Network_Application_Delivery_Controller_Configuration_History',
      get: () => [],
    },
  },
});
