import type { DifferentialCases } from './cases';

/*
 * Compute commands beyond the core ones: `sl virtual host-list` / `host-create` (slcli's `dedicatedhost list` /
 * `create` under other names; the seeded account has one dedicated host, 656001 in lon06). slcli's host-create
 * crashes against the API (README, deliberate differences): test/compute.integ.test.ts checks it.
 */

const reads = [
  'vs host-list',
  'vs host-list -d lon06 --sortby Id',
  'vs host-list --name nope',
];

const failures: string[] = [];

const writes: DifferentialCases['writes'] = [];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
