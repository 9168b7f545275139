import type { Column } from './columns';
import { activeTransaction, tagList } from './transaction-status';

type Server = Record<string, unknown>;

/**
 * The `--columns` of slcli's server listings (`vs list`, `hw list`, `dh list-guests`), one definition each; every
 * listing picks its own and their order (the order its help shows).
 */
export const SERVER_COLUMNS: Record<
  'guid' | 'primaryIp' | 'backendIp' | 'datacenter' | 'powerState' | 'createdBy' | 'tags',
  Column<Server>
> = {
  guid: { name: 'guid', value: ['globalIdentifier'] },
  primaryIp: { name: 'primary_ip', value: ['primaryIpAddress'] },
  backendIp: { name: 'backend_ip', value: ['primaryBackendIpAddress'] },
  datacenter: { name: 'datacenter', value: ['datacenter', 'name'] },
  powerState: { name: 'power_state', value: ['powerState', 'name'] },
  createdBy: { name: 'created_by', value: ['billingItem', 'orderItem', 'order', 'userRecord', 'username'] },
  tags: {
    name: 'tags',
    value: (server: Server): unknown => tagList(server.tagReferences),
    mask: 'tagReferences.tag.name',
  },
};

/** The `action` column (the running transaction), with the mask text the listing's slcli command sends. */
export function actionColumn(mask: string): Column<Server> {
  return { name: 'action', value: activeTransaction, mask };
}
