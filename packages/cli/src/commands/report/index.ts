import type { GroupSpec } from '../../define-command';
import bandwidth from './bandwidth';
import datacenterClosures from './datacenter-closures';

const group: GroupSpec = { commands: [bandwidth, datacenterClosures] };
export default group;
