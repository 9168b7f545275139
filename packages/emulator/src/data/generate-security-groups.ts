import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { guestComponentId } from './network';
import type { Random } from './random';
import type {
  GuestRecord,
  SecurityGroupBindingRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
} from './records';

export interface GenerateSecurityGroupsOptions {
  /** The security groups' own random stream. */
  random: Random;
  count: number;
  /** The generated guests: some of their network components are bound to the groups. */
  guests: readonly GuestRecord[];
  allocate: (kind: 'securityGroup' | 'securityGroupRule' | 'securityGroupBinding') => number;
}

const GROUPS: ReadonlyArray<{ name: string; description?: string }> = [
  { name: 'web-servers', description: 'HTTP and HTTPS from anywhere' },
  { name: 'ssh-bastion', description: 'SSH from the office network' },
  { name: 'databases', description: 'Postgres from the web servers only' },
  { name: 'monitoring' },
  { name: 'allow-icmp', description: 'Ping from anywhere' },
  { name: 'k8s-workers', description: 'Kubernetes node ports' },
];

type RuleTemplate = Omit<SecurityGroupRuleRecord, 'id' | 'securityGroupId' | 'createdAt' | 'modifiedAt'>;

const ANY: Pick<RuleTemplate, 'protocol' | 'portRangeMin' | 'portRangeMax' | 'remoteIp' | 'remoteGroupId'> = {
  protocol: null,
  portRangeMin: null,
  portRangeMax: null,
  remoteIp: null,
  remoteGroupId: null,
};

function tcp(port: number, remoteIp: string | null = null, last = port): RuleTemplate {
  return {
    ...ANY,
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'tcp',
    portRangeMin: port,
    portRangeMax: last,
    remoteIp,
  };
}

/** The rules a group of each kind has; `web` is the web-servers group a database group allows (a remote group). */
function rulesFor(index: number, web: number | undefined): RuleTemplate[] {
  const egress: RuleTemplate[] = [
    { ...ANY, direction: 'egress', ethertype: 'IPv4' },
    { ...ANY, direction: 'egress', ethertype: 'IPv6' },
  ];
  switch (index % GROUPS.length) {
    case 0:
      return [...egress, tcp(80), tcp(443), { ...tcp(443), ethertype: 'IPv6' }];
    case 1:
      return [...egress, tcp(22, '203.0.113.0/24'), tcp(22, '10.0.0.0/8')];
    case 2:
      return web === undefined
        ? [...egress, tcp(5432, '10.0.0.0/8')]
        : [...egress, { ...tcp(5432), remoteGroupId: web }];
    case 3:
      return [tcp(9100, '10.0.0.0/8'), { ...tcp(161), protocol: 'udp' }];
    case 4:
      return [
        {
          ...ANY,
          direction: 'ingress',
          ethertype: 'IPv4',
          protocol: 'icmp',
          portRangeMin: 8,
          portRangeMax: 0,
        },
      ];
    default:
      return [
        ...egress,
        tcp(30000, '10.0.0.0/8', 32767),
        { ...ANY, direction: 'ingress', ethertype: 'IPv4', protocol: 'vrrp' },
      ];
  }
}

/**
 * Builds the account's security groups (web servers, SSH bastion, databases, …) with their rules — a database
 * group allows its web-servers group as a remote group — and binds some guests' network components to them.
 */
export function generateSecurityGroups(options: GenerateSecurityGroupsOptions): {
  groups: SecurityGroupRecord[];
  rules: SecurityGroupRuleRecord[];
  bindings: SecurityGroupBindingRecord[];
} {
  const { random, guests } = options;
  const groups: SecurityGroupRecord[] = [];
  const rules: SecurityGroupRuleRecord[] = [];
  const bindings: SecurityGroupBindingRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const kind = GROUPS[index % GROUPS.length] as (typeof GROUPS)[number];
    const round = Math.floor(index / GROUPS.length);
    const createdAt = GENERATION_ANCHOR - random.int(5, 500) * DAY_MS - random.int(0, DAY_MS);
    const modifiedAt = createdAt + random.int(0, 30) * DAY_MS;
    const id = options.allocate('securityGroup');
    groups.push({
      id,
      name: round === 0 ? kind.name : `${kind.name}-${round + 1}`,
      description: kind.description ?? null,
      createdAt,
      modifiedAt,
    });
    for (const template of rulesFor(index, groups[index - 2]?.id)) {
      rules.push({
        id: options.allocate('securityGroupRule'),
        securityGroupId: id,
        ...template,
        createdAt,
        modifiedAt,
      });
    }
    const wanted = guests.length === 0 ? 0 : random.int(0, 4);
    const components: number[] = [];
    for (let attempt = 0; components.length < wanted && attempt < wanted * 4; attempt++) {
      const guest = random.pick(guests);
      const port = guest.privateNetworkOnly ? 0 : random.pick([0, 1] as const);
      const componentId = guestComponentId(guest.id, port);
      if (components.includes(componentId)) continue;
      components.push(componentId);
      bindings.push({
        id: options.allocate('securityGroupBinding'),
        securityGroupId: id,
        networkComponentId: componentId,
        createdAt: modifiedAt,
      });
    }
  }
  return { groups, rules, bindings };
}
