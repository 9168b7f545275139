import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './parse-cli-arguments';

describe('parseCliArguments', () => {
  it('reads every kind of option', () => {
    expect(
      parseCliArguments([
        '--port',
        '8080',
        '--guests=100000',
        '--storage-volumes',
        '3',
        '--load-balancers=2',
        '--security-groups',
        '0',
        '--state',
        'a.json',
        '--fault-rate',
        '0.25',
        '--fault-kinds',
        'drop,http-500',
      ]),
    ).toEqual({
      options: {
        port: 8080,
        guests: 100000,
        storageVolumes: 3,
        loadBalancers: 2,
        securityGroups: 0,
        stateFile: 'a.json',
        faultRate: 0.25,
        faultKinds: ['drop', 'http-500'],
      },
      help: false,
    });
    expect(parseCliArguments(['-h']).help).toBe(true);
  });

  it('rejects bad input with a typed error that names the option', () => {
    expect(() => parseCliArguments(['--guests', 'many'])).toThrow(/--guests must be a non-negative integer/);
    expect(() => parseCliArguments(['--fault-rate', '2'])).toThrow(/between 0 and 1/);
    expect(() => parseCliArguments(['--fault-kinds', 'meteor'])).toThrow(/unknown fault kind "meteor"/);
    expect(() => parseCliArguments(['--nope'])).toThrow(/unknown option "--nope"/);
    expect(() => parseCliArguments(['--port'])).toThrow(/--port needs a value/);
  });
});
