import type { GroupSpec } from '../../define-command';
import accounts from './accounts';
import endpoints from './endpoints';

const group: GroupSpec = {
  commands: [accounts, endpoints],
  groups: [
    {
      name: 'credential',
      description: 'Manages Object Storage S3 Credentials.',
      load: () => import('./credential/index'),
    },
  ],
};
export default group;
