import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import type { SoftwareCredentialRecord } from '../data/software-credential-record';
import { operatingSystemView } from '../models/shared-views';
import { compact } from '../models/type-model';
import { objectArg, stringArg, toInteger } from './arguments';
import { row, type ServiceDefinition } from './service-definition';

const TYPE = 'SoftLayer_Software_Component_Password';

/** A credential as the API shows it. */
function credentialView(credential: SoftwareCredentialRecord): Record<string, unknown> {
  return compact({
    id: credential.id,
    softwareId: credential.softwareId,
    username: credential.username,
    password: credential.password,
    notes: credential.notes,
    createDate: formatApiDate(credential.createdAt),
    modifyDate: formatApiDate(credential.createdAt),
  });
}

/**
 * `SoftLayer_Software_Component_Password`: users and passwords of a hardware server's software. `createObject` takes
 * the software component's id (`softwareId`, the server's operating system) and the server
 * (`software.hardwareId`); the new credential shows in the server's `softwareComponents[passwords]`.
 */
export const softwarePasswordService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => {
    const found = context.state.softwareCredentials.get(id);
    return found ? credentialView(found) : undefined;
  },
  methods: {
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, TYPE);
      const username = stringArg([template.username], 0, 'username');
      const password = stringArg([template.password], 0, 'password');
      const softwareId = toInteger(template.softwareId);
      const hardwareId = toInteger((template.software as { hardwareId?: unknown } | undefined)?.hardwareId);
      if (softwareId === undefined) throw faults.missingParameter('softwareId is required.');
      if (hardwareId === undefined) throw faults.missingParameter('software.hardwareId is required.');
      const { state, now } = input.context;
      const server = state.hardware.get(hardwareId);
      if (!server) throw faults.objectNotFound(hardwareId);
      const software = operatingSystemView(server.osCode, 'root', server.rootPassword);
      if (software.id !== softwareId) throw faults.objectNotFound(softwareId);
      const exists = state.softwareCredentials.filter(
        (credential) => credential.hardwareId === hardwareId && credential.username === username,
      );
      if (exists.length > 0)
        throw faults.publicError(`The user ${username} already has a password on this software.`);
      const created = state.mutate(() =>
        state.softwareCredentials.insert({
          id: state.allocateId('softwareCredential'),
          hardwareId,
          softwareId,
          username,
          password,
          ...(typeof template.notes === 'string' ? { notes: template.notes } : {}),
          createdAt: now,
        }),
      );
      return row(TYPE, credentialView(created));
    },
  },
};
