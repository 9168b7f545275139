import type { GroupSpec } from '../../define-command';
import bandwidth from './bandwidth';
import billing from './billing';
import cancelReasons from './cancel-reasons';
import credentials from './credentials';
import detail from './detail';
import list from './list';
import monitoring from './monitoring';
import notifications from './notifications';
import sensor from './sensor';
import storage from './storage';

const group: GroupSpec = {
  commands: [
    bandwidth,
    billing,
    cancelReasons,
    credentials,
    detail,
    list,
    monitoring,
    notifications,
    sensor,
    storage,
  ],
};
export default group;
