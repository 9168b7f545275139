import { type CommandSpec, defineCommand } from '../../define-command';
import { configPath, configTable, readConfigText } from './config-file';

const command: CommandSpec = defineCommand({
  name: 'show',
  description: 'Show current configuration.',
  async run(context) {
    const { API_PUBLIC_ENDPOINT, parseIni, readClientSettings } = await import('@sl/client');
    const { config } = context.options;
    const settings = readClientSettings({ env: context.io.env, ...(config ? { configFile: config } : {}) });
    const file = parseIni(readConfigText(configPath(config, context.io.env))).softlayer ?? {};
    return configTable({
      username: settings.username ?? '',
      apiKey: settings.apiKey ?? '',
      endpointUrl: settings.endpointUrl ?? API_PUBLIC_ENDPOINT,
      timeout: (settings.timeoutMs ?? 0) / 1000,
      theme: file.theme ?? 'dark',
    });
  },
});

export default command;
