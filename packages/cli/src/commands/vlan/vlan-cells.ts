import type { NetworkManager } from '@sl/managers';
import { blank, type FormattedItem } from '../../output/table';

type SoftLayer_Network_Vlan = Awaited<ReturnType<NetworkManager['getVlan']>>;
type SoftLayer_Network_Pod = Awaited<ReturnType<NetworkManager['getPods']>>[number];

/** The name of a VLAN's firewall, else of its gateway, else a blank (the reference's `get_gateway_firewall`). */
export function gatewayFirewall(vlan: SoftLayer_Network_Vlan): string | FormattedItem {
  return vlan.networkVlanFirewall?.fullyQualifiedDomainName || vlan.attachedNetworkGateway?.name || blank();
}

/** Python's `str.capitalize`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The pod of the VLAN's router (`Pod01`; `[red]Pod01*[/red]` when its closure is announced), or `''`. */
export function podOf(vlan: SoftLayer_Network_Vlan, pods: readonly SoftLayer_Network_Pod[]): string {
  const routerId = vlan.primaryRouter?.id;
  const pod = pods.find((item) => item.backendRouterId === routerId || item.frontendRouterId === routerId);
  if (!pod) return '';
  const name = String(pod.name ?? '').split('.')[1] ?? '';
  return pod.capabilities?.includes('CLOSURE_ANNOUNCED')
    ? `[red]${capitalize(`${name}*`)}[/red]`
    : capitalize(name);
}
