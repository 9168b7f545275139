import { accountService } from './account-service';
import { billingItemService } from './billing-item-service';
import { billingInvoiceService, billingOrderService } from './billing-order-service';
import {
  datacenterService,
  ipAddressService,
  locationService,
  notificationEventService,
  podService,
  presetService,
  productPackageService,
  subnetService,
  vlanService,
} from './catalog-services';
import { dedicatedHostService } from './dedicated-host-service';
import { dnsDomainService, resourceRecordService } from './dns-service';
import { eventLogService } from './event-log-service';
import { hardwareServerService, hardwareService } from './hardware-service';
import { imageService } from './image-service';
import { healthMonitorService, listenerService, memberService } from './lbaas-part-services';
import { loadBalancerService, sslCipherService } from './load-balancer-service';
import { maintenanceWindowService } from './maintenance-window-service';
import { metricTrackingService } from './metric-tracking-service';
import { guestNetworkComponentService } from './network-component-service';
import { networkStorageService } from './network-storage-service';
import { guestNotificationService, hardwareNotificationService } from './notification-services';
import { placementGroupService, placementRuleService } from './placement-group-service';
import { productOrderService } from './product-order-service';
import { securityGroupService } from './security-group-service';
import type { ServiceDefinition } from './service-definition';
import { softwarePasswordService } from './software-password-service';
import { sshKeyService } from './ssh-key-service';
import { ticketService, ticketSubjectService } from './ticket-service';
import { permissionService, userService } from './user-service';
import { virtualGuestService } from './virtual-guest-service';

/** Every service the emulator serves, by full name. */
export const SERVICES: ReadonlyMap<string, ServiceDefinition> = new Map(
  [
    accountService,
    virtualGuestService,
    hardwareServerService,
    hardwareService,
    productOrderService,
    productPackageService,
    presetService,
    locationService,
    datacenterService,
    dnsDomainService,
    resourceRecordService,
    ticketService,
    ticketSubjectService,
    sshKeyService,
    imageService,
    userService,
    permissionService,
    billingItemService,
    billingOrderService,
    billingInvoiceService,
    vlanService,
    subnetService,
    ipAddressService,
    podService,
    notificationEventService,
    loadBalancerService,
    listenerService,
    memberService,
    healthMonitorService,
    sslCipherService,
    securityGroupService,
    guestNetworkComponentService,
    networkStorageService,
    eventLogService,
    metricTrackingService,
    guestNotificationService,
    hardwareNotificationService,
    maintenanceWindowService,
    softwarePasswordService,
    placementGroupService,
    placementRuleService,
    dedicatedHostService,
  ].map((service) => [service.name, service]),
);
