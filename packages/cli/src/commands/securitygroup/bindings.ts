import type { NetworkManager } from '@sl/managers';

type SecurityGroup = Awaited<ReturnType<NetworkManager['getSecuritygroup']>>;
type Binding = NonNullable<SecurityGroup['networkComponentBindings']>[number];

/** A bound interface as the reference shows it: the guest, `PRIVATE`/`PUBLIC` (port 0 is private) and its address. */
export function bindingRow(binding: Binding): [unknown, unknown, string, unknown] {
  const component = binding.networkComponent;
  const guest = component?.guest;
  if (!guest || component?.port === undefined) return ['N/A', 'Not enough permission to view', 'N/A', 'N/A'];
  const isPrivate = component.port === 0;
  return [
    guest.id,
    guest.hostname,
    isPrivate ? 'PRIVATE' : 'PUBLIC',
    isPrivate ? guest.primaryBackendIpAddress : guest.primaryIpAddress,
  ];
}
