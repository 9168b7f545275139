import type { DifferentialCases } from './cases';

// VLAN orders (package NETWORK_VLAN): each write orders a VLAN on a fresh emulator; the ordered VLAN is listed after
// the seeded ones (the first gets id 2200001) and has no primary subnet. The order's own output holds the time it
// ran, so only the reads are compared.
/** The setup that orders public VLAN 2200001 in dal13. */
const EDGE = 'vlan create --name edge -d dal13';

const cases: DifferentialCases = {
  writes: [
    { write: 'vlan create --name myvlan -d dal13', read: 'vlan list', sameOutput: false },
    {
      write: 'vlan create --name back -d dal10 --network private',
      read: 'vlan detail 2200001',
      sameOutput: false,
    },
    { write: 'vlan create --name podvlan -p dal13.pod01', read: 'vlan detail 2200001', sameOutput: false },
    {
      write: 'vlan create --name podback -p dal13.pod01 --network private',
      read: 'vlan list -d dal13',
      sameOutput: false,
    },
    // An ordered VLAN holds no device: it cancels at once.
    {
      write: '-y vlan cancel 2200001',
      read: 'vlan list',
      setup: ['vlan create --name gone -d dal13'],
    },
    // An ordered VLAN is a VLAN like the seeded ones: tags, search, subnet and firewall orders and routes find it.
    { write: 'tags set -t "a1, b1" -k NETWORK_VLAN -r 2200001', read: 'tags list', setup: [EDGE] },
    { write: 'tags set -t edgy -k NETWORK_VLAN -r 2200001', read: 'tags details edgy', setup: [EDGE] },
    {
      write: 'tags set -t edgy -k NETWORK_VLAN -r 2200001',
      read: 'search _objectType:SoftLayer_Network_Vlan edgy',
      setup: [EDGE],
    },
    {
      write: 'vlan edit 2200001 --note uplinks',
      read: 'search _objectType:SoftLayer_Network_Vlan uplinks',
      setup: [EDGE],
    },
    { write: '-y subnet create public 4 2200001', read: 'vlan detail 2200001', setup: [EDGE] },
    {
      write: 'subnet route 1700004 --target vlan --target-resource 2200001',
      read: 'vlan detail 2200001',
      setup: [EDGE],
    },
    { write: '-y firewall add 2200001 --firewall-type vlan', read: 'firewall list', setup: [EDGE] },
  ],
  failures: [
    'vlan create --name x',
    'vlan create --name x -p nowhere.pod01',
    'vlan create --name x -d nowhere',
    'vlan detail 2200001',
  ],
};

export default cases;
