import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open, seal, supportKey } from '../../../../../bot/services/support/sealing';

describe('sealing the call-back requests', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and the sealed text shows nothing of it', () => {
    const sealed = seal(key, '{"phone":"3331234567"}');
    expect(sealed).not.toContain('3331234567');
    expect(open(key, sealed)).toBe('{"phone":"3331234567"}');
  });

  it('seals the same text differently each time', () => {
    expect(seal(key, 'same')).not.toBe(seal(key, 'same'));
  });

  it('refuses a tampered text or another key', () => {
    const [iv, tag, body] = seal(key, 'secret').split('.') as [string, string, string];
    const flipped = Buffer.from(body, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open(key, [iv, tag, flipped.toString('base64')].join('.'))).toThrow();
    expect(() => open(randomBytes(32), seal(key, 'secret'))).toThrow();
  });

  it('makes a key file once, readable by its owner only, and uses the configured key first', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casa-key-')), 'support.key');
    const first = supportKey(undefined, file);
    expect(first).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(supportKey(undefined, file).equals(first)).toBe(true);
    const configured = randomBytes(32);
    expect(supportKey(configured.toString('base64'), file).equals(configured)).toBe(true);
  });
});
