import { describe, expect, it } from 'vitest';
import { channelNames } from '#shared/contract/channels';
import { dispatch, type Handlers } from '#shared/contract/dispatch';
import { hostErrorCodes, type Envelope } from '#shared/contract/envelope';
import { defaultSettings, settingsSchema } from '#shared/settings';

// Whatever the page sends, the answer is an envelope: dispatch never rejects and never throws.
const appUrl = 'app://kakehashi/index.html';
const trusted = (url: string) => url.startsWith('app://kakehashi/');

const handlers = Object.fromEntries(
  channelNames.map((channel) => [channel, () => Promise.reject(new Error(`${channel} is not used here`))]),
) as unknown as Handlers;
const withSettings: Handlers = {
  ...handlers,
  'settings:set': (patch) => settingsSchema.parse({ ...defaultSettings, ...patch }),
};

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { language: 'en' };
  value.self = value;
  return value;
}

function throwingGetter(): object {
  return Object.defineProperty({}, 'language', {
    enumerable: true,
    get() {
      throw new Error('getter ran');
    },
  });
}

function hostileProxy(): object {
  const trap = () => {
    throw new Error('proxy trap ran');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

const huge = 'a'.repeat(5_000_000);

const hostileValues: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a BigInt', () => 10n ** 30n],
  ['an object holding a BigInt', () => ({ language: 1n })],
  ['a cyclic object', cyclic],
  [
    'a cyclic array',
    () => {
      const list: unknown[] = [];
      list.push(list);
      return list;
    },
  ],
  ['an object whose getter throws', throwingGetter],
  ['a Proxy whose every trap throws', hostileProxy],
  ['a 5 MB string', () => huge],
  ['an object with a 5 MB key', () => ({ [huge]: 1 })],
  ['a symbol', () => Symbol('x')],
  ['a function', () => () => 1],
  [
    'an object with a throwing toString',
    () => ({
      toString: () => {
        throw new Error('toString ran');
      },
    }),
  ],
];

function expectEnvelope(result: Envelope<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(hostErrorCodes).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  // A message is a line for the user and the log, not an echo of what was sent.
  expect(result.error.message.length).toBeLessThan(2000);
}

describe('dispatch answers an envelope whatever it is sent', () => {
  for (const [name, make] of hostileValues) {
    it(`as the input: ${name}`, async () => {
      const result = await dispatch({ handlers: withSettings, isTrustedSender: trusted }, 'settings:set', make(), {
        senderUrl: appUrl,
      });
      expectEnvelope(result);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });

    it(`as the channel: ${name}`, async () => {
      const result = await dispatch({ handlers: withSettings, isTrustedSender: trusted }, make(), undefined, {
        senderUrl: appUrl,
      });
      expectEnvelope(result);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    });
  }

  it('for a Proxy sent to a channel that takes no input (zod words its message from the value)', async () => {
    const result = await dispatch({ handlers, isTrustedSender: trusted }, 'app:info', hostileProxy(), {
      senderUrl: appUrl,
    });
    expectEnvelope(result);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('for an input object without a prototype (an empty patch: accepted)', async () => {
    const result = await dispatch(
      { handlers: withSettings, isTrustedSender: trusted },
      'settings:set',
      Object.create(null) as object,
      { senderUrl: appUrl },
    );
    expect(result).toEqual({ ok: true, value: defaultSettings });
  });

  it('when a handler throws a value that cannot be turned into text', async () => {
    const deps = {
      handlers: {
        ...handlers,
        'app:info': () => {
          // A hostile thrown value is the point of this test, not an Error.
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the test throws a Proxy on purpose
          throw hostileProxy();
        },
      },
      isTrustedSender: trusted,
    };
    const result = await dispatch(deps, 'app:info', undefined, { senderUrl: appUrl });
    expectEnvelope(result);
    expect(result).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
  });

  it('when a handler answers an unreadable value', async () => {
    const deps = { handlers: { ...handlers, 'app:info': () => hostileProxy() as never }, isTrustedSender: trusted };
    expectEnvelope(await dispatch(deps, 'app:info', undefined, { senderUrl: appUrl }));
  });

  it('when a handler answers a cyclic or BigInt value', async () => {
    for (const value of [cyclic(), { version: 1n }]) {
      const deps = { handlers: { ...handlers, 'app:info': () => value as never }, isTrustedSender: trusted };
      const result = await dispatch(deps, 'app:info', undefined, { senderUrl: appUrl });
      expectEnvelope(result);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
    }
  });

  it('when the sender check itself throws', async () => {
    const deps = {
      handlers: withSettings,
      isTrustedSender: () => {
        throw new Error('sender check broke');
      },
    };
    const result = await dispatch(deps, 'settings:set', {}, { senderUrl: appUrl });
    expectEnvelope(result);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('when the sender URL is not a string', async () => {
    const result = await dispatch(
      { handlers: withSettings, isTrustedSender: trusted },
      'settings:set',
      {},
      {
        senderUrl: 1n as unknown as string,
      },
    );
    expectEnvelope(result);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('still answers a valid call after hostile ones', async () => {
    const result = await dispatch(
      { handlers: withSettings, isTrustedSender: trusted },
      'settings:set',
      {
        language: 'en',
      },
      { senderUrl: appUrl },
    );
    expect(result).toEqual({ ok: true, value: { language: 'en', calendar: 'gregory' } });
  });
});
