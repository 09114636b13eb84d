/** What the secret box can say about itself: whether it works, and which OS backend it uses. */
export type SecretStorageInfo = Readonly<{
  available: boolean;
  /** Electron's backend name on Linux (`gnome_libsecret`, `kwallet5`, `basic_text` …), else the OS store. */
  backend: string;
}>;

/**
 * Encrypts secrets (WebDAV password, S3 secret key, team passphrase) before they touch the disk.
 * Electron's `safeStorage` in the app; a test implementation in the harness.
 */
export type SecretBox = Readonly<{
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<string>;
  storage(): Promise<SecretStorageInfo>;
}>;
