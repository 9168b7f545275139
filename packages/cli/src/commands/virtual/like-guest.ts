import type { VsManager } from '@sl/managers';
import type { OptionValue } from '../../define-command';
import { resolveId } from '../resolve-id';

/** slcli's `--like`: the options of an existing guest, as defaults for `create`. */
export async function likeGuest(
  manager: VsManager,
  identifier: string,
): Promise<Record<string, OptionValue>> {
  const id = await resolveId((name) => manager.resolveIds(name), identifier, 'VS');
  const guest = await manager.getInstance(id);
  const values: Record<string, OptionValue> = {
    hostname: guest.hostname,
    domain: guest.domain,
    billing: guest.hourlyBillingFlag ? 'hourly' : 'monthly',
    datacenter: guest.datacenter?.name,
    network: guest.networkComponents?.[0]?.maxSpeed,
    userdata: guest.userData?.[0]?.value || undefined,
    postinstall: guest.postInstallScriptUri,
    dedicated: guest.dedicatedAccountHostOnlyFlag,
    private: guest.privateNetworkOnlyFlag,
    placementgroup: guest.placementGroupId === undefined ? undefined : String(guest.placementGroupId),
    transient: guest.transientGuestFlag,
  };
  values.flavor = guest.billingItem?.orderItem?.preset?.keyName;
  if (!values.flavor) {
    values.cpu = guest.maxCpu;
    values.memory = `${guest.maxMemory}mb`;
  }
  const tags = (guest.tagReferences ?? []).map((reference) => reference.tag?.name).filter(Boolean);
  if (tags.length > 0) values.tag = tags as string[];
  const image = guest.blockDeviceTemplateGroup?.globalIdentifier;
  const os = guest.operatingSystem?.softwareLicense?.softwareDescription?.referenceCode;
  if (image) values.image = image;
  else if (os) values.os = os;
  return values;
}
