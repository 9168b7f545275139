// Read-only services over fixed data: locations, the product catalog, network lookups, notifications.

import { DATACENTERS, type DatacenterSpec } from '../data/catalog';
import { podCapabilities } from '../data/datacenter-closures';
import { pricingGroupsOf, pricingGroupView } from '../data/location-prices';
import { allVlans } from '../data/network';
import { productCatalog } from '../data/products';
import { itemView, presetView } from '../models/product';
import { datacenterById, locationView } from '../models/shared-views';
import { rows, type ServiceDefinition, value } from './service-definition';

/** A datacenter as `SoftLayer_Location`: with the pricing groups it belongs to (`priceGroups`, when masked). */
const datacenterRow = (dc: DatacenterSpec) => ({
  ...locationView(dc),
  priceGroups: pricingGroupsOf(dc.name).map((group) => pricingGroupView(group)),
});
const datacenterRows = () => DATACENTERS.map(datacenterRow);

export const locationService: ServiceDefinition = {
  name: 'SoftLayer_Location',
  type: 'SoftLayer_Location',
  find: (id) => {
    const dc = DATACENTERS.find((candidate) => candidate.id === id);
    return dc ? datacenterRow(dc) : undefined;
  },
  methods: {
    getDatacenters: () => rows('SoftLayer_Location', datacenterRows()),
    getViewableDatacenters: () => rows('SoftLayer_Location', datacenterRows()),
  },
};

export const datacenterService: ServiceDefinition = {
  ...locationService,
  name: 'SoftLayer_Location_Datacenter',
  type: 'SoftLayer_Location_Datacenter',
  methods: {
    getDatacenters: () => rows('SoftLayer_Location_Datacenter', datacenterRows()),
    getHardwareRouters: (input) => {
      const dc = datacenterById(input.id ?? 0);
      return value(
        allVlans()
          .filter((vlan) => vlan.datacenter.id === dc.id)
          .map((vlan) => ({
            id: vlan.routerId,
            hostname: vlan.routerHostname,
            topLevelLocation: { longName: dc.longName },
          })),
      );
    },
  },
};

export const productPackageService: ServiceDefinition = {
  name: 'SoftLayer_Product_Package',
  type: 'SoftLayer_Product_Package',
  find: (id) => productCatalog().packages.find((pkg) => pkg.id === id),
  methods: {
    getAllObjects: () => rows('SoftLayer_Product_Package', productCatalog().packages),
    // The API answers getItems with each item's prices even without a mask (slcli's `vs os-available` reads them).
    getItems: ({ id }) => ({
      kind: 'rows',
      type: 'SoftLayer_Product_Item',
      rows: productCatalog()
        .items.filter((item) => item.packageId === id)
        .map((item) => itemView(item)),
      property: 'items',
      defaultMask: 'mask[prices]',
    }),
  },
};

export const presetService: ServiceDefinition = {
  name: 'SoftLayer_Product_Package_Preset',
  type: 'SoftLayer_Product_Package_Preset',
  find: (id) => {
    const preset = productCatalog().presetById.get(id);
    return preset ? presetView(preset) : undefined;
  },
  methods: {
    getAllObjects: () => value(productCatalog().presets.map(presetView)),
  },
};

export const podService: ServiceDefinition = {
  name: 'SoftLayer_Network_Pod',
  type: 'SoftLayer_Network_Pod',
  methods: {
    getAllObjects: () =>
      rows(
        'SoftLayer_Network_Pod',
        DATACENTERS.map((dc, index) => ({
          name: `${dc.name}.pod01`,
          datacenterId: dc.id,
          datacenterName: dc.name,
          datacenterLongName: dc.longName,
          frontendRouterId: 3_000_000 + index * 10 + 1,
          frontendRouterName: `fcr01a.${dc.name}`,
          backendRouterId: 3_000_000 + index * 10 + 2,
          backendRouterName: `bcr01a.${dc.name}`,
          capabilities: podCapabilities(dc.name),
        })),
      ),
  },
};
