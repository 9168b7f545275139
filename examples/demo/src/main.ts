// The README's first command: start the SoftLayer emulator in this process and drive it with @sl/client.
// Everything runs on 127.0.0.1; nothing touches a real account. Ends by itself with exit code 0.
import { createClientFromEnv, createRestTransport, reproduce, withDebug } from '@sl/client';
import { startEmulator } from '@sl/emulator';

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

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function main(): Promise<void> {
  console.log('@sl demo: the TypeScript SoftLayer SDK against a local emulator\n');
  step(`Starting the emulator with ${GUESTS.toLocaleString('en-US')} virtual guests`);
  // The API allows 50 requests a second per user, and so does the emulator by default. The concurrent walk below
  // makes about 50 requests in under a second, so a create right after it could meet the limit (creates are never
  // retried). The demo therefore runs with a higher limit; the rate-limit fault itself is covered by the emulator's tests.
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

    step('Creating a guest and waiting until it is ready (SoftLayer_Virtual_Guest::createObject)');
    const created = (await client.call('Virtual_Guest', 'createObject', {
      args: [
        {
          hostname: 'demo-web',
          domain: 'example.com',
          startCpus: 2,
          maxMemory: 4096,
          hourlyBillingFlag: true,
          localDiskFlag: false,
          operatingSystemReferenceCode: 'UBUNTU_LATEST',
          datacenter: { name: 'dal13' },
        },
      ],
    })) as Guest;
    done(`ordered guest ${created.id} (${created.hostname}); provisioning…`);
    let lastStatus = '';
    let ready = false;
    for (let attempt = 0; attempt < 80 && !ready; attempt++) {
      const guest = (await client.call('Virtual_Guest', 'getObject', {
        id: created.id,
        mask: 'id,provisionDate,powerState.keyName,primaryIpAddress,activeTransaction.transactionStatus.friendlyName',
      })) as Guest;
      if (guest.provisionDate) {
        done(
          `ready: ${guest.primaryIpAddress}, ${guest.powerState?.keyName}, provisioned at ${guest.provisionDate}`,
        );
        ready = true;
        continue;
      }
      const status = guest.activeTransaction?.transactionStatus?.friendlyName ?? 'waiting';
      if (status !== lastStatus) console.log(`    transaction: ${status}`);
      lastStatus = status;
      await sleep(250);
    }

    if (!ready) throw new Error(`guest ${created.id} did not become ready`);

    step('Adding a DNS record (SoftLayer_Dns_Domain_ResourceRecord::createObject)');
    const [zone] = (await client.call('Account', 'getDomains', { mask: 'id,name', limit: 1 })) as Array<{
      id: number;
      name: string;
    }>;
    if (!zone) throw new Error('the account has no DNS zone');
    const record = (await client.call('Dns_Domain_ResourceRecord', 'createObject', {
      args: [{ domainId: zone.id, host: 'demo-web', type: 'a', data: '158.82.10.20', ttl: 900 }],
    })) as { id: number };
    done(`demo-web.${zone.name} A 158.82.10.20 (record ${record.id})`);

    step('Opening a ticket (SoftLayer_Ticket::createStandardTicket)');
    const user = (await client.call('Account', 'getCurrentUser', { mask: 'id' })) as { id: number };
    // The metadata lists six required parameters; the API (and the reference client) send two.
    const ticketService: string = 'Ticket';
    const ticket = (await client.call(ticketService, 'createStandardTicket', {
      args: [
        { subjectId: 1004, assignedUserId: user.id, title: 'Please add reverse DNS for demo-web' },
        'Hello, please add a PTR record for 158.82.10.20.',
      ],
    })) as { id: number; title: string };
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
