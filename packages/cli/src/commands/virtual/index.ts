import type { GroupSpec } from '../../define-command';
import access from './access';
import authorizeStorage from './authorize-storage';
import bandwidth from './bandwidth';
import billing from './billing';
import cancel from './cancel';
import capture from './capture';
import create from './create';
import createOptions from './create-options';
import credentials from './credentials';
import detail from './detail';
import dnsSync from './dns-sync';
import edit from './edit';
import { hostCreate, hostList } from './host-commands';
import list from './list';
import migrate from './migrate';
import monitoring from './monitoring';
import { notificationAdd, notificationDelete, notifications } from './notifications';
import osAvailable from './os-available';
import { pause, powerOff, powerOn, reboot, rescue, resume } from './power';
import ready from './ready';
import reload from './reload';
import storage from './storage';
import upgrade from './upgrade';
import usage from './usage';

const group: GroupSpec = {
  commands: [
    access,
    authorizeStorage,
    bandwidth,
    billing,
    cancel,
    capture,
    create,
    createOptions,
    credentials,
    detail,
    dnsSync,
    edit,
    hostCreate,
    hostList,
    list,
    migrate,
    monitoring,
    notificationAdd,
    notificationDelete,
    notifications,
    osAvailable,
    pause,
    powerOff,
    powerOn,
    ready,
    reboot,
    reload,
    rescue,
    resume,
    storage,
    upgrade,
    usage,
  ],
  groups: [
    { name: 'capacity', description: 'Manages Reserved Capacity.', load: () => import('./capacity/index') },
    {
      name: 'placementgroup',
      description: 'Manages Placement Groups.',
      load: () => import('./placementgroup/index'),
    },
  ],
};
export default group;
