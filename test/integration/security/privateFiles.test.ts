import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { startApp } from '../../../bot/app';
import { loadConfig } from '../../../bot/config/config';

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const run = promisify(execFile);

describe('the files the bot writes', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-files-'));
  const dataDir = path.join(root, 'data');
  const keyDir = path.join(root, 'keys');
  const env = { DATABASE_URL: `file:${path.join(dataDir, 'casa.db')}`, PORT: '0', SANDBOX: 'off', LOG_LEVEL: 'silent' };
  const umask = process.umask();
  afterAll(() => {
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('makes the database and the key 0600 in a 0700 folder, even with a permissive umask', async () => {
    process.umask(0o022);
    const app = await startApp(loadConfig(env), pino({ level: 'silent' }));
    await app.db.tenant.create({ data: { channel: 'test', channelUserId: 'files', locale: 'it' } });
    await app.stop();
    expect(mode(dataDir)).toBe(0o700);
    for (const name of fs.readdirSync(dataDir)) expect([name, mode(path.join(dataDir, name))]).toEqual([name, 0o600]);
    expect(fs.readdirSync(dataDir)).toEqual(expect.arrayContaining(['casa.db', 'support.key']));
  });

  it('narrows an existing world-readable database at start', async () => {
    fs.chmodSync(path.join(dataDir, 'casa.db'), 0o644);
    fs.chmodSync(dataDir, 0o755);
    process.umask(0o022);
    const app = await startApp(loadConfig(env), pino({ level: 'silent' }));
    await app.stop();
    expect(mode(path.join(dataDir, 'casa.db'))).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);
  });

  it('refuses to start with SUPPORT_KEY_FILE missing while the old key is in the data folder (no new key silently)', async () => {
    const keyFile = path.join(keyDir, 'support.key');
    await expect(startApp(loadConfig({ ...env, SUPPORT_KEY_FILE: keyFile }), pino({ level: 'silent' }))).rejects.toThrow('support:move-key');
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('moves the key out of the data folder with npm run support:move-key, and the bot starts with it', async () => {
    const keyFile = path.join(keyDir, 'support.key');
    const key = fs.readFileSync(path.join(dataDir, 'support.key'), 'utf8');
    await run('npm', ['run', '--silent', 'support:move-key', '--', keyFile], { cwd: path.join(__dirname, '..', '..', '..'), env: { ...process.env, ...env } });
    expect(fs.existsSync(path.join(dataDir, 'support.key'))).toBe(false);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(keyDir)).toBe(0o700);
    const app = await startApp(loadConfig({ ...env, SUPPORT_KEY_FILE: keyFile }), pino({ level: 'silent' }));
    await app.stop();
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);
    expect(fs.existsSync(path.join(dataDir, 'support.key'))).toBe(false);
  });

  it('never moves a key over an existing file', async () => {
    fs.writeFileSync(path.join(dataDir, 'support.key'), `${'A'.repeat(43)}=`);
    const moved = run('npm', ['run', '--silent', 'support:move-key', '--', path.join(keyDir, 'support.key')], { cwd: path.join(__dirname, '..', '..', '..'), env: { ...process.env, ...env } });
    await expect(moved).rejects.toThrow();
    expect(fs.existsSync(path.join(dataDir, 'support.key'))).toBe(true);
  });
});
