import type { SecretStorage } from '#shared/sync/targetConfig';
import type { SecretStorageInfo } from './secretBox.ts';

/**
 * How well the secret box protects what it stores. On Linux, Electron falls back to `basic_text`
 * (a key built into Chromium) when no keychain answers: the sealed file is then as good as plain
 * text, so the user is told and asked. `unknown` there means no keychain was confirmed either.
 */
export function secretProtection(info: SecretStorageInfo, platform: string): SecretStorage {
  if (!info.available) return { protection: 'unavailable', backend: info.backend };
  if (info.backend === 'basic_text' || (platform === 'linux' && info.backend === 'unknown'))
    return { protection: 'unprotected', backend: info.backend };
  return { protection: 'protected', backend: info.backend };
}
