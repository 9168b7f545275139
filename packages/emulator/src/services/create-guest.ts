import { faults } from '../api-fault';
import { DATACENTERS, resolveOperatingSystem } from '../data/catalog';
import { guestComponentId } from '../data/network';
import { type ProductPreset, productCatalog, VIRTUAL_PACKAGE_ID } from '../data/products';
import { createRandom, randomUuid } from '../data/random';
import type { GuestRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { checkDomain, checkHostname } from './arguments';

/** What a new guest needs, from a createObject template or an order container. */
export interface GuestSpec {
  hostname: unknown;
  domain: unknown;
  cpus: number;
  memoryMb: number;
  datacenter: string | number | undefined;
  osCode: string | undefined;
  imageTemplateId?: number;
  hourly: boolean;
  localDisk: boolean;
  privateNetworkOnly: boolean;
  dedicated: boolean;
  sshKeyIds: number[];
  postInstallScriptUri?: string;
  userData?: string;
  tags?: string[];
  orderId: number;
  presetKeyName?: string | null;
  portSpeed?: number;
  /** Security groups to bind the new guest's public and private interfaces to (the template's bindings). */
  securityGroups?: { public: number[]; private: number[] };
}

function bindingGroupIds(component: unknown): number[] {
  const bindings = (component as { securityGroupBindings?: unknown } | null | undefined)
    ?.securityGroupBindings;
  if (!Array.isArray(bindings)) return [];
  return bindings.map((binding) => {
    const id = Number((binding as { securityGroup?: { id?: unknown } } | null)?.securityGroup?.id);
    if (!Number.isInteger(id)) {
      throw faults.invalidValue('Each securityGroupBindings entry needs securityGroup.id.');
    }
    return id;
  });
}

/**
 * The security groups a guest template binds its interfaces to, as the reference sends them:
 * `primaryNetworkComponent.securityGroupBindings` (public) and `primaryBackendNetworkComponent…` (private).
 */
export function securityGroupsOf(template: Record<string, unknown>): { public: number[]; private: number[] } {
  return {
    public: bindingGroupIds(template.primaryNetworkComponent),
    private: bindingGroupIds(template.primaryBackendNetworkComponent),
  };
}

export function findDatacenter(datacenter: string | number | undefined): number {
  if (datacenter === undefined) throw faults.missingParameter('datacenter.name is required.');
  const match = DATACENTERS.find(
    (dc) => dc.name === String(datacenter).toLowerCase() || dc.id === Number(datacenter),
  );
  if (!match) throw faults.invalidValue(`Invalid datacenter name specified: "${String(datacenter)}".`);
  return match.id;
}

/** Checks a spec without creating anything (verifyOrder, generateOrderTemplate). */
export function checkGuestSpec(state: EmulatorState, spec: GuestSpec): void {
  checkHostname(spec.hostname);
  checkDomain(spec.domain);
  findDatacenter(spec.datacenter);
  if (spec.imageTemplateId === undefined) {
    if (!spec.osCode)
      throw faults.missingParameter('operatingSystemReferenceCode or blockDeviceTemplateGroup is required.');
    if (!resolveOperatingSystem(spec.osCode)) {
      throw faults.invalidValue(`Invalid operating system reference code: "${spec.osCode}".`);
    }
  } else if (!state.images.get(spec.imageTemplateId)) {
    throw faults.objectNotFound(spec.imageTemplateId);
  }
  if (!Number.isInteger(spec.cpus) || spec.cpus < 1 || spec.cpus > 56) {
    throw faults.invalidValue(`Invalid number of CPUs: ${spec.cpus}.`);
  }
  if (!Number.isInteger(spec.memoryMb) || spec.memoryMb < 1024) {
    throw faults.invalidValue(`Invalid amount of memory: ${spec.memoryMb} MB.`);
  }
  for (const keyId of spec.sshKeyIds) if (!state.sshKeys.get(keyId)) throw faults.objectNotFound(keyId);
  const groups = spec.securityGroups ?? { public: [], private: [] };
  for (const groupId of [...groups.public, ...groups.private]) {
    if (!state.securityGroups.get(groupId)) throw faults.objectNotFound(groupId);
  }
  if (spec.privateNetworkOnly && groups.public.length > 0) {
    throw faults.invalidValue(
      'A private network only guest has no public interface to bind security groups to.',
    );
  }
}

/** Adds a guest that starts provisioning now and becomes ready after `provisioningMs`. Call inside `mutate`. */
export function createGuest(
  state: EmulatorState,
  spec: GuestSpec,
  options: { now: number; provisioningMs: number; ownerUserId: number },
): GuestRecord {
  checkGuestSpec(state, spec);
  const datacenterId = findDatacenter(spec.datacenter);
  const id = state.allocateId('guest');
  const random = createRandom(id ^ state.seed);
  let ipIndex = 0;
  for (const guest of state.guests.all())
    if (guest.datacenterId === datacenterId) ipIndex = Math.max(ipIndex, guest.ipIndex + 1);
  const image = spec.imageTemplateId === undefined ? undefined : state.images.get(spec.imageTemplateId);
  const osCode = image?.osCode ?? resolveOperatingSystem(spec.osCode ?? '')?.referenceCode ?? 'UBUNTU_22_64';
  const guest: GuestRecord = {
    id,
    hostname: spec.hostname as string,
    domain: spec.domain as string,
    maxCpu: spec.cpus,
    maxMemory: spec.memoryMb,
    datacenterId,
    ipIndex,
    osCode,
    hourly: spec.hourly,
    localDisk: spec.localDisk,
    privateNetworkOnly: spec.privateNetworkOnly,
    dedicated: spec.dedicated,
    createdAt: options.now,
    modifiedAt: options.now,
    provisionedAt: null,
    powerState: 'HALTED',
    tags: spec.tags ?? [],
    globalIdentifier: randomUuid(random),
    uuid: randomUuid(random),
    rootPassword: `${random.hex(8)}Q${random.int(10, 99)}`,
    sshKeyIds: spec.sshKeyIds,
    transaction: {
      id: state.allocateId('transaction'),
      kind: 'provision',
      groupName: 'Cloud Instance Provision',
      startedAt: options.now,
      endsAt: options.now + Math.max(0, options.provisioningMs),
    },
    lastReloadId: null,
    imageTemplateId: image?.id ?? null,
    publicSpeed: spec.portSpeed ?? 1000,
    privateSpeed: spec.portSpeed ?? 1000,
    orderId: spec.orderId,
    presetKeyName: spec.presetKeyName ?? null,
    ownerUserId: options.ownerUserId,
  };
  if (spec.postInstallScriptUri !== undefined) guest.postInstallScriptUri = spec.postInstallScriptUri;
  if (spec.userData !== undefined) guest.userData = spec.userData;
  if (options.provisioningMs <= 0) {
    guest.transaction = null;
    guest.provisionedAt = options.now;
    guest.powerState = 'RUNNING';
  }
  state.guests.insert(guest);
  const groups = spec.securityGroups ?? { public: [], private: [] };
  for (const [port, groupIds] of [
    [1, groups.public],
    [0, groups.private],
  ] as const) {
    for (const securityGroupId of new Set(groupIds)) {
      state.securityGroupBindings.insert({
        id: state.allocateId('securityGroupBinding'),
        securityGroupId,
        networkComponentId: guestComponentId(id, port),
        createdAt: options.now,
      });
    }
  }
  return guest;
}

/** Reads a `SoftLayer_Virtual_Guest` template (createObject / generateOrderTemplate) into a spec. */
/** The preset a template's `supplementalCreateObjectOptions.flavorKeyName` names (a fault when it names none). */
function flavorOf(template: Record<string, unknown>): ProductPreset | undefined {
  const options = template.supplementalCreateObjectOptions as { flavorKeyName?: unknown } | undefined;
  const flavor = options?.flavorKeyName;
  if (flavor === undefined || flavor === null) return undefined;
  const preset = productCatalog().presets.find(
    (candidate) => candidate.keyName === flavor && candidate.packageId === VIRTUAL_PACKAGE_ID,
  );
  if (!preset) throw faults.invalidValue(`Invalid flavor key name "${String(flavor)}".`);
  return preset;
}

export function specFromTemplate(template: Record<string, unknown>, orderId: number): GuestSpec {
  const datacenter = template.datacenter as { name?: unknown } | undefined;
  const image = template.blockDeviceTemplateGroup as { globalIdentifier?: unknown; id?: unknown } | undefined;
  const sshKeys = Array.isArray(template.sshKeys) ? template.sshKeys : [];
  const userData = Array.isArray(template.userData)
    ? (template.userData[0] as { value?: unknown } | undefined)
    : undefined;
  const network = template.networkComponents as Array<{ maxSpeed?: unknown }> | undefined;
  const preset = flavorOf(template);
  return {
    hostname: template.hostname,
    domain: template.domain,
    cpus: preset?.cores ?? Number(template.startCpus ?? template.maxCpu ?? 1),
    memoryMb: preset?.memoryMb ?? Number(template.maxMemory ?? 1024),
    ...(preset ? { presetKeyName: preset.keyName } : {}),
    datacenter: typeof datacenter?.name === 'string' ? datacenter.name : undefined,
    osCode:
      typeof template.operatingSystemReferenceCode === 'string'
        ? template.operatingSystemReferenceCode
        : undefined,
    ...(image && typeof image.id === 'number' ? { imageTemplateId: image.id } : {}),
    hourly:
      template.hourlyBillingFlag === undefined
        ? true
        : template.hourlyBillingFlag === true ||
          template.hourlyBillingFlag === 'true' ||
          template.hourlyBillingFlag === 1,
    localDisk:
      template.localDiskFlag === true || template.localDiskFlag === 'true' || template.localDiskFlag === 1,
    privateNetworkOnly: template.privateNetworkOnlyFlag === true || template.privateNetworkOnlyFlag === 1,
    dedicated: template.dedicatedAccountHostOnlyFlag === true || template.dedicatedAccountHostOnlyFlag === 1,
    sshKeyIds: sshKeys
      .map((key) => Number((key as { id?: unknown } | null)?.id))
      .filter((id) => Number.isInteger(id)),
    ...(typeof template.postInstallScriptUri === 'string'
      ? { postInstallScriptUri: template.postInstallScriptUri }
      : {}),
    ...(typeof userData?.value === 'string' ? { userData: userData.value } : {}),
    // A speed sent as text (`'100'`, as slcli's `vs capacity create-guest -n` sends it) is read as the API does.
    ...(Number.isInteger(Number(network?.[0]?.maxSpeed ?? Number.NaN)) && Number(network?.[0]?.maxSpeed) > 0
      ? { portSpeed: Number(network?.[0]?.maxSpeed) }
      : {}),
    securityGroups: securityGroupsOf(template),
    orderId,
  };
}
