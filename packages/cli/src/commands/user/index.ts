import type { GroupSpec } from '../../define-command';
import create from './create';
import deleteUser from './delete';
import detail from './detail';
import deviceAccess from './device-access';
import { grantAccess, removeAccess } from './device-access-change';
import editDetails from './edit-details';
import editNotifications from './edit-notifications';
import editPermissions from './edit-permissions';
import list from './list';
import notifications from './notifications';
import permissions from './permissions';
import vpnManual from './vpn-manual';
import vpnSubnet from './vpn-subnet';

const group: GroupSpec = {
  commands: [
    create,
    deleteUser,
    detail,
    deviceAccess,
    editDetails,
    editNotifications,
    editPermissions,
    grantAccess,
    list,
    notifications,
    permissions,
    removeAccess,
    vpnManual,
    vpnSubnet,
  ],
};
export default group;
