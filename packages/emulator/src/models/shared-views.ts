// Plain API objects several models share: locations, transactions, operating systems, tags, billing items.
import { DATACENTERS, type DatacenterSpec, resolveOperatingSystem } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { transactionStep } from '../data/provisioning';
import type { TransactionRecord, UserRecord } from '../data/records';
import { TAG_TYPES } from './tag-types';
import { compact, type ViewContext } from './type-model';

export function datacenterById(id: number): DatacenterSpec {
  return DATACENTERS.find((dc) => dc.id === id) ?? (DATACENTERS[0] as DatacenterSpec);
}

export function locationView(datacenter: DatacenterSpec): Record<string, unknown> {
  return {
    id: datacenter.id,
    name: datacenter.name,
    longName: datacenter.longName,
    statusId: 2,
    regions: [
      {
        keyname: datacenter.region,
        description: `${datacenter.name} - ${datacenter.longName}`,
        sortOrder: 0,
      },
    ],
  };
}

export function transactionView(
  transaction: TransactionRecord,
  serverId: number,
  now: number,
): Record<string, unknown> {
  const step = transactionStep(transaction, now);
  return {
    id: transaction.id,
    createDate: formatApiDate(transaction.startedAt),
    elapsedSeconds: Math.max(0, Math.floor((now - transaction.startedAt) / 1000)),
    guestId: serverId,
    hardwareId: null,
    modifyDate: formatApiDate(now),
    statusChangeDate: formatApiDate(transaction.startedAt),
    transactionGroup: { name: transaction.groupName },
    transactionStatus: { name: step.name, friendlyName: step.friendlyName },
  };
}

export function operatingSystemView(
  osCode: string,
  username: string,
  password: string,
): Record<string, unknown> {
  const os = resolveOperatingSystem(osCode);
  const description = {
    manufacturer: os?.manufacturer ?? 'Unknown',
    name: os?.name ?? osCode,
    version: os?.version ?? '',
    referenceCode: os?.referenceCode ?? osCode,
    longDescription: `${os?.name ?? osCode} ${os?.version ?? ''}`.trim(),
  };
  return {
    id: Math.abs(hash(osCode)) % 1_000_000,
    hardwareId: null,
    manufacturerLicenseInstance: '',
    passwords: [{ id: Math.abs(hash(password)) % 10_000_000, username: os?.username ?? username, password }],
    softwareLicense: {
      id: Math.abs(hash(osCode)) % 100_000,
      softwareDescriptionId: 1,
      softwareDescription: description,
    },
  };
}

/** A tag's id: derived from its name, so the same tag has the same id on every object. */
export function tagIdOf(name: string): number {
  return Math.abs(hash(name)) % 1_000_000;
}

export function tagTypeOf(typeId: number): { keyName: string; description: string } {
  const found = TAG_TYPES.find((type) => type.id === typeId);
  return { keyName: found?.keyName ?? 'HARDWARE', description: found?.description ?? 'Hardware' };
}

export function tagReferencesView(
  tags: readonly string[],
  resourceId: number,
  typeId: number,
): Record<string, unknown>[] {
  return tags.map((name) => {
    const tagId = tagIdOf(name);
    return {
      id: Math.abs(hash(`${name}:${resourceId}`)) % 100_000_000,
      resourceTableId: resourceId,
      tagId,
      tagTypeId: typeId,
      usrRecordId: null,
      tag: { id: tagId, name, accountId: null, internal: 0 },
      tagType: tagTypeOf(typeId),
    };
  });
}

export function userView(user: UserRecord, accountId: number): Record<string, unknown> {
  return compact({
    id: user.id,
    accountId,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    displayName: `${user.firstName} ${user.lastName}`,
    createDate: formatApiDate(user.createdAt),
    parentId: user.parentId,
    userStatusId: 1001,
    userStatus: { id: 1001, keyName: 'ACTIVE', name: 'Active' },
  });
}

export interface BillingSubject {
  billingItemId: number;
  categoryCode: string;
  description: string;
  /** Servers have a host and domain name; storage volumes do not. */
  hostName?: string;
  domainName?: string;
  hourly: boolean;
  monthlyFee: number;
  createdAt: number;
  datacenterId: number;
  orderId: number;
  presetKeyName: string | null;
  packageId: number;
  packageKeyName: string;
  children: Array<{ categoryCode: string; description: string; fee: number }>;
}

/** `cancellationDate` of a child billing item cancelled on its own (a volume's snapshot space). */
function cancellationOf(context: ViewContext, id: number): { cancellationDate?: string } {
  const cancellation = context.state.cancellations.get(id);
  return cancellation ? { cancellationDate: formatApiDate(cancellation.cancelledAt) } : {};
}

/** A top-level billing item as the API shows it, with its order, package, location and children. */
export function billingItemView(subject: BillingSubject, context: ViewContext): Record<string, unknown> {
  const cancellation = context.state.cancellations.get(subject.billingItemId);
  const owner = context.state.users.all()[0];
  const fee = subject.monthlyFee.toFixed(2);
  const children = subject.children.map((child, index) => ({
    id: subject.billingItemId * 10 + index + 1,
    parentId: subject.billingItemId,
    categoryCode: child.categoryCode,
    description: child.description,
    recurringFee: child.fee.toFixed(2),
    nextInvoiceTotalRecurringAmount: child.fee,
    hourlyRecurringFee: (child.fee / 730).toFixed(3),
    ...cancellationOf(context, subject.billingItemId * 10 + index + 1),
  }));
  return compact({
    id: subject.billingItemId,
    allowCancellationFlag: 1,
    cancellationDate: cancellation ? formatApiDate(cancellation.cancelledAt) : undefined,
    categoryCode: subject.categoryCode,
    createDate: formatApiDate(subject.createdAt),
    cycleStartDate: formatApiDate(subject.createdAt),
    description: subject.description,
    domainName: subject.domainName,
    hostName: subject.hostName,
    hourlyFlag: subject.hourly,
    hourlyRecurringFee: subject.hourly ? (subject.monthlyFee / 730).toFixed(3) : undefined,
    laborFee: '0',
    oneTimeFee: '0',
    recurringFee: fee,
    recurringMonths: 1,
    serviceProviderId: 1,
    setupFee: '0',
    nextInvoiceTotalRecurringAmount: subject.monthlyFee,
    location: locationView(datacenterById(subject.datacenterId)),
    package: { id: subject.packageId, keyName: subject.packageKeyName },
    children,
    activeChildren: children,
    nextInvoiceChildren: children,
    orderItem: compact({
      id: subject.orderId * 10 + 1,
      order: compact({
        id: subject.orderId,
        userRecordId: owner?.id,
        userRecord: owner ? userView(owner, context.state.accountId) : undefined,
      }),
      preset: subject.presetKeyName ? { keyName: subject.presetKeyName } : undefined,
    }),
  });
}

/** A small stable string hash (FNV-1a). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Bandwidth allotment and this cycle's usage of a server (stable numbers derived from its id). */
export function bandwidthAllotmentView(serverId: number): Record<string, unknown> {
  return { id: serverId, allocationId: serverId, allocation: { amount: '250' } };
}

export function bandwidthUsageView(serverId: number): Record<string, unknown>[] {
  return [
    {
      amountIn: ((serverId % 97) / 10).toFixed(4),
      amountOut: ((serverId % 89) / 10).toFixed(4),
      type: { alias: 'PUBLIC_SERVER_BW' },
    },
    {
      amountIn: ((serverId % 53) / 10).toFixed(4),
      amountOut: ((serverId % 61) / 10).toFixed(4),
      type: { alias: 'PRIVATE_SERVER_BW' },
    },
  ];
}
