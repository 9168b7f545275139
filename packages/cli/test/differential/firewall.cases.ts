import type { DifferentialCases } from './cases';

// The seeded firewalls (default seed): 3540001 dedicated on VLAN 2100001, 3540002 a multi-VLAN gateway, 3540003 a
// guest's standard one, 3540004 a server's. `firewall monitoring` and `firewall edit` crash in slcli (see the
// README's deliberate differences); test/firewall.integ.test.ts runs them through the binary.
const cases: DifferentialCases = {
  reads: [
    'firewall list',
    'firewall detail vlan:3540001',
    'firewall detail vs:3540003',
    'firewall detail server:3540004',
    'firewall detail multiVlan:3540002',
    'firewall detail --credentials true multiVlan:3540002',
    'firewall detail foo:1',
  ],
  failures: ['firewall detail 3540001', 'firewall detail vlan:999', '-y firewall cancel 999'],
  writes: [
    { write: '-y firewall add 80000002 --firewall-type vs', read: 'firewall detail vs:3540005' },
    { write: '-y firewall add 2100021 --firewall-type vlan --high-availability', read: 'firewall list' },
    { write: '-y firewall cancel 3540001', read: 'firewall list' },
    { write: '-y firewall cancel 3540004 --firewall-type server', read: 'firewall list' },
  ],
};

export default cases;
