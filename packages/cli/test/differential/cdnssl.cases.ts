import { fileURLToPath } from 'node:url';
import type { DifferentialCases } from './cases';

/*
 * `sl cdn`, `sl ssl` and `sl report` against slcli's. The seeded account has two CDN mappings, 11223301417
 * (www.acme-shop.example, a host origin with an /images origin) and 11223302417 (downloads.acme-shop.example, a
 * bucket), two certificates, 930001 (valid) and 930002 (expired), three bandwidth pools, and two datacenters whose
 * closure is announced (dal05, sao01). `test/fixtures/ssl` holds a self-signed certificate with its key, a signing
 * request and an intermediate certificate (slcli's `ssl add` and `ssl edit` read every one of them).
 */

const SITE = '11223301417';
const DOWNLOADS = '11223302417';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/ssl/${name}`, import.meta.url));
const FILES = `--crt ${fixture('shop.crt')} --key ${fixture('shop.key')} --csr ${fixture('shop.csr')} --icc ${fixture('shop.icc')}`;
const PERIOD = '--start 2026-11-01 --end 2026-11-02';

const reads = [
  'cdn list',
  'cdn list --sortby domain',
  `cdn detail ${SITE}`,
  `cdn detail ${DOWNLOADS} --history 7`,
  `cdn detail ${SITE} --history 89`,
  `cdn origin-list ${SITE}`,
  `cdn origin-list ${DOWNLOADS}`,
  'ssl list',
  'ssl list --status valid',
  'ssl list --status expired --sortby id',
  'ssl list --sortby days_until_expire',
  'report datacenter-closures',
  `report bandwidth ${PERIOD}`,
  `report bandwidth ${PERIOD} --pool`,
  `report bandwidth ${PERIOD} --virtual --sortby type`,
  `report bandwidth --start "2026-11-01 06:00:00" --end "2026-11-01 18:30:00" --server`,
];

// Usage errors (bad choices, ranges, dates, missing files) are checked in test/cdnssl.integ.test.ts: slcli prints
// its usage line first.
const failures = [
  'cdn detail 999',
  'cdn origin-list 999',
  'cdn edit nope.example -H x',
  `cdn edit ${SITE} -c include-specified`,
  `cdn origin-add ${SITE} 10.0.0.1 /videos -t storage`,
  `cdn origin-add ${SITE} 10.0.0.1 /images`,
  `cdn origin-remove ${SITE} /nothere`,
  'cdn purge 999 /a.html',
  'ssl download 999',
];

const writes: DifferentialCases['writes'] = [
  {
    write: `cdn edit ${SITE} -H origin.acme-shop.example -t 8080 -r 0 -c include-specified -c utm_source`,
    read: `cdn detail ${SITE}`,
  },
  {
    write: 'cdn edit www.acme-shop.example -p "Large file optimization" -s 443 -o 10.1.1.1 -c ignore-all',
    read: 'cdn list',
  },
  { write: `cdn edit ${DOWNLOADS}`, read: `cdn detail ${DOWNLOADS}` },
  { write: `cdn edit ${DOWNLOADS} --cache ignore-specified --cache "a b" -r 1`, read: 'cdn list' },
  {
    write: `cdn origin-add ${SITE} 10.0.0.1 /videos -H video.acme-shop.example -p 8080 -o video`,
    read: `cdn origin-list ${SITE}`,
  },
  {
    write: `cdn origin-add ${DOWNLOADS} s3.example /files -t storage -b bucket1 -e "jpg png" -c "ignore: a b" -P https -o file`,
    read: `cdn origin-list ${DOWNLOADS}`,
  },
  { write: `cdn origin-remove ${SITE} /images`, read: `cdn origin-list ${SITE}` },
  { write: `cdn purge ${SITE} /index.html`, read: 'cdn list' },
  { write: `ssl add ${FILES} --notes "shop cert"`, read: 'ssl list' },
  { write: `ssl edit 930001 ${FILES} --notes renamed`, read: 'ssl list' },
  { write: '-y ssl remove 930002', read: 'ssl list' },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
