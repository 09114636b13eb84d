import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox, SecretStorageInfo } from './secretBox.ts';

/**
 * A secret box for the browser harness and tests, where Electron's safeStorage does not exist:
 * AES-256-GCM under a key that lives only in this process, so sealed secrets on disk are never
 * plain text (and, like safeStorage output, are useless to another process). `storage` is what it
 * reports about itself; a test passes `{ backend: 'basic_text' }` to stand for a Linux desktop
 * without a keychain. The browser route passes a key it keeps in its own folder, so that a restart
 * reads its sealed secrets back.
 */
export function createProcessSecretBox(
  storage: SecretStorageInfo = { available: true, backend: 'process-key' },
  key: Uint8Array = randomBytes(32),
): SecretBox {
  return {
    encrypt(plain) {
      return Promise.resolve(seal(plain));
    },
    decrypt(sealed) {
      return Promise.resolve(open(sealed));
    },
    storage: () => Promise.resolve(storage),
  };

  function seal(plain: string): Uint8Array {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
  }

  function open(sealed: Uint8Array): string {
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }
}
