import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Encrypts with AES-256-GCM: "iv.tag.ciphertext" in base64; tampering is detected on opening. */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
}

export function open(key: Buffer, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64')) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** A key file that exists elsewhere while SUPPORT_KEY_FILE names a missing one: starting would make a new key and lose the sealed data. */
export class KeyFileMovedError extends Error {
  override readonly name = 'KeyFileMovedError';
}

/**
 * The key of the call-back requests: SUPPORT_DATA_KEY (32 bytes, base64) when set, otherwise a key file
 * (SUPPORT_KEY_FILE, or support.key in the data folder) made once, 0600 in a 0700 folder.
 * `formerFile`: where the key was before SUPPORT_KEY_FILE was set; found there, it is not silently replaced.
 */
export function supportKey(configured: string | undefined, keyFile: string, formerFile?: string): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (!fs.existsSync(keyFile)) {
    if (formerFile && formerFile !== keyFile && fs.existsSync(formerFile)) {
      throw new KeyFileMovedError(`SUPPORT_KEY_FILE is ${keyFile}, which does not exist, but ${formerFile} does: move it with npm run support:move-key -- ${keyFile}`);
    }
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
}
