import { faults } from '../api-fault';
import { mappingOf, originView } from '../data/cdn';
import type { CdnOriginRecord } from '../data/records';
import { objectArg, optionalString, stringArg, toInteger } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** An origin from `createOriginPath`'s input, checked as the API checks it. */
function originFrom(template: Record<string, unknown>): CdnOriginRecord {
  const path = optionalString(template.path);
  if (!path?.startsWith('/')) throw faults.invalidValue('The path must start with /.');
  const origin = optionalString(template.origin);
  if (!origin) throw faults.missingParameter('The origin (host or bucket endpoint) is required.');
  const originType = template.originType ?? 'HOST_SERVER';
  if (originType !== 'HOST_SERVER' && originType !== 'OBJECT_STORAGE') {
    throw faults.invalidValue('originType must be HOST_SERVER or OBJECT_STORAGE.');
  }
  const bucketName = optionalString(template.bucketName) ?? null;
  if (originType === 'OBJECT_STORAGE' && !bucketName)
    throw faults.missingParameter('A storage origin needs a bucketName.');
  const protocol = template.protocol ?? 'HTTP';
  if (protocol !== 'HTTP' && protocol !== 'HTTPS')
    throw faults.invalidValue('protocol must be HTTP or HTTPS.');
  const httpPort = toInteger(template.httpPort) ?? 80;
  if (httpPort < 1 || httpPort > 65535) throw faults.invalidValue('httpPort must be from 1 to 65535.');
  return {
    path,
    origin,
    originType,
    httpPort,
    protocol,
    header: optionalString(template.header) ?? null,
    bucketName,
    fileExtension: optionalString(template.fileExtension) ?? null,
    performanceConfiguration: optionalString(template.performanceConfiguration) ?? 'General web delivery',
    cacheKeyQueryRule: optionalString(template.cacheKeyQueryRule) ?? 'include all',
  };
}

/** `…_Configuration_Mapping_Path`: the origins of a mapping, by path. */
export const cdnOriginService: ServiceDefinition = {
  name: 'SoftLayer_Network_CdnMarketplace_Configuration_Mapping_Path',
  type: 'SoftLayer_Network_CdnMarketplace_Configuration_Mapping_Path',
  methods: {
    listOriginPath: (input) => {
      const mapping = mappingOf(input.context.state, stringArg(input.call.args, 0, 'uniqueId'));
      return value(mapping.origins.map((origin) => originView(mapping, origin)));
    },
    createOriginPath: (input) => {
      const template = objectArg(input.call.args, 0, 'input');
      const { state } = input.context;
      const mapping = mappingOf(state, template.uniqueId);
      const origin = originFrom(template);
      if (origin.path === mapping.path || mapping.origins.some((known) => known.path === origin.path)) {
        throw faults.invalidValue(`The path ${origin.path} already has an origin.`);
      }
      state.mutate(() => mapping.origins.push(origin));
      return value([originView(mapping, origin)]);
    },
    deleteOriginPath: (input) => {
      const { state } = input.context;
      const mapping = mappingOf(state, stringArg(input.call.args, 0, 'uniqueId'));
      const path = stringArg(input.call.args, 1, 'path');
      const index = mapping.origins.findIndex((origin) => origin.path === path);
      if (index < 0) throw faults.invalidValue(`No origin serves the path ${path}.`);
      state.mutate(() => mapping.origins.splice(index, 1));
      return value(`Origin with path ${path} has been deleted`);
    },
  },
};
