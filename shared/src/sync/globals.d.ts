// The few runtime-neutral globals the sync protocol uses. Node 20 and Chromium both provide them;
// shared/ compiles without DOM or Node types, so only the members used here are declared.

/** An opaque WebCrypto key. */
type CryptoKey = { readonly type: string };

type SyncAlgorithm = string | Readonly<Record<string, unknown>>;

type SyncSubtleCrypto = {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: SyncAlgorithm,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<CryptoKey>;
  deriveKey(
    algorithm: SyncAlgorithm,
    baseKey: CryptoKey,
    derived: SyncAlgorithm,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<CryptoKey>;
  encrypt(algorithm: SyncAlgorithm, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: SyncAlgorithm, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
};

declare const crypto: {
  readonly subtle: SyncSubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
};

declare class TextEncoder {
  encode(input: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

type SyncStreamReader = {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
};

type SyncStreamWriter = {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
};

type SyncTransformStream = {
  readonly readable: { getReader(): SyncStreamReader };
  readonly writable: { getWriter(): SyncStreamWriter };
};

declare const CompressionStream: new (format: 'gzip') => SyncTransformStream;
declare const DecompressionStream: new (format: 'gzip') => SyncTransformStream;
