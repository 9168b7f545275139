import { faults } from '../api-fault';
import { mappingOf, mappingView } from '../data/cdn';
import { objectArg, optionalString, stringArg, toFlag, toInteger } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

const PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP_AND_HTTPS'];

/** `SoftLayer_Network_CdnMarketplace_Configuration_Mapping`: the account's CDN mappings, by unique id. */
export const cdnMappingService: ServiceDefinition = {
  name: 'SoftLayer_Network_CdnMarketplace_Configuration_Mapping',
  type: 'SoftLayer_Network_CdnMarketplace_Configuration_Mapping',
  methods: {
    listDomainMappings: (input) => value(input.context.state.cdnMappings.all().map(mappingView)),
    listDomainMappingByUniqueId: (input) =>
      value([mappingView(mappingOf(input.context.state, stringArg(input.call.args, 0, 'uniqueId')))]),
    /** Changes the origin, header, ports, cache rule, performance and header handling of a mapping. */
    updateDomainMapping: (input) => {
      const template = objectArg(input.call.args, 0, 'input');
      const { state, now } = input.context;
      const mapping = mappingOf(state, template.uniqueId);
      const ports = (['httpPort', 'httpsPort'] as const).map((key) => {
        const port =
          template[key] === undefined || template[key] === null ? undefined : toInteger(template[key]);
        if (port !== undefined && (port < 1 || port > 65535))
          throw faults.invalidValue(`${key} must be from 1 to 65535.`);
        return port;
      });
      const protocol = optionalString(template.protocol);
      if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
        throw faults.invalidValue(`protocol must be one of ${PROTOCOLS.join(', ')}.`);
      }
      state.mutate(() => {
        mapping.originHost = optionalString(template.origin) ?? mapping.originHost;
        mapping.header = optionalString(template.header) ?? mapping.header;
        if (ports[0] !== undefined) mapping.httpPort = ports[0];
        if (ports[1] !== undefined) mapping.httpsPort = ports[1];
        if (protocol !== undefined) mapping.protocol = protocol as typeof mapping.protocol;
        if (template.respectHeaders !== undefined) mapping.respectHeaders = toFlag(template.respectHeaders);
        mapping.cacheKeyQueryRule = optionalString(template.cacheKeyQueryRule) ?? mapping.cacheKeyQueryRule;
        mapping.performanceConfiguration =
          optionalString(template.performanceConfiguration) ?? mapping.performanceConfiguration;
        mapping.modifiedAt = now;
      });
      return value([mappingView(mapping)]);
    },
  },
};
