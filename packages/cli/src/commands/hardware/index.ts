import type { GroupSpec } from '../../define-command';
import authorizeStorage from './authorize-storage';
import bandwidth from './bandwidth';
import billing from './billing';
import cancel from './cancel';
import cancelReasons from './cancel-reasons';
import create from './create';
import createCredential from './create-credential';
import createOptions from './create-options';
import credentials from './credentials';
import detail from './detail';
import dnsSync from './dns-sync';
import edit from './edit';
import { reflashFirmware, updateFirmware } from './firmware';
import list from './list';
import monitoring from './monitoring';
import notificationAdd from './notification-add';
import notificationDelete from './notification-delete';
import notifications from './notifications';
import { powerCycle, powerOff, powerOn, reboot, rescue } from './power';
import ready from './ready';
import reload from './reload';
import sensor from './sensor';
import storage from './storage';
import toggleIpmi from './toggle-ipmi';
import upgrade from './upgrade';

const group: GroupSpec = {
  commands: [
    authorizeStorage,
    bandwidth,
    billing,
    cancel,
    cancelReasons,
    create,
    createCredential,
    createOptions,
    credentials,
    detail,
    dnsSync,
    edit,
    list,
    monitoring,
    notificationAdd,
    notificationDelete,
    notifications,
    powerCycle,
    powerOff,
    powerOn,
    reboot,
    reflashFirmware,
    ready,
    reload,
    rescue,
    sensor,
    storage,
    toggleIpmi,
    updateFirmware,
    upgrade,
  ],
};
export default group;
