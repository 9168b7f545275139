import type { DifferentialCases } from './cases';

// VLAN orders (package NETWORK_VLAN): each write orders a VLAN on a fresh emulator; the ordered VLAN is listed after
// the seeded ones (the first gets id 2200001) and has no primary subnet. The order's own output holds the time it
// ran, so only the reads are compared.
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
  ],
  failures: [
    'vlan create --name x',
    'vlan create --name x -p nowhere.pod01',
    'vlan create --name x -d nowhere',
    'vlan detail 2200001',
  ],
};

export default cases;
