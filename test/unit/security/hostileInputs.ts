import fc from 'fast-check';
import { join } from 'node:path';
import type { z } from 'zod';
import type { FuzzSandbox } from './fuzzSandbox.ts';

/** Where the hostile URLs point: a closed loopback port (the saved endpoint) and the trap server. */
export type FuzzEndpoints = Readonly<{ closedPort: number; trapPort: number }>;

/** The "names" a fuzz run draws from; made once per sandbox so that every path names that sandbox. */
export type HostileWords = Readonly<{
  /** Everything below, and more: any string field may get any of these. */
  strings: readonly string[];
  /** Folder and file paths that lead out of the chosen folders. */
  paths: readonly string[];
  /** Keys of the sync layout, well-formed and not. */
  keys: readonly string[];
  /** Team and device ids as a hostile peer's team.json or a hostile page would send them. */
  ids: readonly string[];
  urls: readonly string[];
}>;

const huge = 'あ'.repeat(200_000);

/**
 * Strings an attacking page would send: traversal in every spelling, absolute paths of the two
 * victims, paths through the planted symlinks, NUL bytes, prototype keys, layout keys, huge text.
 * Absolute paths name only the sandbox (never '/', /etc or another real folder), so that a write
 * the app should have refused lands where the test looks, not on this machine.
 */
export function hostileWords(sandbox: FuzzSandbox, endpoints: FuzzEndpoints): HostileWords {
  const { victim, outside, chosenRoot } = sandbox;
  const paths = [
    '../',
    '..\\',
    '.',
    '..',
    '../../../victim',
    '../../../../../../victim',
    '..\\..\\..\\..\\..\\..\\victim',
    '%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/victim',
    `${chosenRoot}/team-2\0/../../../victim`,
    victim,
    `${victim}/`,
    join(victim, 'devices'),
    outside,
    join(chosenRoot, 'escape'),
    join(chosenRoot, 'escape', 'devices'),
    join(chosenRoot, 'escape-outside'),
    join(chosenRoot, 'team-2', '..', '..', '..', 'victim'),
    `${chosenRoot}/../../victim`,
    join(chosenRoot, 'team-2'),
    join(chosenRoot, 'planted'),
  ];
  const keys = [
    'team.json',
    'devices/dev1/log/000000000001.batch',
    'devices/dev1/info.json',
    'blobs/ab/' + 'ab'.repeat(32),
    'snapshots/dev1/1-0-dev1.snap',
    'devices/../../victim/secret.txt',
    '../victim/secret.txt',
    '%2e%2e/secret.txt',
    'devices/',
    'blobs/ab/',
    'info.json',
    'sync.json',
    'settings.json',
    'secret.txt',
    'devices/dev1/log/000000000002.batch',
    '',
  ];
  const ids = [
    'team-plain',
    '../../x',
    '../../../victim',
    '../../../victim/devices',
    '../sync-journal/../../x',
    '..',
    '.',
    '__proto__',
    'a/b',
    'x\0y',
  ];
  const other = [
    '..%2f..%2fvictim',
    '%2e%2e%2f%2e%2e%2f',
    'a\0b',
    join(outside, 'secret.txt'),
    'prototype',
    '__proto__/polluted',
    ' ',
    '日本語のフォルダ',
    huge,
    'x'.repeat(1001),
  ];
  const { closedPort, trapPort } = endpoints;
  const urls = [
    `http://127.0.0.1:${closedPort}/dav/`,
    `http://127.0.0.1:${trapPort}/dav/`,
    `http://127.0.0.1:${trapPort}/`,
    `http://127.0.0.1:${trapPort}/remote.php/dav/files/fuzz/`,
    `http://127.0.0.1:${trapPort}/kakehashi/`,
    `http://localhost:${trapPort}/s3`,
    `http://localhost:${trapPort}/dav/`,
    `http://fuzz:pass@127.0.0.1:${trapPort}/dav/`,
    `http://user:secret@evil.example/`,
    'http://evil.example/',
    'https://evil.example:8443/dav/',
    'http://a.invalid/',
    'https://bucket.s3.evil.example/',
    `http://127.0.0.1:${trapPort}/%2e%2e/%2e%2e/`,
    `http://127.0.0.1:${trapPort}/a\0b`,
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ftp://evil.example/',
    `http://127.0.0.1:${trapPort}/${'x'.repeat(5000)}`,
  ];
  return { strings: [...paths, ...keys, ...ids, ...other], paths, keys, ids, urls };
}

/**
 * A hostile value made only when the call is sent: fast-check inspects, clones and prints the
 * values it generates, which a throwing Proxy or getter would break. `materialize` builds it.
 */
export class Lazy {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}

  toJSON(): string {
    return `<${this.name}>`;
  }

  [fc.toStringMethod](): string {
    return `<${this.name}>`;
  }
}

/** The input as the page sends it: every `Lazy` inside replaced by the hostile value it makes. */
export function materialize(value: unknown): unknown {
  if (value instanceof Lazy) return value.make();
  if (Array.isArray(value)) return value.map(materialize);
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = Object.create(proto) as Record<string, unknown>;
    // defineProperty, not assignment: an own "__proto__" key must stay a key, as JSON.parse makes it.
    for (const key of Object.keys(value))
      Object.defineProperty(out, key, {
        value: materialize((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

/** A Proxy every trap of which throws. */
function throwingProxy(): unknown {
  const trap = () => {
    throw new Error('proxy trap');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

/** An object whose property getter throws. */
function throwingGetter(key: string): unknown {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
}

/** An object that refers to itself. */
function cyclic(key: string, value: unknown): unknown {
  const object: Record<string, unknown> = { [key]: value };
  object.self = object;
  return object;
}

/** Values of the wrong kind for any field. */
function wrongValues(words: HostileWords): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withDate: true,
      withSparseArray: true,
      withBoxedValues: true,
      maxDepth: 3,
    }),
    fc.constantFrom<unknown>(
      10n ** 30n,
      NaN,
      -0,
      Infinity,
      2 ** 40,
      Number.MAX_SAFE_INTEGER + 2,
      null,
      undefined,
      [],
      {},
      JSON.parse('{"__proto__":{"polluted":"yes"}}'),
      { constructor: { prototype: { polluted: 'yes' } } },
      Symbol('hostile'),
      () => 'a function',
    ),
    fc.constantFrom(...words.strings).map((key) => new Lazy('cyclic object', () => cyclic(key, key))),
    fc.constant(new Lazy('Proxy whose traps throw', throwingProxy)),
    fc.constantFrom(...words.strings).map((key) => new Lazy('throwing getter', () => throwingGetter(key))),
  );
}

const hexHash = fc.stringMatching(/^[0-9a-f]{64}$/);

/** Strings for a field, by what its name says it holds (any string field may get any hostile string too). */
function stringsFor(def: { format?: unknown }, field: string, words: HostileWords): fc.Arbitrary<string> {
  const pick = (list: readonly string[]) => fc.constantFrom(...list);
  // Random text never holds a slash or a drive colon: relative at most, so it resolves inside the sandbox.
  const text = fc.string({ maxLength: 40 }).map((value) => value.replace(/[/\\:]/g, '_'));
  const any = fc.oneof(pick(words.strings), pick(words.urls), hexHash, text);
  if (def.format === 'url' || /url|endpoint/i.test(field))
    return fc.oneof({ weight: 4, arbitrary: pick(words.urls) }, { weight: 1, arbitrary: any });
  if (/path/i.test(field)) return fc.oneof({ weight: 4, arbitrary: pick(words.paths) }, { weight: 1, arbitrary: any });
  if (/key|prefix/i.test(field))
    return fc.oneof({ weight: 4, arbitrary: pick(words.keys) }, { weight: 1, arbitrary: any });
  if (/id$/i.test(field)) return fc.oneof({ weight: 4, arbitrary: pick(words.ids) }, { weight: 1, arbitrary: any });
  if (/sha256/i.test(field)) return fc.oneof({ weight: 4, arbitrary: hexHash }, { weight: 1, arbitrary: any });
  return fc.oneof({ weight: 2, arbitrary: text }, { weight: 3, arbitrary: any });
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom(
    new Uint8Array(),
    new TextEncoder().encode('{"__proto__":{"polluted":"yes"}}'),
    new TextEncoder().encode('['.repeat(100_000)),
    new TextEncoder().encode(
      JSON.stringify({ format: 'kakehashi-snapshot', tables: { attachments: [{ sha256: '../../x' }] } }),
    ),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]),
  ),
);

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: unknown;
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Inputs shaped like a channel's schema, built from the schema itself (so a new channel or field
 * is fuzzed without touching this file): each field gets the hostile values of its kind, and
 * now and then a value of the wrong kind or a key the schema does not know.
 */
export function shapedBy(schema: z.ZodType, words: HostileWords, depth = 0, field = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wrong = wrongValues(words);
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'object': {
        const fields = Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, value]) => [key, shapedBy(value, words, depth + 1, key)]),
        );
        return fc.record(fields).chain((record) =>
          fc.oneof(
            { weight: 5, arbitrary: fc.constant(record) },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('__proto__', 'constructor', 'polluted', 'password')
                .map((key) => Object.assign(JSON.parse(`{"${key}":{"polluted":"yes"}}`) as object, record)),
            },
          ),
        );
      }
      case 'union':
        return fc.oneof(...(def.options ?? []).map((option) => shapedBy(option, words, depth + 1, field)));
      case 'optional':
        return fc.oneof(fc.constant(undefined), shapedBy(def.innerType as z.ZodType, words, depth + 1, field));
      case 'nullable':
        return fc.oneof(fc.constant(null), shapedBy(def.innerType as z.ZodType, words, depth + 1, field));
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        return shapedBy(def.innerType as z.ZodType, words, depth + 1, field);
      case 'pipe':
        return shapedBy(def.in as z.ZodType, words, depth + 1, field);
      case 'string':
        return stringsFor(def, field, words);
      case 'number':
        return fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
          { weight: 1, arbitrary: fc.integer({ min: -2, max: 1_000_000 }) },
          { weight: 1, arbitrary: fc.constantFrom(2 ** 40, -1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2) },
        );
      case 'boolean':
        return fc.boolean();
      case 'literal':
        return fc.constantFrom(...(def.values ?? [undefined]));
      case 'enum':
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) },
          { weight: 1, arbitrary: fc.constantFrom(...words.strings) },
        );
      case 'array':
        return fc.array(shapedBy(def.element as z.ZodType, words, depth + 1, field), { maxLength: depth > 2 ? 2 : 8 });
      case 'record':
        return fc.dictionary(
          fc.constantFrom(...words.strings.filter((word) => word.length < 100)),
          shapedBy(def.valueType as z.ZodType, words, depth + 1, field),
          { maxKeys: 4 },
        );
      case 'custom':
        // The contract's only custom schema is bytes (Uint8Array).
        return bytes;
      case 'undefined':
        return fc.constant(undefined);
      default:
        return wrong;
    }
  })();
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: wrong });
}

/** Inputs of any shape at all, for any channel. */
export function anyInput(words: HostileWords): fc.Arbitrary<unknown> {
  return wrongValues(words);
}
