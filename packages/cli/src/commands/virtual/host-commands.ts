import type { CommandSpec } from '../../define-command';
import createHost from '../dedicatedhost/create';
import listHosts from '../dedicatedhost/list';

// slcli's `vs host-list` and `vs host-create` are its `dedicatedhost list` and `dedicatedhost create` under other
// names: the same commands here.
export const hostList: CommandSpec = { ...listHosts, name: 'host-list' };
export const hostCreate: CommandSpec = { ...createHost, name: 'host-create' };
