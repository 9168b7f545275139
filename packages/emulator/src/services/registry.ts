import { accountService } from './account-service';
import { allowedHostService } from './allowed-host-service';
import { bandwidthAllotmentService } from './bandwidth-allotment-service';
import { billingItemService } from './billing-item-service';
import { billingInvoiceService, billingOrderService } from './billing-order-service';
import {
  datacenterService,
  locationService,
  podService,
  presetService,
  productPackageService,
} from './catalog-services';
import { cdnMappingService } from './cdn-mapping-service';
import { cdnMetricsService } from './cdn-metrics-service';
import { cdnOriginService } from './cdn-origin-service';
import { cdnPurgeService } from './cdn-purge-service';
import { dedicatedHostService } from './dedicated-host-service';
import { dnsDomainService, resourceRecordService } from './dns-service';
import { emailDeliveryService } from './email-delivery-service';
import { emailSubscriptionService } from './email-subscription-service';
import { eventLogService } from './event-log-service';
import {
  componentFirewallService,
  firewallUpdateRequestService,
  vlanFirewallService,
} from './firewall-service';
import { globalIpService } from './global-ip-service';
import { hardwareServerService, hardwareService } from './hardware-service';
import { imageService } from './image-service';
import { ipAddressService } from './ip-address-service';
import { customerSubnetService, ipsecContextService } from './ipsec-service';
import { l7PolicyService, l7PoolService } from './lbaas-l7-services';
import { healthMonitorService, listenerService, memberService } from './lbaas-part-services';
import { loadBalancerService, sslCipherService } from './load-balancer-service';
import { maintenanceWindowService } from './maintenance-window-service';
import { metricTrackingService } from './metric-tracking-service';
import { netscalerService } from './netscaler-service';
import { guestNetworkComponentService } from './network-component-service';
import { networkStorageService } from './network-storage-service';
import { notificationEventService } from './notification-event-service';
import { guestNotificationService, hardwareNotificationService } from './notification-services';
import { objectStorageService } from './object-storage-service';
import { placementGroupService, placementRuleService } from './placement-group-service';
import { productOrderService } from './product-order-service';
import { quoteService } from './quote-service';
import { reservedCapacityService } from './reserved-capacity-service';
import { resourceMetadataService } from './resource-metadata-service';
import { scaleGroupService, scalePolicyService } from './scale-group-service';
import { searchService } from './search-service';
import { securityGroupService } from './security-group-service';
import type { ServiceDefinition } from './service-definition';
import { softwareAccountLicenseService } from './software-license-service';
import { softwarePasswordService } from './software-password-service';
import { sshKeyService } from './ssh-key-service';
import { sslCertificateService } from './ssl-certificate-service';
import { subnetService } from './subnet-service';
import { tagService } from './tag-service';
import { ticketService, ticketSubjectService } from './ticket-service';
import { permissionService, userService } from './user-service';
import { virtualGuestService } from './virtual-guest-service';
import { vlanService } from './vlan-service';
import { vpnOverridesService } from './vpn-overrides-service';

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
    l7PoolService,
    l7PolicyService,
    healthMonitorService,
    sslCipherService,
    securityGroupService,
    guestNetworkComponentService,
    networkStorageService,
    eventLogService,
    bandwidthAllotmentService,
    emailSubscriptionService,
    vpnOverridesService,
    emailDeliveryService,
    objectStorageService,
    quoteService,
    resourceMetadataService,
    globalIpService,
    searchService,
    tagService,
    sslCertificateService,
    ipsecContextService,
    customerSubnetService,
    cdnMappingService,
    cdnOriginService,
    cdnPurgeService,
    cdnMetricsService,
    metricTrackingService,
    guestNotificationService,
    hardwareNotificationService,
    maintenanceWindowService,
    softwarePasswordService,
    placementGroupService,
    placementRuleService,
    dedicatedHostService,
    reservedCapacityService,
    scaleGroupService,
    scalePolicyService,
    componentFirewallService,
    vlanFirewallService,
    firewallUpdateRequestService,
    softwareAccountLicenseService,
    allowedHostService,
    netscalerService,
  ].map((service) => [service.name, service]),
);
