import type { DifferentialCases } from './cases';

/*
 * `sl ipsec` against slcli's `ipsec`: the seeded account has two tunnels, 445001 (ipsec01.dal13, with NAT entries,
 * two remote subnets, dal13's private subnet and a service subnet) and 445002 (ipsec02.fra02).
 */

const reads = [
  'ipsec list',
  'ipsec detail 445001',
  'ipsec detail 445001 -i at -i is -i rs -i sr -i ss',
  'ipsec detail 445002 --include rs --include at --include rs',
];

const failures = [
  'ipsec detail abc',
  'ipsec detail 1',
  'ipsec configure 1',
  'ipsec subnet-add 445001 -t internal',
  'ipsec subnet-add 445001 -t service -n 10.9.0.0/24',
  'ipsec subnet-add 445001 -t internal -s 123',
  'ipsec subnet-remove 445001 -t internal -s 1500012',
  'ipsec translation-add 445001 -s 10.102.0.70 -r 8.8.8.8',
  'ipsec translation-remove 445001 -t 1',
  'ipsec translation-update 445001 -t 1 -n nope',
  'ipsec update 445001 --p1-key-ttl 60',
  'ipsec update 445001 --phase2-forward-secrecy 2',
  'ipsec update 1 --friendly-name x',
  'ipsec cancel 1',
];

const writes: DifferentialCases['writes'] = [
  { write: 'ipsec configure 445001', read: 'ipsec detail 445001' },
  { write: 'ipsec subnet-add 445002 -t remote -n 10.250.0.0/24', read: 'ipsec detail 445002 -i rs' },
  { write: 'ipsec subnet-add 445001 --type service --subnet-id 1960002', read: 'ipsec detail 445001 -i ss' },
  { write: 'ipsec subnet-add 445002 --subnet-type internal -s 1500022', read: 'ipsec detail 445002 -i is' },
  { write: 'ipsec subnet-remove 445001 -t remote -s 565702', read: 'ipsec detail 445001 -i rs' },
  { write: 'ipsec subnet-remove 445001 -t internal -s 1500022', read: 'ipsec detail 445001 -i is' },
  { write: 'ipsec subnet-remove 445001 -t service -s 1960001', read: 'ipsec detail 445001 -i ss' },
  {
    write: 'ipsec translation-add 445001 -s 10.102.0.60 -r 192.168.10.60 -n web',
    read: 'ipsec detail 445001 -i at',
  },
  {
    write: 'ipsec translation-add 445001 -s 10.102.0.61 -r 192.168.20.61',
    read: 'ipsec detail 445001 -i at',
  },
  {
    write: 'ipsec translation-update 445001 -t 234101 -r 192.168.20.40 --note moved',
    read: 'ipsec detail 445001 -i at',
  },
  { write: 'ipsec translation-update 445001 -t 234102 -s 10.102.0.50', read: 'ipsec detail 445001 -i at' },
  { write: 'ipsec translation-remove 445001 -t 234102', read: 'ipsec detail 445001 -i at' },
  {
    write:
      'ipsec update 445002 --friendly-name dc2 --remote-peer 198.51.100.21 --preshared-key s3cret --p1-auth SHA256 --phase1-crypto AES256 --p1-dh 5 --p1-key-ttl 3600 --p2-auth MD5 --phase2-crypto AES192 --phase2-dh 1 --p2-forward-secrecy 1 --phase2-key-ttl 1800',
    read: 'ipsec detail 445002',
  },
  { write: '-y ipsec order -d dal13', read: 'ipsec list', sameOutput: false },
  { write: '-y ipsec order --datacenter fra02', read: 'ipsec list', sameOutput: false },
  { write: 'ipsec cancel 445002 --immediate --reason "No longer needed"', read: 'ipsec list' },
  { write: 'ipsec cancel 445001', read: 'ipsec detail 445001' },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
