import type { DifferentialCases } from './cases';

/*
 * `sl licenses`, `sl nas`, `sl metadata` and `sl user create` against slcli's. The seeded account has three VMware
 * licenses (the vSAN one keyed KHRQ3-HE6FV-UFVVP-UX69E-MZHW8), package 301 sells six, and the file volumes are the
 * NAS storages (42000002 the first). Users are 7000001 (the demo user) to 7000004; a new one is 7000005.
 * `metadata` reaches the private metadata endpoint, which neither can from here: both fail the same way (the
 * values themselves are compared in test/metadata.integ.test.ts).
 */

const reads = ['licenses create-options', 'nas list', 'nas credentials 42000002', 'nas credentials 42000028'];

const failures = [
  'licenses cancel NOPE-KEY',
  'licenses create -k NOPE -d dal13',
  'licenses create -k VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2 -d nope',
  'nas credentials 1',
  'metadata datacenter',
  '-y user create ab -e a@example.com',
  '-y user create SL307609_grace -e x@example.com',
  '-y user create newone -e bad',
  '-y user create newone -e a@example.com -p weakpass',
  '-y user create newone -e a@example.com -u nosuchuser',
  '-y user create newone -e a@example.com -u 1',
];

const writes: DifferentialCases['writes'] = [
  {
    write: 'licenses create -k VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2 -d dal13',
    read: 'account licenses',
  },
  {
    write: 'licenses create --key VMWARE_NSX_DATA_CENTER_ADVANCED_6_4 --datacenter fra02',
    read: 'account licenses',
  },
  { write: '-y licenses cancel KHRQ3-HE6FV-UFVVP-UX69E-MZHW8 --immediate', read: 'account licenses' },
  { write: '-y licenses cancel KHRQ3-HE6FV-UFVVP-UX69E-MZHW8', read: 'account licenses' },
  { write: '-y user create newuser1 -e new@example.com -p Passw0rd!x', read: 'user list' },
  {
    write:
      '-y user create newuser2 -e n2@example.com -u SL307609_grace -t {"firstName":"Ann","lastName":"Lee"}',
    read: 'user detail 7000005',
  },
  {
    write: '-y user create newuser3 --email n3@example.com --from-user 7000003',
    read: 'user detail 7000005',
  },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
