import type { DifferentialCases } from './cases';

/*
 * Compute commands beyond the core ones: `sl virtual host-list` / `host-create` (slcli's `dedicatedhost list` /
 * `create` under other names; the seeded account has one dedicated host, 656001 in lon06). slcli's host-create
 * crashes against the API (README, deliberate differences): test/compute.integ.test.ts checks it.
 * `sl autoscale`: the seeded account has two groups, 12345 (app-asg, two members, two policies, one SSH key) and
 * 12346 (batch-asg, suspended, no members, local disks, two SSH keys).
 * `sl hardware create`, `create-options`, `dns-sync`: the bare metal package's presets, server 1200001 (gpu01 in the
 * zone example.org).
 */

const HW_ORDER = 'hw create -H new1 -D example.com -s S1270_8GB_2X1TBSATA_NORAID -o OS_UBUNTU_22_64 -d dal13';

const reads = [
  'vs host-list',
  'vs host-list -d lon06 --sortby Id',
  'vs host-list --name nope',
  'autoscale list',
  'autoscale detail 12345',
  'autoscale detail 12346',
  'hw create-options',
  'hw create-options -p',
  'hw create-options dal13',
  'server create-options dal13 --prices',
  `${HW_ORDER} --port-speed 100 --test`,
  `${HW_ORDER} --port-speed 100 --billing monthly --no-public --test`,
  `${HW_ORDER} --network 100_MBPS_PRIVATE_NETWORK_UPLINKS -e 1_IPV6_ADDRESS -k 2500001 -i https://x.example/p.sh --test`,
  `${HW_ORDER} --port-speed 1000 --router-public 1 --router-private 2 --test`,
];

const failures = [
  'autoscale detail 999',
  `${HW_ORDER} --port-speed 100 -k nokey --test`,
  '-y hw dns-sync 1200001 --aaaa-record',
  '-y hw dns-sync nope -a',
];

const writes: DifferentialCases['writes'] = [
  { write: 'autoscale delete 12345', read: 'autoscale list' },
  { write: 'autoscale delete 12346', read: 'autoscale list' },
  { write: 'autoscale delete 999', read: 'autoscale list' },
  { write: `-y ${HW_ORDER} --port-speed 100`, read: 'hw list', sameOutput: false },
  {
    write: `-y ${HW_ORDER} --network 100_MBPS_PRIVATE_NETWORK_UPLINKS --billing monthly`,
    read: 'hw list',
    sameOutput: false,
  },
  { write: '-y hw dns-sync 1200001 -a --ttl 900', read: 'dns record-list example.org' },
  { write: '-y server dns-sync gpu01 --a-record', read: 'dns record-list example.org' },
  { write: '-y hw dns-sync 1200001', read: 'call-api Hardware_Server getReverseDomainRecords --id 1200001' },
  {
    write: '-y hw dns-sync 1200001 --ptr --ttl 600',
    read: 'call-api Hardware_Server getReverseDomainRecords --id 1200001',
  },
  {
    write: '-y vs dns-sync 80000001 --ptr',
    read: 'call-api Virtual_Guest getReverseDomainRecords --id 80000001',
  },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
