import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// Docker is not available where this project is built and tested: the images are not built in CI, so this
// checks what can be checked without it.
const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;

/** The settings README's Deploying section asks for in production. */
const PRODUCTION_SETTINGS = ['TELEGRAM_BOT_TOKEN', 'WEBHOOK_URL', 'WEBHOOK_SECRET', 'DATABASE_URL', 'CONSOLE_SESSION_SECRET', 'SUPPORT_KEY_FILE', 'NODE_ENV', 'TRUST_PROXY'];

/** Dockerfile instructions, continuation lines joined. */
function instructions(dockerfile: string): { name: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return { name: name.toUpperCase(), args: rest.join(' ') };
    });
}

const mapping = (value: unknown): Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not a mapping: ${String(value)}`);
  return value as Record<string, unknown>;
};
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const execForm = (text: string): string[] => JSON.parse(text);

describe('the Dockerfile', () => {
  const steps = instructions(read('Dockerfile'));
  const stages = steps.filter((step) => step.name === 'FROM');
  const final = steps.slice(steps.lastIndexOf(stages[stages.length - 1]!));

  it('builds in stages from a slim Debian Node 24', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.args).toMatch(/^node:24-(bookworm|trixie)-slim\b/);
  });

  it('copies only paths that exist in the repository', () => {
    const sources = steps
      .filter((step) => step.name === 'COPY' && !step.args.includes('--from='))
      .flatMap((step) => step.args.split(' ').slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect([source, fs.existsSync(path.join(ROOT, source))]).toEqual([source, true]);
  });

  it('runs the compiled start as npm run start:prod does, as a user other than root', () => {
    const user = final.filter((step) => step.name === 'USER').pop();
    expect(user?.args).toBeDefined();
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    const cmd = final.filter((step) => step.name === 'CMD').pop();
    expect(execForm(cmd!.args).join(' ')).toBe(scripts['start:prod']);
  });

  it('checks its health on the readiness endpoint', () => {
    const check = final.find((step) => step.name === 'HEALTHCHECK');
    expect(check?.args).toContain('/readyz');
  });

  it('installs the system font the posters take Arabic and Ukrainian from', () => {
    expect(read('bot/services/maintenance/poster/posterFonts.ts')).toContain('fonts-dejavu-core');
    expect(final.some((step) => step.name === 'RUN' && step.args.includes('fonts-dejavu-core'))).toBe(true);
  });
});

describe('compose.yaml', () => {
  // `merge`: the bots share their settings through a `<<: *anchor` merge key.
  const compose = mapping(parse(read('compose.yaml'), { merge: true }));
  const services = mapping(compose.services);
  const environment = (name: string) => mapping(mapping(services[name]).environment);
  const bots = Object.keys(services).filter((name) => /^bot-\d+$/.test(name));

  it('has PostgreSQL, a migration step, two bot processes and a reverse proxy', () => {
    expect(mapping(services.postgres).image).toMatch(/^postgres:/);
    expect(bots).toHaveLength(2);
    expect(mapping(services.caddy).image).toMatch(/^caddy:/);
    expect(list(mapping(services.caddy).ports)).toEqual(expect.arrayContaining(['80:80', '443:443']));
  });

  it('migrates once, as npm run db:migrate does, before the bots start', () => {
    const migrate = mapping(services.migrate);
    expect(`node ${list(migrate.command).slice(1).join(' ')}`).toBe(scripts['db:migrate']);
    expect(migrate.restart).toBe('no');
    for (const bot of bots) expect(mapping(mapping(mapping(services[bot]).depends_on).migrate).condition).toBe('service_completed_successfully');
  });

  it('gives every bot process the settings production needs, in webhook mode', () => {
    for (const bot of bots) {
      const settings = environment(bot);
      expect(Object.keys(settings)).toEqual(expect.arrayContaining(PRODUCTION_SETTINGS));
      expect(settings.NODE_ENV).toBe('production');
      expect(settings.WEBHOOK_URL).toMatch(/^https:\/\//);
      expect(settings.DATABASE_URL).toMatch(/^postgresql:\/\/.*@postgres:5432\//);
      expect(settings.DATABASE_URL).toBe(environment('migrate').DATABASE_URL);
    }
  });

  it('keeps the data and, apart, the support key on volumes', () => {
    const volumes = Object.keys(mapping(compose.volumes));
    expect(list(mapping(services.postgres).volumes).map((mount) => mount.split(':')[0])).toEqual(['postgres-data']);
    for (const bot of bots) {
      const keyFolder = path.posix.dirname(String(environment(bot).SUPPORT_KEY_FILE));
      expect(list(mapping(services[bot]).volumes)).toEqual([`support-key:${keyFolder}`]);
    }
    expect(volumes).toEqual(expect.arrayContaining(['postgres-data', 'support-key']));
  });

  it('mounts only files that exist in the repository', () => {
    const files = Object.values(services)
      .flatMap((service) => list(mapping(service).volumes))
      .map((mount) => mount.split(':')[0]!)
      .filter((source) => source.startsWith('./'));
    expect(files).toContain('./deploy/Caddyfile');
    for (const file of files) expect([file, fs.existsSync(path.join(ROOT, file))]).toEqual([file, true]);
  });
});

describe('README, Deploying', () => {
  it('names the production settings and says the images are not built in CI', () => {
    const section = read('README.md').split(/^## /m).find((part) => part.startsWith('Deploying'));
    expect(section).toBeDefined();
    for (const setting of PRODUCTION_SETTINGS) expect(section).toContain(setting);
    expect(section).toMatch(/not built in CI/);
  });
});
