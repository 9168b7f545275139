import type { DifferentialCases } from './cases';

// Image template locations and exports the emulator serves (SoftLayer_Virtual_Guest_Block_Device_Template_Group::
// getStorageLocations, addLocations, removeLocations, copyToIcos, copyToExternalSource) on the seeded private image
// 5000009 (db-golden-1, in fra02) and the public image 5000001 (every datacenter). `image detail` lists an image's
// datacenters from its children (a child template group per datacenter), which the location writes change.
const DATACENTERS =
  'call-api SoftLayer_Virtual_Guest_Block_Device_Template_Group getDatacenters --id 5000009';

const cases: DifferentialCases = {
  reads: [
    'call-api SoftLayer_Virtual_Guest_Block_Device_Template_Group getStorageLocations --id 5000009',
    DATACENTERS,
    'image detail 5000001',
    'call-api SoftLayer_Virtual_Guest_Block_Device_Template_Group getObject --id 5000009 --mask "mask[id,firstChild,children[id,parentId,blockDevicesDiskSpaceTotal,datacenter[name]]]"',
  ],
  failures: [
    'image datacenter 5000009 --add nowhere',
    // fra02 is the image's only datacenter: the API keeps an image in at least one.
    'image datacenter 5000009 --remove fra02',
    'image datacenter 5000001 --add dal13',
    'image datacenter 5000001 --remove dal13',
    'image export 5000009 cos://us-south/backups',
    'image export 5000009 cos://us-south/backups/db.vhd',
    'image export 5000009 swift://acct/backups/db.vhd',
    'image export 5000001 cos://us-south/backups/db.vhd --ibm-api-key my-key',
    'image export 5000001 swift://acct@dal05/backups/db.vhd',
  ],
  writes: [
    { write: 'image datacenter 5000009 --add dal13', read: DATACENTERS },
    { write: 'image datacenter db-golden-1 dal13 fra02 ams03', read: DATACENTERS },
    {
      write: 'image datacenter 5000009 --remove dal13',
      read: DATACENTERS,
      setup: ['image datacenter 5000009 --add dal13'],
    },
    { write: 'image datacenter 5000009 --add dal13', read: 'image detail 5000009' },
    {
      write: 'image datacenter 5000009 --remove fra02',
      read: 'image detail 5000009',
      setup: ['image datacenter 5000009 --add dal13 ams03'],
    },
    {
      write: 'image export 5000009 cos://us-south/backups/db.vhd --ibm-api-key my-key',
      read: 'image detail 5000009',
    },
    { write: 'image export 5000009 swift://acct@dal05/backups/db.vhd', read: 'image detail 5000009' },
  ],
};

export default cases;
