import type { OptionSpec } from '../../define-command';

/** The kinds of subnet a tunnel joins. */
export const SUBNET_TYPES = ['internal', 'remote', 'service'] as const;
export type SubnetType = (typeof SUBNET_TYPES)[number];

/** `-t, --subnet-type, --type`: required, one of the kinds. */
export const SUBNET_TYPE_OPTION: OptionSpec = {
  flags: '-t, --subnet-type <type>',
  aliases: ['--type'],
  description: 'Subnet type to add',
  choices: SUBNET_TYPES,
  required: true,
};
