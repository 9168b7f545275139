import * as clientPackage from '@sl/client';
import { runReadmeExample } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as managersPackage from '../src/index';
import { startTestEmulator } from './support';

describe('README', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('README example', async () => {
    const names = ['SL_ENDPOINT_URL', 'SL_USERNAME', 'SL_API_KEY'] as const;
    const saved = names.map((name) => process.env[name]);
    process.env.SL_ENDPOINT_URL = setup.emulator.xmlrpcUrl;
    process.env.SL_USERNAME = setup.emulator.credentials.username;
    process.env.SL_API_KEY = setup.emulator.credentials.apiKey;
    try {
      const output = await runReadmeExample({
        readme: new URL('../README.md', import.meta.url),
        modules: { ...clientPackage, ...managersPackage },
      });
      expect(output).toEqual(['my-laptop 1']);
    } finally {
      names.forEach((name, index) => {
        const value = saved[index];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      });
    }
  });
});
