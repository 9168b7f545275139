/** The small, deterministic account `sl --demo` runs against: always the same seed, sizes and clock start. */
export const DEMO_ACCOUNT = {
  seed: 1,
  guests: 12,
  hardware: 3,
  domains: 3,
  tickets: 5,
  sshKeys: 3,
  images: 4,
  users: 3,
  invoices: 3,
  storageVolumes: 4,
  loadBalancers: 1,
  securityGroups: 2,
} as const;

/** 2026-01-01T00:00:00Z: the demo's clock starts here and runs at real speed. */
const DEMO_EPOCH = Date.UTC(2026, 0, 1);

export interface DemoAccount {
  endpoint: string;
  username: string;
  apiKey: string;
  close(): Promise<void>;
}

/** Starts the emulator in this process on a free loopback port with the demo account. */
export async function startDemoAccount(): Promise<DemoAccount> {
  const { startEmulator } = await import('@sl/emulator');
  const startedAt = Date.now();
  const emulator = await startEmulator({
    ...DEMO_ACCOUNT,
    rateLimit: 0,
    now: () => DEMO_EPOCH + (Date.now() - startedAt),
  });
  return {
    endpoint: emulator.xmlrpcUrl,
    username: emulator.credentials.username,
    apiKey: emulator.credentials.apiKey,
    close: () => emulator.close(),
  };
}
