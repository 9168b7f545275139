import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPool, type RunResult, runSl, runSlcli, writeConfig } from './run-binary';

// `slcli --format json …` and `sl --format json …` against one seeded emulator print the same JSON (keys, types,
// item order, values). The reference is the judge; a deliberate difference is listed in the README.

const READS: readonly string[] = [
  'dns zone-list',
  'dns zone-print example.com',
  'dns zone-print 400002',
  'dns record-list example.com',
  'dns record-list example.org --type a',
  'dns record-list example.net --ttl 900',
  'dns record-list 400001 --record www',
  'sshkey list',
  'sshkey list --sortby label',
  'event-log types',
  'image list',
  'image list --public',
  'image list --private --name golden',
  'image detail 5000009',
  'image detail db-golden-1',
  'summary',
  'summary --sortby vlans',
  'ticket list',
  'ticket list --closed',
  'ticket detail 150000002',
  'ticket detail 150000003 --count 1',
  'ticket subjects',
  'event-log get -l 5',
  'event-log get --metadata -l 3',
  'hardware list',
  'hw list --columns id,tags,created_by,guid,datacenter.longName -d dal05',
  'hw list --tag prod -H gpu01',
  'hw detail 1200001',
  'hw detail gpu01 --price --passwords',
  'hw detail 1200002 --price --passwords --components',
  'hw billing 1200001',
  'hw cancel-reasons',
  'hw credentials 1200001',
  'hw sensor 1200001',
  'hw sensor 1200003 --discrete',
  'hw notifications 1200001',
  'hw monitoring 1200001',
  'hw storage 1200001',
  'hw bandwidth 1200001 -s 2026-12-01 -e 2026-12-02',
  'hw bandwidth 1200001 -s 2026-12-01 -e 2026-12-03 -p 86400 -q',
  'hw ready 1200001',
  'hw upgrade 1200001 --memory 128 --test',
  'hw upgrade 1200001 --network 1000 --drive-controller RAID --test',
  'hw upgrade 1200001 --add-disk 1000 3 --public-bandwidth 500 --test',
  'dedicatedhost list',
  'dh list -d lon06 --sortby Id',
  'dh detail 656001',
  'dh detail 656001 --price --guests',
  'dh list-guests 656001',
  'dh list-guests 656001 --columns id,guid,cpu,memory,tags,created_by',
  'dh create-options',
  'call-api Account getObject --mask id,companyName,email',
  'call-api Account getDomains --mask id,name,serial',
  'call-api Account getVirtualGuests --mask id,hostname,datacenter.name --limit 7',
  'call-api Account getVirtualGuests --mask id,hostname --limit 5 --offset 3',
  'call-api Account getVirtualGuests --mask id,hostname -f virtualGuests.hostname=*1*',
  'call-api Account getVirtualGuests --mask id,maxCpu -f virtualGuests.maxCpu>=4 --orderBy virtualGuests.id=DESC',
  'call-api Account getSshKeys --mask id,label --orderBy sshKeys.label=ASC',
  'call-api Dns_Domain getObject --id 400001 --mask id,name',
  'vs list',
  'vs list --columns id,hostname,guid,primary_ip,power_state,created_by,tags,datacenter,action',
  'vs list -d dal10 --hourly --sortby id',
  'virtual list --monthly -c 2',
  'vm list --all-guests -H web*',
  'vs list --hardware',
  'vs detail 80000001',
  'vs detail web01 --passwords --price',
  'vs detail 80000004 --price',
  'vs credentials 80000003',
  'vs billing 80000003',
  'vs storage 80000001',
  'vs notifications 80000001',
  'vs access 80000001',
  'vs monitoring 80000001',
  'vs os-available',
  'vs create-options',
  'vs create-options dal13 --prices',
  'vs create-options --vsi-type CLOUD_SERVER -p',
  'vs bandwidth 80000001 -s 2025-01-01 -e 2025-01-02',
  'vs bandwidth web01 -s 2025-01-01 -e 2025-01-03 -q -p 300',
  'vs usage 80000001 -s 2025-01-01 -e 2025-01-05 -t CPU0',
  'vs usage 80000002 -s 2025-01-01 -e 2025-01-02 -t memory_usage -p 300',
  'vs ready 80000001',
  'vs migrate',
  'block volume-list',
  'block volume-list --datacenter tor01 --sortby capacity_gb',
  'block volume-list --storage-type performance',
  'block volume-list --columns id,created_by,notes,storage_type',
  'file volume-list',
  'file volume-list -d wdc07 --columns id,mount_addr,lunId',
  'block volume-count',
  'file volume-count --datacenter wdc07',
  'block volume-limits',
  'file volume-limits',
  'block volume-detail 42000001',
  'block volume-detail SL02SEL307609-1',
  'file volume-detail 42000002',
  'file volume-detail SL02SV307609_2',
  'block access-list 42000001',
  'file access-list 42000002 --columns id,name,type,allowed_host_id',
  'block snapshot-list 42000001',
  'file snapshot-list 42000002',
  'block snapshot-schedule-list 42000001',
  'file snapshot-schedule-list 42000002',
  'block snapshot-get-notification-status 42000001',
  'block replica-partners 42000001',
  'file replica-partners 42000002',
  'block replica-locations 42000001',
  'file replica-locations 42000002 --columns "ID,Short Name"',
  'block object-list',
  'account summary',
  'account invoices',
  'account invoices --closed --limit 5',
  'account invoices --all',
  'account invoice-detail 60000012',
  'account invoice-detail 60000012 --details',
  'account events',
  'account events --planned',
  'account events --date-min 01/15/2020 --unplanned --announcement',
  'account event-detail 9100001',
  'account billing-items',
  'account item-detail 701200005',
  'account orders',
  'account orders -l 3',
  'account licenses',
  'account bandwidth-pools',
  'account bandwidth-pools-detail 309961',
  'user list',
  'user list --columns id,username,status,hardwareCount,virtualGuestCount,2FA',
  'user detail 7000002',
  'user detail SL307609_demo -k -p -h -v -l -e',
  'user detail 7000003 -p -h -v',
  'user permissions SL307609_demo',
  'user permissions 7000003',
  'user notifications',
  'user device-access 7000002',
  'email list',
  'email detail 870001',
  'vlan list',
  'vlan list --sortby Number',
  'vlan list -d dal10',
  'vlan list --name public-dal10',
  'vlan list -n 800',
  'vlan detail 2100001',
  'vlan detail public-dal10 --no-vs',
  'vlan detail 2100002 --no-hardware --no-trunks',
  'vlan create-options',
  'subnet list',
  'subnet list --v4',
  'subnet list --ipv6',
  'subnet list -d dal10 --sortby IPs',
  'subnet list -t PRIMARY --network-space PUBLIC',
  'subnet list --identifier 10.100.0.0',
  'subnet detail 1500001',
  'subnet detail 158.80.0.0 --no-vs',
  'subnet detail 1500002 --no-hardware',
  'subnet lookup 158.80.0.1',
  'subnet lookup 10.100.0.5',
  'globalip list',
  'globalip list --ip-version v4',
  'globalip list --ip-version v6',
  'securitygroup list',
  'sg list --sortby name',
  'securitygroup detail 340001',
  'securitygroup detail 340003',
  'securitygroup rule-list 340001',
  'sg rule-list 340002 --sortby portRangeMin',
  'securitygroup interface-list 340001',
  'sg interface-list 340002 --sortby hostname',
  'loadbal list',
  'lb ns-list',
  'lb l7policies',
  'tags list',
  'tags cleanup -d',
  'tags details 17788',
  'search --types',
  'search web',
  'search _objectType:SoftLayer_Virtual_Guest web*',
  'search _objectType:SoftLayer_Virtual_Guest hostname:web* --advanced',
  'search _objectType:SoftLayer_Network_Vlan',
  'lb order-options -d dal10',
  'lb order -n x -d dal10 -s 1500002 --verify',
];

/** Commands that fail the same way in both: the exit code and the gist of the message. */
const FAILURES: readonly string[] = [
  'dns zone-print no-such-zone.test',
  'call-api Account getNothingAtAll',
  'ticket detail 999',
  'ticket attach 150000002',
  'vs detail no-such-host',
  'vs detail web*',
  'vs detail 999',
  'vs credentials 999',
  '-y vs cancel 999',
  '-y vs power-off nothing-here',
  'vs upgrade 80000001',
  '-y vs upgrade 80000001 --private --memory 4',
  'vs edit 80000001 -u data -F /etc/hostname',
  'vs create -H a -D b.test -d dal13 -o UBUNTU_LATEST -c 2 -f B1_1X2X25 --test',
  'vs create -H a -D b.test -d dal13 -o UBUNTU_LATEST --image abc --test',
  'vs usage 80000001 -s 2025-01-02 -e 2025-01-01 -t CPU0',
  'vs bandwidth 80000001 -s 2025-01-02 -e 2025-01-01',
  'block volume-detail 999',
  'block volume-detail no-such-volume',
  'file volume-detail no-such-volume',
  'file snapshot-list 999',
  'account invoice-detail 999',
  'account events --date-min 13/45/2020',
  'user detail no-such-user',
  'user permissions no-such-user',
  'email detail 999',
  'hw detail nosuch-host',
  'hw detail 999',
  'hw authorize-storage 1200001 -u nosuchuser',
  'hw notification-delete 99999',
  'dh detail 999',
  'dh create-options -d lon06',
  'vlan detail no-such-vlan',
  'vlan detail 99',
  'vlan edit 2100001',
  '-y vlan cancel 2100001',
  'subnet detail no-such-subnet',
  'subnet detail 42',
  'subnet clear-route 1500001',
  '-y globalip cancel 1.2.3.4',
  'globalip unassign 99',
  'securitygroup detail 999',
  'sg rule-edit 340003 4100001 -m 80',
  'sg interface-add 340002',
  '-y sg delete 340002',
  'tags details 999',
  'tags delete edge',
  'lb l7policies -p 1',
  'lb detail 5',
  'lb ns-detail 1',
];

/** Reads compared without one key: slcli's value there is wrong (see the README's deliberate differences). */
const READS_BUT: ReadonlyArray<{ command: string; key: string }> = [
  // slcli looks for members under a key its pools never have and prints "Not Found"; sl lists them.
  { command: 'lb detail 610001', key: 'Members' },
  { command: 'lb detail web-lb', key: 'Members' },
  { command: 'loadbal detail 610003', key: 'Members' },
  { command: 'lb detail 610002', key: 'Members' },
];

/**
 * Writes run on a fresh emulator each (same seed); then a read shows the state both left. `sameOutput: false` for a
 * write whose own output holds the time it ran (an order date): then only the read is compared.
 */
const WRITES: ReadonlyArray<{ write: string; read: string; sameOutput?: false }> = [
  { write: 'dns zone-create new-zone.test', read: 'dns zone-list' },
  {
    write: 'dns record-add www A 10.0.0.1 --zone example.com --ttl 600',
    read: 'dns record-list example.com',
  },
  {
    write: 'dns record-add mail MX 10.0.0.2 --zone example.com --priority 20',
    read: 'dns record-list example.com',
  },
  { write: '-y dns zone-delete example.org', read: 'dns zone-list' },
  { write: 'dns record-edit example.com --by-record www --ttl 1200', read: 'dns record-list example.com' },
  {
    write: 'sshkey add newkey -k "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me@host" --note hi',
    read: 'sshkey list',
  },
  { write: '-y vs cancel 80000002', read: 'vs list' },
  { write: '-y vs cancel db02', read: 'vs list --columns id,hostname' },
  { write: '-y vs reload 80000005 -k 1', read: 'vs list --columns id,hostname,action' },
  { write: '-y vs power-off 80000001', read: 'vs list --columns id,power_state' },
  { write: '-y vs power-off 80000001 --hard', read: 'vs list --columns id,power_state' },
  { write: 'vs power-on 80000001', read: 'vs list --columns id,power_state' },
  { write: '-y vs reboot 80000001 --soft', read: 'vs list --columns id,power_state,action' },
  { write: '-y vs pause web01', read: 'vs list --columns id,power_state' },
  { write: 'vs resume 80000001', read: 'vs list --columns id,power_state' },
  { write: '-y vs rescue 80000003', read: 'vs list --columns id,power_state,action' },
  {
    write: 'vs edit 80000001 -H renamed -D example.org -g a -g b --public-speed 100 --private-speed 10',
    read: 'vs list --columns id,hostname,domain,tags',
  },
  { write: 'vs edit 80000001 -u hello', read: 'vs list --columns id,hostname' },
  { write: '-y vs dns-sync 80000001 -a --ttl 900', read: 'dns record-list example.net' },
  {
    write: '-y vs upgrade 80000001 --cpu 4 --memory 8 --network 1000',
    read: 'vs list --columns id,maxCpu,maxMemory',
  },
  { write: '-y vs upgrade 80000001 --flavor B1_2X4X25', read: 'vs list --columns id,maxCpu,maxMemory' },
  { write: '-y vs upgrade 80000008 --resize-disk 100 2 --cpu 2', read: 'vs list --columns id,maxCpu' },
  { write: '-y vs authorize-storage 80000001 -u SL02SEL307609-1', read: 'vs storage 80000001' },
  { write: 'vs migrate -g 80000001', read: 'vs migrate' },
  {
    write:
      'call-api User_Customer_Notification_Virtual_Guest createObject {"guestId":80000001,"userId":7000002}',
    read: 'vs notifications 80000001',
  },
  {
    write: 'vs create -H new1 -D example.com -c 1 -m 1024 -d dal13 -o UBUNTU_LATEST --test',
    read: 'vs list --columns id,hostname',
  },
  {
    write: 'vs create -H new2 -D example.com -f B1_1X2X25 -d dal13 -o UBUNTU_LATEST --billing monthly --test',
    read: 'vs list --columns id,hostname',
  },
  {
    write: 'vs create -H new4 -D example.com -c 1 -m 1 -d dal13 -o UBUNTU_LATEST --ipv6 --san --test',
    read: 'vs list --columns id,hostname',
  },
  {
    write:
      '-y vs create -H new3 -D example.com -c 2 -m 2048 -d dal13 -o UBUNTU_LATEST -g x -g y --disk 25 --disk 100',
    read: 'vs list --columns id,hostname,domain,datacenter,tags',
    sameOutput: false,
  },
  { write: '-y block volume-cancel 42000006 --immediate', read: 'block volume-list' },
  { write: '-y file volume-cancel 42000002 --reason gone', read: 'file volume-list' },
  { write: 'block volume-set-note 42000001 -n "new note"', read: 'block volume-detail 42000001' },
  { write: 'file volume-set-note SL02SV307609_1 --note moved', read: 'file volume-list' },
  { write: 'block volume-set-lun-id 42000001 7', read: 'block volume-detail 42000001' },
  { write: 'block access-revoke 42000001 -v 80000025', read: 'block access-list 42000001' },
  { write: 'file access-revoke 42000002 -v 80000059', read: 'file access-list 42000002' },
  {
    write: 'block snapshot-set-notification 42000001 --disable',
    read: 'block snapshot-get-notification-status 42000001',
  },
  {
    write: 'file snapshot-create 42000002 -n nightly',
    read: 'file snapshot-list 42000002 --columns id,name,size_bytes',
  },
  {
    write: 'file snapshot-enable 42000002 --schedule-type DAILY --retention-count 5 --hour 2 --minute 15',
    read: 'file snapshot-schedule-list 42000002',
  },
  { write: 'account cancel-item 480000033', read: 'account billing-items' },
  { write: 'account event-detail 9100002 --ack', read: 'account events --planned' },
  { write: 'account events --ack-all', read: 'account events' },
  { write: 'user delete SL307609_linus', read: 'user list --columns id,username,status' },
  {
    write: 'user edit-details 7000003 -t {"firstName":"Lin","companyName":"Kernel"}',
    read: 'user detail 7000003',
  },
  { write: 'user edit-notifications --disable "Order Being Reviewed"', read: 'user notifications' },
  { write: 'user edit-permissions 7000003 -p VIRTUAL_GUEST_VIEW', read: 'user permissions 7000003' },
  { write: 'user edit-permissions 7000003 --from-user 7000002', read: 'user permissions 7000003' },
  { write: 'user vpn-manual 7000003 --disable', read: 'user detail 7000003' },
  { write: 'user grant-access 7000003 --virtual 80000003', read: 'user detail 7000003 -v' },
  { write: 'user remove-access 7000002 --hardware 1200001', read: 'user device-access 7000002' },
  { write: 'email edit 870001 --email ops@example.com --username ops', read: 'email detail 870001' },
  { write: 'email edit 870001 --password Secret123', read: 'email list' },
  { write: '-y dh cancel 656001', read: 'dh list' },
  { write: '-y dh cancel-guests 656001', read: 'dh list' },
  { write: 'hw toggle-ipmi 1200001 --disable', read: 'hw detail 1200001' },
  { write: 'hw power-on 1200001', read: 'hw detail 1200001' },
  { write: '-y hw power-off gpu01', read: 'hw detail 1200001' },
  { write: '-y hw power-cycle 1200001', read: 'hw detail 1200001' },
  { write: '-y hw reboot 1200001 --soft', read: 'hw detail 1200001' },
  { write: '-y hw rescue 1200001', read: 'hw detail 1200001' },
  { write: '-y hw update-firmware 1200004', read: 'hw detail 1200004' },
  { write: '-y hw reflash-firmware 1200005', read: 'hw detail 1200005' },
  { write: 'hw edit 1200001 -H renamed -D example.net -g a -g b', read: 'hw detail 1200001' },
  { write: 'hw edit 1200001 --public-speed 100 --redundant', read: 'hw detail 1200001' },
  { write: '-y hw reload 1200002', read: 'hw detail 1200002' },
  { write: '-y hw cancel 1200003 --reason cost --comment bye', read: 'hardware list' },
  { write: 'hw notification-add 1200001 --users 7000002', read: 'hw notifications 1200001' },
  { write: 'hw authorize-storage 1200001 -u SL02SEL307609-1', read: 'hw storage 1200001' },
  { write: 'vlan edit 2100001 --name renamed -g a,b -e "a note"', read: 'vlan list --name renamed' },
  { write: 'vlan edit public-dal10 -g ""', read: 'vlan detail 2100001' },
  { write: 'subnet edit 1500001 -t "a, b" -n hello', read: 'subnet detail 1500001' },
  { write: 'subnet edit-ip 158.80.0.5 --note n1', read: 'subnet detail 1500001 --no-vs' },
  { write: 'subnet create public 4 2100001 --test', read: 'subnet list' },
  { write: '-y subnet create private 8 2100002', read: 'subnet list' },
  { write: 'subnet route 1700004 --target vlan --target-resource 2100001', read: 'subnet list' },
  { write: 'subnet clear-route 1700004', read: 'subnet list' },
  { write: '-y subnet cancel 1700005', read: 'subnet list' },
  { write: '-y globalip create', read: 'globalip list' },
  { write: '-y globalip create --ipv6', read: 'globalip list' },
  { write: 'globalip unassign 1700001', read: 'globalip list' },
  { write: 'globalip assign 1700002 --target ip --target-id 158.88.0.2', read: 'globalip list' },
  { write: '-y globalip cancel 1700002', read: 'globalip list' },
  { write: 'sg create -n g1 -d desc', read: 'sg list' },
  { write: 'securitygroup edit 340003 -n dbs -d new', read: 'sg list' },
  { write: 'sg rule-add 340003 -d ingress -p tcp -m 22 -M 22', read: 'sg rule-list 340003' },
  { write: 'sg rule-edit 340003 4100010 -d egress -r 10.0.0.0/8', read: 'sg rule-list 340003' },
  { write: 'sg rule-remove 340003 4100010', read: 'sg rule-list 340003' },
  { write: 'sg interface-remove 340002 -n 160000050', read: 'sg interface-list 340002' },
  { write: 'sg interface-add 340001 -s 80000025 -i private', read: 'sg interface-list 340001' },
  { write: 'lb member-add 610001 -m 10.108.0.3', read: 'lb list' },
  { write: 'lb pool-add 610002 -f 81 -b 8081', read: 'lb list' },
  { write: 'lb pool-add 610002 -f 443 -b 8443 -P HTTPS -p HTTP', read: 'lb list' },
  { write: 'lb pool-edit 610002 6c265b2e-c3ac-4e8a-a19a-cfb67670cc40 -c 500 -t 60', read: 'lb list' },
  { write: 'lb pool-del 610002 6c265b2e-c3ac-4e8a-a19a-cfb67670cc40', read: 'lb list' },
  { write: 'lb pool-del 610002 nope', read: 'lb list' },
  { write: '-y lb cancel 610003', read: 'lb list' },
  { write: 'tags set -t "a1, b1" -k NETWORK_VLAN -r 2100001', read: 'tags list' },
  { write: 'tags cleanup', read: 'tags list' },
  { write: 'tags delete 5 --name', read: 'tags list' },
  { write: 'lb member-add 610001 --public -m 10.0.0.8 -w 10', read: 'lb list' },
  { write: 'lb member-del 610001 -m 1b111d04-5a1d-4b87-a815-49eadd833aa8', read: 'lb list' },
  {
    write: 'lb health 610001 --uuid 0fbeb1e1-4bc2-484b-a5f1-5d18a7c765db -i 10 -r 3',
    read: 'call-api Network_LBaaS_LoadBalancer getObject --id 610001 --mask healthMonitors[interval,maxRetries]',
  },
];

const hasSlcli = ((): boolean => {
  try {
    execFileSync('slcli', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

function split(command: string): string[] {
  return (command.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"|"$/g, ''));
}

/**
 * Output with the values that differ on every run (request ids, timestamps) replaced by placeholders. Times to the
 * minute too: a write's clock is its own emulator's, and two fresh emulators can be a minute apart.
 */
function stable(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d/g, '<time>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d\b/g, '<minute>');
}

/**
 * The JSON a command printed (a list of documents when it printed several, as slcli's `vs storage`), or its text
 * for the commands that print lines whatever the format (event-log get); values that differ on every run masked.
 */
function parsed(result: RunResult): unknown {
  const text = stable(result.stdout);
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return jsonDocuments(text) ?? text;
  }
}

/** Several JSON documents one after the other, each ending at a line end; undefined when the text is not that. */
function jsonDocuments(text: string): unknown[] | undefined {
  const documents: unknown[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    pending += `${line}\n`;
    if (!/^[\]}"\d]|^(null|true|false)$/.test(line)) continue;
    try {
      documents.push(JSON.parse(pending));
      pending = '';
    } catch {
      // not the end of a document yet
    }
  }
  return pending.trim() === '' && documents.length > 1 ? documents : undefined;
}

/** A write then a read on a new emulator (same seed: the same account every time). */
async function onFreshEmulator(
  runner: typeof runSl,
  write: readonly string[],
  read: readonly string[],
): Promise<[RunResult, RunResult]> {
  const fresh = await startEmulator({ rateLimit: 0 });
  try {
    const freshConfig = writeConfig(fresh);
    const written = await runner(['--config', freshConfig, ...write]);
    return [written, await runner(['--config', freshConfig, ...read])];
  } finally {
    await fresh.close();
  }
}

describe.runIf(hasSlcli)('sl and slcli print the same --format json', () => {
  let emulator: Emulator;
  let config: string;
  const reads = new Map<string, { sl: RunResult; slcli: RunResult }>();

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
    const commands = [...READS, ...FAILURES, ...READS_BUT.map(({ command }) => command)];
    const tasks = commands.map((command) => async () => {
      const args = ['--config', config, '--format', 'json', ...split(command)];
      const [sl, slcli] = await Promise.all([runSl(args), runSlcli(args)]);
      reads.set(command, { sl, slcli });
    });
    await inPool(tasks, 3);
  }, 600_000);

  afterAll(async () => {
    await emulator?.close();
  });

  it.each(READS)('%s', (command) => {
    const { sl, slcli } = reads.get(command)!;
    expect(slcli.code, slcli.stderr).toBe(0);
    expect(sl.code, sl.stderr).toBe(0);
    expect(parsed(sl)).toEqual(parsed(slcli));
  });

  it.each(READS_BUT)('$command (but $key)', ({ command, key }) => {
    const { sl, slcli } = reads.get(command)!;
    expect(slcli.code, slcli.stderr).toBe(0);
    expect(sl.code, sl.stderr).toBe(0);
    const without = (result: RunResult) => {
      const { [key]: _left, ...rest } = parsed(result) as Record<string, unknown>;
      return rest;
    };
    expect(without(sl)).toEqual(without(slcli));
  });

  it('config show: the same table, with the API key masked', async () => {
    const args = ['--config', config, '--format', 'json', 'config', 'show'];
    const [sl, slcli] = await Promise.all([runSl(args), runSlcli(args)]);
    const expected = JSON.parse(slcli.stdout) as Record<string, string>;
    const key = emulator.credentials.apiKey;
    expect(JSON.parse(sl.stdout)).toEqual({ ...expected, 'API Key': `${key.slice(0, 4)}…${key.slice(-4)}` });
    expect(sl.stdout).not.toContain(key);
  });

  it.each(FAILURES)('fails like slcli: %s', (command) => {
    const { sl, slcli } = reads.get(command)!;
    expect(sl.code).toBe(slcli.code);
    expect(sl.code).not.toBe(0);
    // slcli prints its errors on stdout; sl on stderr (see the README).
    expect(sl.stderr.trim().split('\n')[0]).toBe(
      slcli.stdout
        .trim()
        .replace(/'slcli /g, "'sl ")
        .split('\n')[0],
    );
    expect(sl.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(WRITES)('write $write then $read', async ({ write, read: readAfter, sameOutput }) => {
    const run = (runner: typeof runSl) =>
      onFreshEmulator(
        runner,
        ['--format', 'json', ...split(write)],
        ['--format', 'json', ...split(readAfter)],
      );
    const [[slWrite, slRead], [slcliWrite, slcliRead]] = await Promise.all([run(runSl), run(runSlcli)]);
    expect(slcliWrite.code, slcliWrite.stdout + slcliWrite.stderr).toBe(0);
    expect(slWrite.code, slWrite.stderr).toBe(0);
    if (sameOutput !== false) expect(parsed(slWrite)).toEqual(parsed(slcliWrite));
    expect(parsed(slRead)).toEqual(parsed(slcliRead));
  });

  it('dns import creates the same records as slcli', async () => {
    const zoneFile = join(tmpdir(), `sl-import-${process.pid}.zone`);
    writeFileSync(
      zoneFile,
      '$ORIGIN imported.test.\n; a comment\n@ 86400 IN NS ns1.softlayer.com.\n' +
        'www 900 IN A 10.1.2.3\nmail 900 IN MX 10 mx.imported.test.\nftp IN CNAME www\n',
    );
    const run = (runner: typeof runSl) =>
      onFreshEmulator(
        runner,
        ['dns', 'import', zoneFile],
        ['--format', 'json', 'dns', 'record-list', 'imported.test'],
      );
    const [[slWrite, slRead], [slcliWrite, slcliRead]] = await Promise.all([run(runSl), run(runSlcli)]);
    expect(slWrite.stdout).toBe(slcliWrite.stdout);
    expect(parsed(slRead)).toEqual(parsed(slcliRead));
  });
});
