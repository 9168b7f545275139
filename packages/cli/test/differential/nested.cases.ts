import type { DifferentialCases } from './cases';

/*
 * The nested groups: `sl virtual capacity …`, `sl virtual placementgroup …` and `sl object-storage …` (with its
 * `credential` subgroup) against slcli's. The seed has no reserved capacity or placement group: writes that need
 * one make it first (`setup`, run by slcli): reserved capacity group 3101 (rc1, 2 × B1.1x2 behind bcr01a.dal10),
 * placement group 12001 (pg1, SPREAD, bcr01a.dal10) and a guest ordered into it. Object storage accounts 1230001
 * (SLOS307600-2, credential 1103001) and 1230002 (SLOS307601-3).
 */

const CAPACITY = 'vs capacity create -n rc1 -b 3000002 -f B1_1X2_1_YEAR_TERM -i 2';
const PLACEMENT = 'vs placementgroup create --name pg1 -b bcr01a.dal10 -r SPREAD';
const GUEST_IN_PLACEMENT =
  'vs create -H pgguest -D example.com -d dal10 -f B1_1X2X25 -o UBUNTU_LATEST_64 --placementgroup 12001';

const reads = [
  'vs capacity list',
  'vs capacity create-options',
  'vs placementgroup list',
  'vs placementgroup create-options',
  'object-storage accounts',
  'object-storage accounts --limit 1',
  'object-storage endpoints 1230001',
  'object-storage credential list 1230001',
  'object-storage credential list SLOS307601-3',
  'object-storage credential limit 1230001',
];

const failures = [
  'vs capacity detail 1',
  'vs capacity create-guest --capacity-id 1 -H g1 -D example.com -o UBUNTU_LATEST_64 --test',
  'vs capacity create -n rc9 -b 1 -f B1_1X2_1_YEAR_TERM -i 1 --test',
  'vs capacity create -n rc9 -b 3000002 -f NOPE -i 1 --test',
  'vs placementgroup detail 1',
  'vs placementgroup detail nope',
  'vs placementgroup create --name pg9 -b nope -r 1',
  'vs placementgroup create --name pg9 -b 3000012 -r nope',
  'vs placementgroup delete nope',
  'object-storage endpoints 1',
  'object-storage credential list nope',
  'object-storage credential create nope',
  'object-storage credential limit 1',
  '-y object-storage credential delete 1230001 -c 5',
];

const writes: DifferentialCases['writes'] = [
  { write: `${CAPACITY} --test`, read: 'vs capacity list' },
  { write: CAPACITY, read: 'vs capacity list' },
  {
    write:
      'vs capacity create --name rc2 --backend_router_id 3000012 --flavor B1_2X4_3_YEAR_TERM --instances 3',
    read: 'vs capacity detail 3101',
  },
  {
    setup: [CAPACITY],
    write:
      'vs capacity create-guest --capacity-id 3101 -H g1 -D example.com -o UBUNTU_LATEST_64 --test --ipv6 -k 2500001 -k deploy-1 -g a -g b -n 100 --disk 25 --private',
    read: 'vs capacity detail 3101',
  },
  {
    setup: [CAPACITY],
    write: 'vs capacity create-guest --capacity-id 3101 -H g1 -D example.com -o UBUNTU_LATEST_64',
    read: 'vs capacity detail 3101',
  },
  {
    setup: [CAPACITY],
    write: 'vs capacity create-guest --capacity-id 3101 --like web01 -H other --test',
    read: 'vs capacity detail 3101 --columns Id,hostname,primary_ip',
  },
  {
    setup: [CAPACITY, 'vs capacity create-guest --capacity-id 3101 -H g1 -D example.com -o UBUNTU_LATEST_64'],
    write: 'vs capacity create-guest --capacity-id 3101 --like 80000001 -H g2 -u data',
    read: 'vs capacity list',
  },
  { write: PLACEMENT, read: 'vs placementgroup list' },
  {
    write: 'vs placementgroup create --name pg2 --backend_router 3000012 --rule 1',
    read: 'vs placementgroup detail pg2',
  },
  {
    setup: [PLACEMENT, GUEST_IN_PLACEMENT],
    write: 'vs placementgroup detail 12001',
    read: 'vs placementgroup list',
  },
  { setup: [PLACEMENT], write: '-y vs placementgroup delete pg1', read: 'vs placementgroup list' },
  {
    setup: [PLACEMENT, GUEST_IN_PLACEMENT],
    write: '-y vs placementgroup delete 12001 --purge',
    read: 'vs placementgroup detail 12001',
  },
  { write: 'object-storage credential create 1230001', read: 'object-storage credential list 1230001' },
  {
    write: '-y object-storage credential delete SLOS307600-2 --credential_id 1103001',
    read: 'object-storage credential list 1230001',
  },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
