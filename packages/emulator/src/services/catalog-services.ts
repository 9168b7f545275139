// Read-only services over fixed data: locations, the product catalog, network lookups, notifications.
import { DATACENTERS } from '../data/catalog';
import {
  addressAt,
  addressOfIpAddressId,
  allSubnets,
  allVlans,
  ipAddressId,
  subnetsOf,
} from '../data/network';
import { productCatalog } from '../data/products';
import { ipAddressView } from '../models/ip-address';
import { presetView } from '../models/product';
import { datacenterById, locationView } from '../models/shared-views';
import { stringArg } from './arguments';
import { rows, type ServiceDefinition, value } from './service-definition';

const datacenterRows = () => DATACENTERS.map((dc) => locationView(dc));

export const locationService: ServiceDefinition = {
  name: 'SoftLayer_Location',
  type: 'SoftLayer_Location',
  find: (id) => {
    const dc = DATACENTERS.find((candidate) => candidate.id === id);
    return dc ? locationView(dc) : undefined;
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

export const vlanService: ServiceDefinition = {
  name: 'SoftLayer_Network_Vlan',
  type: 'SoftLayer_Network_Vlan',
  find: (id) => allVlans().find((vlan) => vlan.id === id),
  methods: {
    editObject: () => value(true),
    setTags: () => value(true),
    getCancelFailureReasons: () => value([]),
  },
};

export const subnetService: ServiceDefinition = {
  name: 'SoftLayer_Network_Subnet',
  type: 'SoftLayer_Network_Subnet',
  find: (id) => allSubnets().find((subnet) => subnet.id === id),
  methods: {
    setTags: () => value(true),
    editNote: () => value(true),
  },
};

export const ipAddressService: ServiceDefinition = {
  name: 'SoftLayer_Network_Subnet_IpAddress',
  type: 'SoftLayer_Network_Subnet_IpAddress',
  // Addresses are derived from the subnets: the id encodes the address (see ipAddressId).
  find: (id, context) => {
    const address = addressOfIpAddressId(id);
    return address === undefined ? undefined : ipAddressView(address, context.state);
  },
  methods: {
    getByIpAddress: (input) => {
      const ip = stringArg(input.call.args, 0, 'ipAddress');
      const { state } = input.context;
      const guest = state.guests.all().find((candidate) => {
        const subnets = subnetsOf(candidate.datacenterId);
        return (
          addressAt(subnets.public, candidate.ipIndex) === ip ||
          addressAt(subnets.private, candidate.ipIndex) === ip
        );
      });
      const subnet = allSubnets().find((candidate) => ip.startsWith(`${candidate.prefix}.`));
      if (!subnet) return value(null);
      return value({
        id: ipAddressId(ip),
        ipAddress: ip,
        subnetId: subnet.id,
        isBroadcast: false,
        isGateway: ip === subnet.gateway,
        isNetwork: false,
        isReserved: false,
        ...(guest
          ? {
              virtualGuest: {
                id: guest.id,
                hostname: guest.hostname,
                domain: guest.domain,
                fullyQualifiedDomainName: `${guest.hostname}.${guest.domain}`,
              },
            }
          : {}),
      });
    },
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
          capabilities: ['SUPPORTS_SECURITY_GROUP'],
        })),
      ),
  },
};
