import { accountModel } from './account';
import { bandwidthAllotmentModel } from './bandwidth-allotment';
import { dedicatedHostModel } from './dedicated-host';
import { dnsDomainModel, resourceRecordModel } from './dns';
import { globalIpModel } from './global-ip';
import { guestNetworkComponentModel } from './guest-network-component';
import { hardwareModel } from './hardware';
import { imageModel } from './image';
import { invoiceModel } from './invoice';
import { ipsecContextModel, ipsecCustomerSubnetModel, ipsecTranslationModel } from './ipsec';
import {
  l7HealthMonitorModel,
  l7MemberModel,
  l7PolicyModel,
  l7PoolModel,
  l7RuleModel,
  l7SessionAffinityModel,
} from './lbaas-l7';
import {
  healthMonitorModel,
  listenerModel,
  loadBalancerModel,
  memberModel,
  poolModel,
} from './load-balancer';
import { messageDeliveryAccountModel } from './message-delivery-account';
import { netscalerModel } from './netscaler';
import { subnetModel, vlanModel } from './network';
import { networkStorageModel } from './network-storage';
import { guestNotificationModel, hardwareNotificationModel } from './notification';
import { notificationEventModel } from './notification-event';
import { objectStorageAccountModel } from './object-storage-account';
import { placementGroupModel } from './placement-group';
import { portableDiskModel } from './portable-disk';
import { productItemModel, productItemPriceModel, productPackageModel } from './product';
import { productPresetModel } from './product-preset';
import { reservedCapacityModel } from './reserved-capacity';
import { scaleGroupModel, scalePolicyModel } from './scale-group';
import { securityGroupBindingModel, securityGroupModel, securityGroupRuleModel } from './security-group';
import { sshKeyModel } from './ssh-key';
import { sslCertificateModel } from './ssl-certificate';
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
  l7PoolModel,
  l7MemberModel,
  l7HealthMonitorModel,
  l7SessionAffinityModel,
  l7PolicyModel,
  l7RuleModel,
  healthMonitorModel,
  memberModel,
  securityGroupModel,
  securityGroupRuleModel,
  securityGroupBindingModel,
  notificationEventModel,
  bandwidthAllotmentModel,
  messageDeliveryAccountModel,
  objectStorageAccountModel,
  globalIpModel,
  productItemModel,
  tagModel,
  sslCertificateModel,
  ipsecContextModel,
  ipsecTranslationModel,
  ipsecCustomerSubnetModel,
  guestNotificationModel,
  hardwareNotificationModel,
  portableDiskModel,
  placementGroupModel,
  dedicatedHostModel,
  reservedCapacityModel,
  scaleGroupModel,
  scalePolicyModel,
  productPresetModel,
  netscalerModel,
  productItemPriceModel,
]) {
  MODELS.set(model.type, model);
}
// Subtypes that share a view with their base type.
MODELS.set('SoftLayer_Hardware_Server', hardwareModel);
MODELS.set('SoftLayer_Hardware_SecurityModule', hardwareModel);
MODELS.set('SoftLayer_User_Customer_OpenIdConnect', userModel);
MODELS.set('SoftLayer_Network_Storage_Iscsi', networkStorageModel);
MODELS.set('SoftLayer_Network_Storage_Nas', networkStorageModel);
MODELS.set('SoftLayer_Network_Message_Delivery', messageDeliveryAccountModel);
MODELS.set('SoftLayer_Network_Storage_Hub', objectStorageAccountModel);

/** The view of a SoftLayer type, when the emulator stores that type (others are plain objects). */
export function modelOf(type: string): TypeModel<unknown> | undefined {
  return MODELS.get(type);
}
