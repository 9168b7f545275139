import { accountService } from './account-service';
import { billingItemService } from './billing-item-service';
import { billingInvoiceService, billingOrderService } from './billing-order-service';
import {
  datacenterService,
  locationService,
  notificationEventService,
  podService,
  presetService,
  productPackageService,
} from './catalog-services';
import { dnsDomainService, resourceRecordService } from './dns-service';
import { eventLogService } from './event-log-service';
import { globalIpService } from './global-ip-service';
import { hardwareServerService, hardwareService } from './hardware-service';
import { imageService } from './image-service';
import { ipAddressService } from './ip-address-service';
import { healthMonitorService, listenerService, memberService } from './lbaas-part-services';
import { loadBalancerService, sslCipherService } from './load-balancer-service';
import { guestNetworkComponentService } from './network-component-service';
import { networkStorageService } from './network-storage-service';
import { productOrderService } from './product-order-service';
import { searchService } from './search-service';
import { securityGroupService } from './security-group-service';
import type { ServiceDefinition } from './service-definition';
import { sshKeyService } from './ssh-key-service';
import { subnetService } from './subnet-service';
import { tagService } from './tag-service';
import { ticketService, ticketSubjectService } from './ticket-service';
import { permissionService, userService } from './user-service';
import { virtualGuestService } from './virtual-guest-service';
import { vlanService } from './vlan-service';

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
    globalIpService,
    searchService,
    tagService,
  ].map((service) => [service.name, service]),
);
