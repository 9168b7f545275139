import type { DifferentialCases } from './cases';

/*
 * `sl block|file` orders against slcli's: volume-order, replica-order, snapshot-order, volume-duplicate,
 * volume-modify (each on a fresh emulator, then a read of what it left) and volume-options (the storage as a
 * service package 759 and its regions). Seeded volumes: block 42000001 (sjc03, endurance 2 IOPS/GB, 2000 GB),
 * 42000006 (tor01, endurance, DAILY schedule), 42000010 (ams03, performance, DAILY schedule, snapshots 42000011/12);
 * file 42000002 (sao01, endurance, DAILY schedule), 42000007 (wdc07, endurance), 42000013 (wdc07, performance).
 */

const reads = [
  'block volume-options',
  'file volume-options',
  'block volume-options dal10',
  'file volume-options --prices',
  'block volume-options -p wdc07',
];

const failures = [
  'block volume-options nowhere',
  'file volume-options xyz --prices',
  // the reference's own checks (CLIAbort / ArgumentError)
  'block volume-order --storage-type performance --size 20 --os-type LINUX --location dal10',
  'file volume-order --storage-type endurance --size 20 --location dal10',
  'block replica-order 42000006 -d dal10 -s DAILY -i 150',
  'block replica-order 42000006 -d dal10 -s DAILY --iops 7000',
  'block replica-order no-such-volume -d dal10 -s DAILY',
  // API faults
  'file replica-order 999 -l dal10 -s DAILY',
  'block snapshot-order 42000001 --capacity 20 --tier 0.25',
  'file snapshot-order 42000002 --capacity 20 --tier 2',
  'block volume-modify 999 -c 100',
  'file volume-duplicate 999',
];

const writes: DifferentialCases['writes'] = [
  {
    write: 'block volume-order --storage-type endurance --size 20 --tier 2 --os-type LINUX --location dal10',
    read: 'block volume-list',
  },
  {
    write:
      'block volume-order --storage-type PERFORMANCE --size 500 --iops 1000 --os-type xen --location sjc03',
    read: 'block volume-detail 42000029',
  },
  {
    write:
      'file volume-order --storage-type performance --size 100 --iops 1000 --location dal10 --snapshot-size 20 --billing hourly',
    read: 'file volume-list',
  },
  {
    write:
      'file volume-order --storage-type endurance --size 80 --tier 0.25 --location wdc07 --snapshot-size 10',
    read: 'file volume-list',
  },
  { write: 'block replica-order 42000006 -d dal10 -s DAILY', read: 'block replica-partners 42000006' },
  {
    write: 'block replica-order 42000010 --datacenter dal10 --snapshot-schedule daily -o LINUX -i 1000',
    read: 'block volume-list',
  },
  { write: 'file replica-order 42000002 -l dal10 -s DAILY', read: 'file replica-partners 42000002' },
  { write: 'block snapshot-order 42000001 --capacity 20', read: 'block volume-detail 42000001' },
  { write: 'file snapshot-order 42000002 --capacity 40 --upgrade', read: 'file volume-detail 42000002' },
  { write: 'block volume-duplicate 42000001', read: 'block volume-list' },
  { write: 'block volume-duplicate 42000010 -o 42000011 -c 1000 -i 2000 -s 20', read: 'block volume-list' },
  {
    write: 'file volume-duplicate 42000002 -c 80 -s 0 --billing hourly --dependent-duplicate true',
    read: 'file volume-list',
  },
  { write: 'block volume-modify 42000001 -c 4000', read: 'block volume-detail 42000001' },
  { write: 'block volume-modify 42000006 --new-tier 4', read: 'block volume-detail 42000006' },
  { write: 'file volume-modify 42000013 -i 4000', read: 'file volume-detail 42000013' },
  { write: 'file volume-modify 42000007 -c 250 -t 10', read: 'file volume-detail 42000007' },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
