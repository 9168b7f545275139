import type { DifferentialCases } from './cases';

/*
 * Compute commands beyond the core ones: `sl virtual host-list` / `host-create` (slcli's `dedicatedhost list` /
 * `create` under other names; the seeded account has one dedicated host, 656001 in lon06). slcli's host-create
 * crashes against the API (README, deliberate differences): test/compute.integ.test.ts checks it.
 * `sl autoscale`: the seeded account has two groups, 12345 (app-asg, two members, two policies, one SSH key) and
 * 12346 (batch-asg, suspended, no members, local disks, two SSH keys).
 */

const reads = [
  'vs host-list',
  'vs host-list -d lon06 --sortby Id',
  'vs host-list --name nope',
  'autoscale list',
  'autoscale detail 12345',
  'autoscale detail 12346',
];

const failures = ['autoscale detail 999'];

const writes: DifferentialCases['writes'] = [
  { write: 'autoscale delete 12345', read: 'autoscale list' },
  { write: 'autoscale delete 12346', read: 'autoscale list' },
  { write: 'autoscale delete 999', read: 'autoscale list' },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
