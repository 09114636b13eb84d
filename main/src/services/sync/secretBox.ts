/**
 * Encrypts secrets (WebDAV password, S3 secret key, team passphrase) before they touch the disk.
 * Electron's `safeStorage` in the app; a test implementation in the harness.
 */
export type SecretBox = Readonly<{
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<string>;
}>;
