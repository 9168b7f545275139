import type { DifferentialCases } from './cases';

/*
 * `sl order` against slcli's `order`: the catalog's packages (PUBLIC_CLOUD_SERVER 835, BARE_METAL_SERVER 200, …),
 * and two seeded open quotes, 2940001 (a monthly virtual server) and 2940002 (a bare metal server). The first order
 * placed on a fresh emulator is 120000007; the first quote made is 2950001.
 */

const VS_ITEMS =
  'BANDWIDTH_0_GB_2 OS_UBUNTU_22_64 1_IP_ADDRESS 1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS REBOOT_REMOTE_CONSOLE';
const VS_FULL = `GUEST_CORE_4 RAM_16_GB GUEST_DISK_100_GB_SAN ${VS_ITEMS}`;
const VS_TYPE = '--complex-type SoftLayer_Container_Product_Order_Virtual_Guest';
const VS_EXTRAS = '--extras {"virtualGuests":[{"hostname":"test","domain":"ibm.com"}]}';
const BM_ITEMS =
  'INTEL_XEON_2620_2_10 RAM_64_GB_DDR4_2133_ECC_NON_REG HARD_DRIVE_1_00_TB_SATA_2 DISK_CONTROLLER_NONRAID ' +
  'OS_UBUNTU_22_64 BANDWIDTH_500_GB 1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS 1_IP_ADDRESS REBOOT_KVM_OVER_IP ' +
  'UNLIMITED_SSL_VPN_USERS_1_PPTP_VPN_USER_PER_ACCOUNT';
const BM_TYPE = '--complex-type SoftLayer_Container_Product_Order_Hardware_Server';
const BM_EXTRAS = '--extras {"hardware":[{"hostname":"db1","domain":"ibm.com"}]}';

const reads = [
  'order package-list',
  'order package-list --keyword Server',
  'order package-list --package_type BARE_METAL_CPU',
  'order category-list PUBLIC_CLOUD_SERVER',
  'order category-list BARE_METAL_SERVER --required',
  'order item-list PUBLIC_CLOUD_SERVER',
  'order item-list BARE_METAL_SERVER --category os --keyword ubuntu',
  'order item-list BARE_METAL_SERVER -p',
  'order item-list PUBLIC_CLOUD_SERVER --prices DALLAS13',
  // Location-based prices: Location Group 2 (ams03, fra02, lon06), 3 (tok02, syd04), 1 (storage, wdc07 …).
  'order item-list PUBLIC_CLOUD_SERVER --prices AMSTERDAM03',
  'order item-list PUBLIC_CLOUD_SERVER -p ams03',
  'order item-list BARE_METAL_SERVER --prices TOKYO02 --category server',
  'order item-list STORAGE_AS_A_SERVICE_STAAS --prices WASHINGTON07 --keyword Storage',
  'server create-options ams03 --prices',
  'hw create-options tok02',
  `order place --verify --billing monthly ${VS_TYPE} ${VS_EXTRAS} PUBLIC_CLOUD_SERVER AMSTERDAM03 ${VS_FULL}`,
  `order place --verify --billing monthly ${BM_TYPE} ${BM_EXTRAS} BARE_METAL_SERVER SAOPAULO ${BM_ITEMS}`,
  // The legacy CLOUD_SERVER package (46): the virtual server items at its own prices, data disks for its disks.
  'order category-list CLOUD_SERVER',
  'order item-list CLOUD_SERVER',
  'order item-list CLOUD_SERVER --category guest_core',
  'order item-list CLOUD_SERVER --prices AMSTERDAM03',
  'vs create-options --vsi-type CLOUD_SERVER',
  `order place --verify ${VS_TYPE} ${VS_EXTRAS} CLOUD_SERVER DALLAS13 GUEST_CORE_2 RAM_4_GB ${VS_ITEMS}`,
  'order preset-list PUBLIC_CLOUD_SERVER',
  'order preset-list PUBLIC_CLOUD_SERVER --keyword B1.2',
  'order preset-list BARE_METAL_SERVER --prices',
  'order package-locations PUBLIC_CLOUD_SERVER',
  'order package-locations BARE_METAL_SERVER',
  'order quote-list',
  'order quote-detail 2940001',
  'order quote-detail 2940002',
  'order quote 2940002 --verify --fqdn web1.example.com',
  'order quote 2940002 --verify --fqdn web1.example.com --fqdn web2.example.com --quantity 2',
  `order place --verify --preset B1_1X2X25 ${VS_TYPE} ${VS_EXTRAS} PUBLIC_CLOUD_SERVER DALLAS13 ${VS_ITEMS}`,
  `order place --verify --billing monthly ${VS_TYPE} ${VS_EXTRAS} PUBLIC_CLOUD_SERVER DALLAS13 ${VS_FULL}`,
  `order place --verify --billing monthly ${BM_TYPE} ${BM_EXTRAS} BARE_METAL_SERVER DALLAS13 ${BM_ITEMS}`,
];

const failures = [
  'order category-list NOPE',
  'order item-list NOPE',
  'order item-list PUBLIC_CLOUD_SERVER --prices NOWHERE01',
  'order package-locations NOPE',
  'order quote-detail 999',
  'order quote-save 999',
  'order lookup 999',
  'order quote 999 --verify --fqdn a.example.com',
  `order quote 2940001 --verify --fqdn a.example.com ${VS_TYPE}`,
  'order place --verify NOPE DALLAS13 GUEST_CORE_4',
  'order place --verify PUBLIC_CLOUD_SERVER DALLAS13 GUEST_CORE_4',
  `order place --verify ${VS_TYPE} PUBLIC_CLOUD_SERVER DALLAS13 NOPE_ITEM`,
  'order place-quote PUBLIC_CLOUD_SERVER DALLAS13 GUEST_CORE_4',
];

const writes: DifferentialCases['writes'] = [
  {
    write: `order place-quote ${VS_TYPE} PUBLIC_CLOUD_SERVER DALLAS13 ${VS_FULL}`,
    read: 'order quote-list',
  },
  {
    write: `order place-quote --name db --send-email ${BM_TYPE} BARE_METAL_SERVER DALLAS13 ${BM_ITEMS}`,
    read: 'order quote-detail 2950001',
  },
  { write: 'order quote-save 2940001', read: 'order quote-list' },
  { write: 'order quote 2940002 --fqdn db1.example.com', read: 'order quote-list' },
  {
    write: `order place --verify ${VS_TYPE} ${VS_EXTRAS} PUBLIC_CLOUD_SERVER DALLAS13 ${VS_FULL}`,
    read: 'order quote-list',
  },
  {
    write: `-y order place ${VS_TYPE} ${VS_EXTRAS} PUBLIC_CLOUD_SERVER DALLAS13 ${VS_FULL}`,
    read: 'order lookup 120000007',
  },
  {
    write: `-y order place ${VS_TYPE} ${VS_EXTRAS} CLOUD_SERVER DALLAS13 GUEST_CORE_2 RAM_4_GB ${VS_ITEMS}`,
    read: 'order lookup 120000007',
  },
  {
    write: `-y order place --billing monthly ${BM_TYPE} ${BM_EXTRAS} BARE_METAL_SERVER DALLAS13 ${BM_ITEMS}`,
    read: 'order lookup 120000007 --details',
  },
];

const cases: DifferentialCases = { reads, failures, writes };
export default cases;
