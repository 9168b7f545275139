import type { DifferentialCases } from './cases';

/*
 * `sl block|file` commands the emulator serves with side effects: replica failover and failback, duplicate
 * conversion and refresh, snapshot space cancellation, allowed hosts' CHAP passwords and subnet ACLs. Seeded
 * volumes: block 42000001 (sjc03; its guest 80000025 has allowed host 53333482), 42000006 (tor01, DAILY schedule,
 * 40 GB snapshot space), 42000010 (ams03, snapshots 42000011/12); file 42000002 (sao01, DAILY schedule). The first
 * volume a setup orders is 42000029.
 */

const BLOCK_REPLICA = 'block replica-order 42000006 -d dal10 -s DAILY';
const FILE_REPLICA = 'file replica-order 42000002 -l dal10 -s DAILY';
const ALLOWED_HOST = 53333482;

const reads = [`block subnets-list ${ALLOWED_HOST}`, 'block subnets-list 12345'];

const failures = [
  'block replica-failover 42000001 --replicant-id 42000006',
  'file replica-failback 42000002',
  'block volume-convert 42000001',
  'file volume-refresh 42000002 42000011',
  'block duplicate-convert-status 42000001',
  `block access-password ${ALLOWED_HOST} -p weak`,
  'block access-password 12345 -p Abcdefgh1234',
];

const writes: DifferentialCases['writes'] = [
  {
    setup: [BLOCK_REPLICA],
    write: 'block replica-failover 42000006 --replicant-id 42000029',
    read: 'block volume-detail 42000006',
  },
  {
    setup: [BLOCK_REPLICA, 'block replica-failover 42000006 --replicant-id 42000029'],
    write: 'block replica-failback 42000006',
    read: 'block volume-detail 42000006',
  },
  {
    setup: [FILE_REPLICA],
    write: 'file replica-failover 42000002 --replicant-id 42000029',
    read: 'file volume-detail 42000029',
  },
  {
    setup: ['file volume-duplicate 42000002 -c 80 -s 0 --billing hourly --dependent-duplicate true'],
    write: 'file volume-convert 42000029',
    read: 'file volume-detail 42000029',
  },
  {
    setup: ['block volume-duplicate 42000001 --dependent-duplicate true'],
    write: 'block volume-convert 42000029',
    read: 'block duplicate-convert-status 42000029',
  },
  {
    setup: ['block volume-duplicate 42000010 -o 42000011 -c 1000 -i 2000 -s 20'],
    write: 'block volume-refresh 42000029 42000012',
    read: 'block volume-detail 42000029',
  },
  // A replica pair's replication schedule (REPLICATION_DAILY: the origin's DAILY snapshot schedule), both ways.
  { write: BLOCK_REPLICA, read: 'block volume-detail 42000006' },
  { write: FILE_REPLICA, read: 'file volume-detail 42000029' },
  {
    write: FILE_REPLICA,
    read: 'call-api SoftLayer_Network_Storage getObject --id 42000002 --mask "mask[id,replicationSchedule[type]]"',
  },
  { write: '-y block snapshot-cancel 42000006 --immediate', read: 'block volume-detail 42000006' },
  {
    write: '-y file snapshot-cancel 42000002',
    read: 'call-api SoftLayer_Billing_Item getObject --id 1420000024',
  },
  { write: `block access-password ${ALLOWED_HOST} -p Abcdefgh1234`, read: 'block access-list 42000001' },
  {
    write: `block subnets-assign ${ALLOWED_HOST} --subnet-id 1500062 --subnet-id 99999999`,
    read: `block subnets-list ${ALLOWED_HOST}`,
  },
  {
    setup: [`block subnets-assign ${ALLOWED_HOST} --subnet-id 1500062 --subnet-id 1500061`],
    write: `block subnets-remove ${ALLOWED_HOST} --subnet-id 1500062 --subnet-id 1500002`,
    read: `block subnets-list ${ALLOWED_HOST}`,
  },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
