import fs from 'node:fs';
import path from 'node:path';
import { configSchema, loadConfig } from '../../../../bot/config/config';

/** `# KEY=value` lines of .env.example: every setting, commented out, with the value it has when unset. */
const example = new Map(
  [...fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(
    (match) => [match[1]!, match[2]!] as const,
  ),
);

describe('.env.example', () => {
  it('names every setting of the config schema, and nothing else', () => {
    expect([...example.keys()].sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it.each([...example].filter(([, value]) => value !== ''))('shows the default of %s', (key, value) => {
    const config = loadConfig({});
    expect(loadConfig({ [key]: value })[key as keyof typeof config]).toEqual(config[key as keyof typeof config]);
  });
});
