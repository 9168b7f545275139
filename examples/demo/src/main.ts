// The README's first command: start the SoftLayer emulator in this process and drive it with @sl/client and
// @sl/managers.
// Everything runs on 127.0.0.1; nothing touches a real account. Ends by itself with exit code 0.
import { createClientFromEnv, createRestTransport, reproduce, withDebug } from '@sl/client';
import { startEmulator } from '@sl/emulator';
import { DnsManager, TicketManager, VsManager } from '@sl/managers';

interface Guest {
  id: number;
  hostname: string;
  maxCpu?: number;
  maxMemory?: number;
  primaryIpAddress?: string;
  datacenter?: { name: string };
  powerState?: { keyName: string };
  provisionDate?: string;
  activeTransaction?: { transactionStatus?: { friendlyName?: string } };
}

const GUESTS = 5000;
const started = Date.now();
const interactive = process.stdout.isTTY === true;

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

function done(text: string): void {
  console.log(`  ✔ ${text}`);
}

async function main(): Promise<void> {
  console.log('@sl demo: the TypeScript SoftLayer SDK against a local emulator\n');
  step(`Starting the emulator with ${GUESTS.toLocaleString('en-US')} virtual guests`);
  // The API allows 50 requests a second per user, and so does the emulator by default. The concurrent walk below
  // makes about 50 requests in under a second, so the calls right after it would meet the limit and wait for their
  // retries (the client retries a rate-limited call, creates included: the API did not run it). The demo runs with a
  // higher limit to stay quick; the rate-limit fault and its retries are covered by the emulator's tests.
  const emulator = await startEmulator({ seed: 42, guests: GUESTS, provisioningMs: 3000, rateLimit: 1000 });
  done(`listening on ${emulator.url} (XML-RPC ${emulator.xmlrpcUrl}, REST ${emulator.restUrl})`);
  const client = createClientFromEnv({
    endpointUrl: emulator.xmlrpcUrl,
    username: emulator.credentials.username,
    apiKey: emulator.credentials.apiKey,
    env: {},
    systemConfigFile: false,
    homeDir: '/nonexistent',
  });
  try {
    step('The account (SoftLayer_Account::getObject with counts in the mask)');
    const account = (await client.call('Account', 'getObject', {
      mask: 'id,companyName,virtualGuestCount,hardwareCount,domainCount,openTicketCount',
    })) as Record<string, unknown>;
    done(
      `#${account.id} ${account.companyName}: ${account.virtualGuestCount} guests, ${account.hardwareCount} servers, ` +
        `${account.domainCount} DNS zones, ${account.openTicketCount} open tickets`,
    );

    step('A masked and filtered guest list (dal10, at least 4 cores, by hostname, first 5)');
    const mask = 'id,hostname,maxCpu,maxMemory,primaryIpAddress,datacenter.name,powerState.keyName';
    const filter = {
      virtualGuests: {
        datacenter: { name: { operation: 'dal10' } },
        maxCpu: { operation: '>= 4' },
        hostname: { operation: 'orderBy', options: [{ name: 'sort', value: ['ASC'] }] },
      },
    };
    const listed = (await client.call('Account', 'getVirtualGuests', { mask, filter, limit: 5 })) as Guest[];
    for (const guest of listed) {
      console.log(
        `    ${String(guest.id).padEnd(10)} ${guest.hostname.padEnd(10)} ${String(guest.maxCpu).padStart(2)} cores ${String((guest.maxMemory ?? 0) / 1024).padStart(3)} GB  ` +
          `${(guest.primaryIpAddress ?? '-').padEnd(15)} ${guest.datacenter?.name} ${guest.powerState?.keyName}`,
      );
    }
    done(`${listed.length} guests shown`);

    step('A concurrent walk through every guest (iterCall, 100 per page, 4 pages at a time)');
    const byDatacenter = new Map<string, number>();
    let walked = 0;
    let running = 0;
    let lastReported = 0;
    for await (const item of client.iterCall('Account', 'getVirtualGuests', {
      mask: 'id,datacenter.name,powerState.keyName',
      pageSize: 100,
      concurrency: 4,
    })) {
      const guest = item as Guest;
      walked += 1;
      if (guest.powerState?.keyName === 'RUNNING') running += 1;
      const name = guest.datacenter?.name ?? '?';
      byDatacenter.set(name, (byDatacenter.get(name) ?? 0) + 1);
      const percent = Math.floor((walked / GUESTS) * 100);
      if (interactive && walked % 100 === 0)
        process.stdout.write(`\r    walked ${walked}/${GUESTS} guests (${percent}%)`);
      else if (!interactive && percent >= lastReported + 25) {
        lastReported = percent - (percent % 25);
        console.log(`    progress: ${walked}/${GUESTS} guests (${lastReported}%)`);
      }
    }
    if (interactive) process.stdout.write('\n');
    const busiest = [...byDatacenter.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    done(
      `walked ${walked} guests: ${running} running; busiest datacenters ${busiest.map(([dc, n]) => `${dc} (${n})`).join(', ')}`,
    );

    step('Creating a guest and waiting until it is ready (VsManager: createInstance, waitForReady)');
    const servers = new VsManager(client);
    const created = await servers.createInstance({
      hostname: 'demo-web',
      domain: 'example.com',
      cpus: 2,
      memory: 4096,
      hourly: true,
      localDisk: false,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
    });
    done(`ordered guest ${created.id} (${created.hostname}); provisioning…`);
    let lastStatus = '';
    const ready = await servers.waitForReady(created.id!, {
      intervalMs: 250,
      timeoutMs: 20_000,
      onPoll: (guest) => {
        const status = guest.activeTransaction?.transactionStatus?.friendlyName ?? 'waiting';
        if (status !== lastStatus) console.log(`    transaction: ${status}`);
        lastStatus = status;
      },
    });
    const guest = await servers.getInstance(ready.id!, { mask: 'id,primaryIpAddress,powerState.keyName' });
    done(
      `ready: ${guest.primaryIpAddress}, ${guest.powerState?.keyName}, provisioned at ${ready.provisionDate}`,
    );

    step('Pointing a DNS name at it (DnsManager: syncHostRecord — one A record, created or updated)');
    const dns = new DnsManager(client);
    const [zone] = await dns.listZones({ mask: 'id,name' });
    if (!zone?.name) throw new Error('the account has no DNS zone');
    const record = await dns.syncHostRecord(zone.name, 'demo-web', guest.primaryIpAddress ?? '158.82.10.20', {
      ttl: 900,
    });
    done(`${record.host}.${zone.name} ${record.type?.toUpperCase()} ${record.data} (record ${record.id})`);

    step('Opening a ticket (TicketManager: createTicket)');
    const ticket = await new TicketManager(client).createTicket({
      title: 'Please add reverse DNS for demo-web',
      body: `Hello, please add a PTR record for ${record.data}.`,
      subject: 1004,
    });
    done(`ticket ${ticket.id}: "${ticket.title}"`);

    step('What changed: the account event log (SoftLayer_Event_Log::getAllObjects)');
    const events = (await client.call('Event_Log', 'getAllObjects', { limit: 10 })) as Array<{
      eventName: string;
      objectName: string;
      objectId: number;
    }>;
    for (const event of [...events].reverse())
      console.log(`    ${event.eventName.padEnd(8)} ${event.objectName} ${event.objectId}`);
    done(`${events.length} changes recorded`);

    step('The reproducible curl of one call (credentials come from your shell, never printed)');
    // As the reference's DebugTransport: wrap a transport, make the call, print the last one as curl.
    const restTransport = createRestTransport({ endpointUrl: emulator.restUrl });
    const debug = withDebug(restTransport);
    const rest = createClientFromEnv({
      transport: debug,
      username: emulator.credentials.username,
      apiKey: emulator.credentials.apiKey,
      env: {},
      systemConfigFile: false,
      homeDir: '/nonexistent',
    });
    const sample = await rest.call('Account', 'getVirtualGuests', {
      mask: 'id,hostname,datacenter.name',
      filter: { virtualGuests: { datacenter: { name: { operation: 'dal10' } } } },
      limit: 5,
    });
    await restTransport.close();
    const [last] = debug.lastCalls();
    if (last) console.log(`    ${reproduce(last.request, { endpoint: emulator.restUrl })}`);
    done(`REST answered ${sample.length} of ${sample.totalCount} guests in dal10`);
  } finally {
    await client.close();
    await emulator.close();
  }
  console.log(
    `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Everything ran against the local emulator.`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
