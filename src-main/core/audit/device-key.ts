import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEVICE_KEY_FILE = 'audit-device-key.pem';

/**
 * The Ed25519 key this device signs its audit checkpoints with. It is random, made at the first open and kept in
 * the data folder (mode 0600), and derived from no passphrase: knowing a passphrase (hence the database key) lets a
 * user rewrite the database through the app's key, but not sign a checkpoint that matches the rewrite.
 *
 * Threat model: this protects against a user rewriting the database with the app's key. It does not protect against
 * an OS administrator (or anyone able to read and replace files in the data folder as the desk's OS account), who
 * can read this key or delete the checkpoint file; the checkpoint kept by the sync hub (issue 13) and the
 * fingerprint an administrator printed (`audit.exportCheckpoint`) are what catch that.
 */
export interface DeviceKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SHA-256 of the public key (SubjectPublicKeyInfo, DER), hexadecimal in groups of four. */
  fingerprint: string;
  /** True when the key was made by this call (first open of this data folder with checkpoints). */
  created: boolean;
}

export function deviceKeyPath(dataDir: string): string {
  return join(dataDir, DEVICE_KEY_FILE);
}

export function loadOrCreateDeviceKey(dataDir: string): DeviceKey {
  const path = deviceKeyPath(dataDir);
  let created = false;
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    // 'wx': never overwrite a key another process has just made.
    writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
    created = true;
  }
  chmodSync(path, 0o600);
  const privateKey = createPrivateKey(readFileSync(path));
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey), created };
}

export function fingerprintOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
