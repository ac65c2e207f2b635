import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/** scrypt cost. The default is strong (128 MiB, about half a second); tests may pass a lighter one. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

export const STRONG_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/** A 256-bit secret encrypted under a key derived from a passphrase (AES-256-GCM, AAD binds it to its owner). */
export interface WrappedKey {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

function deriveKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      secret.normalize('NFC'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 32 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function wrapKey(key: Buffer, secret: string, aad: string, params: KdfParams): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, params);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  kek.fill(0);
  return {
    kdf: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Returns the key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrapped: WrappedKey, secret: string, aad: string): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(wrapped.salt, 'base64'), wrapped);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}
