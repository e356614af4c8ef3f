import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Moves the support key file safely: the new file is written 0600 in a 0700 folder (never over an existing
 * file), flushed to disk and read back; only then is the old one overwritten and removed.
 */
export function moveKeyFile(from: string, to: string): void {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (source === target) throw new Error('the key file is already there');
  if (!fs.existsSync(source)) throw new Error(`no key file at ${source}`);
  const key = fs.readFileSync(source, 'utf8').trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(key)) throw new Error(`${source} does not hold a support key (32 bytes in base64)`);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const handle = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeSync(handle, key);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  if (fs.readFileSync(target, 'utf8').trim() !== key) throw new Error(`${target} could not be written correctly; ${source} is left as it was`);
  const old = fs.openSync(source, 'r+');
  try {
    fs.writeSync(old, randomBytes(Buffer.byteLength(key)));
    fs.fsyncSync(old);
  } finally {
    fs.closeSync(old);
  }
  fs.unlinkSync(source);
}
