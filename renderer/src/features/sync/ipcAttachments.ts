import type { LocalAttachments } from '#shared/sync/attachments';
import { HostCallError, requestHost } from '../../host/host.ts';

/** This device's attachment bytes, kept by main's attachment store, as the sync engine uses them. */
export function createIpcAttachments(): LocalAttachments {
  return {
    missing: async (hashes) =>
      hashes.length === 0 ? [] : (await requestHost('attachment:missing', { sha256s: [...hashes] })).missing,
    async read(sha256) {
      try {
        return (await requestHost('attachment:get', { sha256 })).bytes;
      } catch (error) {
        // Damaged bytes are set aside by main: this device no longer holds them (a good copy may be downloaded).
        if (error instanceof HostCallError && (error.error.code === 'not-found' || error.error.code === 'invalid-file'))
          return null;
        throw error;
      }
    },
    async write(sha256, bytes) {
      await requestHost('attachment:put-verified', { sha256, bytes: new Uint8Array(bytes) });
    },
  };
}
