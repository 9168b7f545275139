import type { TransportRequest } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdnManager } from '../src/cdn-manager';
import { type Answer, expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

/** What the reference's fixtures answered. */
const MAPPING = {
  uniqueId: '11223344',
  originType: 'HOST_SERVER',
  protocol: 'HTTP',
  path: '/',
  vendorName: 'akamai',
  cname: 'cdnakauuiet7s6u6.cdnedge.bluemix.net',
  domain: 'test.example.com',
  originHost: '1.1.1.1',
  header: 'test.example.com',
  httpPort: 80,
};
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Network_CdnMarketplace_Configuration_Mapping::listDomainMappings': [MAPPING],
  'Network_CdnMarketplace_Configuration_Mapping::listDomainMappingByUniqueId': [MAPPING],
  'Network_CdnMarketplace_Configuration_Mapping_Path::createOriginPath': [{ path: '/example/videos' }],
  'Network_CdnMarketplace_Metrics::getMappingUsageMetrics': [{ type: 'TOTALS' }],
};

async function record(run: (cdn: CdnManager) => Promise<unknown>): Promise<TransportRequest[]> {
  const { client, calls } = recordingClient(ANSWERS);
  await run(new CdnManager(client));
  return calls;
}

describe('CdnManager: the manager-calls-more.json cases', () => {
  const cases: Array<[string, (cdn: CdnManager) => Promise<unknown>]> = [
    ['cdn.list_cdn()', (cdn) => cdn.listCdn()],
    ["cdn.get_cdn('11223344')", (cdn) => cdn.getCdn('11223344')],
    ["cdn.get_origins('11223344')", (cdn) => cdn.getOrigins('11223344')],
    [
      "cdn.add_origin('11223344', '10.10.10.1', '/example/videos', header='test.example.com')",
      (cdn) => cdn.addOrigin('11223344', '10.10.10.1', '/example/videos', { header: 'test.example.com' }),
    ],
    ["cdn.remove_origin('11223344', '/example1')", (cdn) => cdn.removeOrigin('11223344', '/example1')],
    ["cdn.purge_content('11223344', '/example1')", (cdn) => cdn.purgeContent('11223344', '/example1')],
    [
      "cdn.get_usage_metrics('11223344', history=30, frequency='aggregate')",
      // The reference's clock was frozen at 2026-11-20T12:00:00Z; ours takes the end of the period.
      (cdn) =>
        cdn.getUsageMetrics('11223344', {
          history: 30,
          frequency: 'aggregate',
          until: new Date('2026-11-20T12:00:00Z'),
        }),
    ],
    [
      "cdn.edit('11223344', header='www.test.com', http_port=83, respect_headers=True)",
      (cdn) => cdn.edit('11223344', { header: 'www.test.com', httpPort: 83, respectHeaders: true }),
    ],
    ["cdn.resolve_ids('test.example.com')", (cdn) => cdn.resolveIds('test.example.com')],
  ];
  it.each(cases)('%s', async (name, run) => {
    expectSameCalls(name, await record(run));
  });

  it("cdn.get_cache_key_query_rule('ignore', {'cacheKeyQueryRule': 'ignore-specified', 'description': 'utm'})", async () => {
    const calls = await record(async () =>
      expect(
        CdnManager.getCacheKeyQueryRule('ignore', {
          cacheKeyQueryRule: 'ignore-specified',
          description: 'utm',
        }),
      ).toBe('ignore: utm'),
    );
    expectSameCalls(
      "cdn.get_cache_key_query_rule('ignore', {'cacheKeyQueryRule': 'ignore-specified', 'description': 'utm'})",
      calls,
    );
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const cdn = new CdnManager(client);
    await expectRefused(
      [
        ['path', () => cdn.addOrigin('1', '10.0.0.1', 'videos'), /path must start with \//],
        ['origin', () => cdn.addOrigin('1', ' ', '/v'), /origin/],
        [
          'origin type',
          () => cdn.addOrigin('1', 'h', '/v', { originType: 'disk' as 'server' }),
          /originType/,
        ],
        ['port', () => cdn.addOrigin('1', 'h', '/v', { port: 70000 }), /port/],
        ['purge path', () => cdn.purgeContent('1', ''), /path/],
        ['history', () => cdn.getUsageMetrics('1', { history: 0 }), /history/],
        ['respect headers', () => cdn.edit('1', { respectHeaders: 'on' as '1' }), /respectHeaders/],
        [
          'edit cache without names',
          () => cdn.edit('1', { cache: { cacheKeyQueryRule: 'include-specified' } }),
          /description/,
        ],
      ],
      calls,
    );
  });
});

describe('CdnManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('reads mappings by unique id and domain, adds and removes origins, purges, and reads usage', async () => {
    const cdn = new CdnManager(setup.client);
    const [site, downloads] = await cdn.listCdn();
    expect(site).toMatchObject({ domain: 'www.acme-shop.example', status: 'RUNNING', vendorName: 'akamai' });
    expect(downloads).toMatchObject({ originType: 'OBJECT_STORAGE' });
    expect((await cdn.getCdn('WWW.acme-shop.example')).uniqueId).toBe(site!.uniqueId);
    await expect(cdn.getCdn('nothing.example')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    const before = await cdn.getOrigins(site!.uniqueId!);
    const added = await cdn.addOrigin(site!.uniqueId!, '158.80.0.12', '/videos', {
      optimizeFor: 'video',
      port: 8080,
    });
    expect(added).toMatchObject({
      path: '/videos',
      httpPort: 8080,
      performanceConfiguration: 'Video on demand optimization',
    });
    expect((await cdn.getOrigins(site!.uniqueId!)).map((origin) => origin.path)).toEqual([
      ...before.map((origin) => origin.path),
      '/videos',
    ]);
    await expect(cdn.addOrigin(site!.uniqueId!, '158.80.0.13', '/videos')).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    await expect(
      cdn.addOrigin(site!.uniqueId!, 'bucket.example', '/files', { originType: 'storage' }),
    ).rejects.toMatchObject({ faultCode: 'SoftLayer_Exception_MissingParameter' });
    expect(await cdn.removeOrigin(site!.uniqueId!, '/videos')).toBe(
      'Origin with path /videos has been deleted',
    );
    expect(await cdn.getOrigins(site!.uniqueId!)).toEqual(before);
    const [purge] = await cdn.purgeContent(site!.uniqueId!, '/images/logo.png');
    expect(purge).toMatchObject({ path: '/images/logo.png', status: 'SUCCESS' });
    const until = new Date('2026-06-30T00:00:00Z');
    const usage = await cdn.getUsageMetrics(site!.uniqueId!, { history: 7, until });
    expect(usage).toMatchObject({ type: 'TOTALS', names: ['TotalBandwidth', 'TotalHits', 'HitRatio'] });
    expect(await cdn.getUsageMetrics(site!.uniqueId!, { history: 7, until })).toEqual(usage);
    const daily = await cdn.getUsageMetrics(site!.uniqueId!, { history: 7, until, frequency: 'day' });
    expect(daily.xaxis).toHaveLength(7);
  });

  it('edits a mapping: the given settings change, the rest stays', async () => {
    const cdn = new CdnManager(setup.client);
    const [site] = await cdn.listCdn();
    const [updated] = await cdn.edit(site!.domain!, {
      httpPort: 8081,
      header: 'origin.acme-shop.example',
      cache: { cacheKeyQueryRule: 'include-specified', description: 'utm_source' },
    });
    expect(updated).toMatchObject({
      httpPort: 8081,
      header: 'origin.acme-shop.example',
      cacheKeyQueryRule: 'include: utm_source',
      originHost: site!.originHost,
    });
    expect(await cdn.getCdn(site!.uniqueId!)).toMatchObject({ httpPort: 8081 });
  });

  it('edits nothing as the reference (the configuration as it is) and turns header handling off with "0"', async () => {
    const cdn = new CdnManager(setup.client);
    const [site] = await cdn.listCdn();
    const [same] = await cdn.edit(site!.uniqueId!, {});
    expect(same).toMatchObject({ httpPort: site!.httpPort, header: site!.header, respectHeaders: true });
    const [off] = await cdn.edit(site!.uniqueId!, { respectHeaders: '0' });
    expect(off).toMatchObject({ respectHeaders: false });
  });
});
