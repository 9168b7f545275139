import { accountModel } from './account';
import { dnsDomainModel, resourceRecordModel } from './dns';
import { globalIpModel } from './global-ip';
import { guestNetworkComponentModel } from './guest-network-component';
import { hardwareModel } from './hardware';
import { imageModel } from './image';
import { invoiceModel } from './invoice';
import {
  healthMonitorModel,
  listenerModel,
  loadBalancerModel,
  memberModel,
  poolModel,
} from './load-balancer';
import { subnetModel, vlanModel } from './network';
import { networkStorageModel } from './network-storage';
import { productItemModel, productPackageModel } from './product';
import { securityGroupBindingModel, securityGroupModel, securityGroupRuleModel } from './security-group';
import { sshKeyModel } from './ssh-key';
import { tagModel } from './tag';
import { ticketAttachmentModel, ticketModel, ticketUpdateModel } from './ticket';
import type { TypeModel } from './type-model';
import { userModel } from './user';
import { virtualGuestModel } from './virtual-guest';

const MODELS = new Map<string, TypeModel<unknown>>();
for (const model of [
  accountModel,
  virtualGuestModel,
  hardwareModel,
  dnsDomainModel,
  resourceRecordModel,
  ticketModel,
  ticketUpdateModel,
  ticketAttachmentModel,
  sshKeyModel,
  imageModel,
  userModel,
  vlanModel,
  subnetModel,
  productPackageModel,
  invoiceModel,
  networkStorageModel,
  guestNetworkComponentModel,
  loadBalancerModel,
  listenerModel,
  poolModel,
  healthMonitorModel,
  memberModel,
  securityGroupModel,
  securityGroupRuleModel,
  securityGroupBindingModel,
  globalIpModel,
  productItemModel,
  tagModel,
]) {
  MODELS.set(model.type, model);
}
// Subtypes that share a view with their base type.
MODELS.set('SoftLayer_Hardware_Server', hardwareModel);
MODELS.set('SoftLayer_Hardware_SecurityModule', hardwareModel);
MODELS.set('SoftLayer_User_Customer_OpenIdConnect', userModel);
MODELS.set('SoftLayer_Network_Storage_Iscsi', networkStorageModel);
MODELS.set('SoftLayer_Network_Storage_Nas', networkStorageModel);

/** The view of a SoftLayer type, when the emulator stores that type (others are plain objects). */
export function modelOf(type: string): TypeModel<unknown> | undefined {
  return MODELS.get(type);
}
