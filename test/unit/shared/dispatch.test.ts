import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '#shared/contract/dispatch';
import { HostFailure } from '#shared/contract/envelope';
import { defaultSettings, settingsSchema } from '#shared/settings';
import { createSyncConfigService } from '../../../main/src/services/sync/syncConfigService.ts';
import { createSyncHandlers } from '../../../main/src/services/sync/syncHandlers.ts';
import { createProcessSecretBox } from '../../../main/src/services/sync/testSecretBox.ts';

const appUrl = 'app://kakehashi/index.html';

const unused = () => {
  throw new Error('not used in these tests');
};
const unusedDataHandlers: Pick<
  Handlers,
  | 'postal:lookup'
  | 'attachment:put'
  | 'attachment:get'
  | 'attachment:missing'
  | 'attachment:put-verified'
  | 'attachment:open'
  | 'backup:export'
  | 'backup:restore'
  | 'backup:autoStatus'
  | 'backup:auto'
  | 'export:save'
> = {
  'postal:lookup': unused,
  'attachment:put': unused,
  'attachment:get': unused,
  'attachment:open': unused,
  'attachment:missing': unused,
  'attachment:put-verified': unused,
  'backup:export': unused,
  'backup:restore': unused,
  'backup:autoStatus': unused,
  'backup:auto': unused,
  'export:save': unused,
};
const unusedShellHandlers: Pick<
  Handlers,
  'shell:next-command' | 'shell:quit-ready' | 'log:write' | 'diagnostics:export' | 'database:backup-before-upgrade'
> = {
  'shell:next-command': unused,
  'shell:quit-ready': unused,
  'log:write': unused,
  'diagnostics:export': unused,
  'database:backup-before-upgrade': unused,
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ version: '1.0.0', platform: 'linux', userDataPath: '/tmp/x', runtime: 'electron' }),
    'settings:get': () => ({ values: defaultSettings, recovery: null }),
    'settings:set': (patch) => settingsSchema.parse({ ...defaultSettings, ...patch }),
    'handout:savePdf': () => ({ path: null }),
    'sync:choose-folder': () => ({ path: null }),
    ...unusedDataHandlers,
    ...unusedShellHandlers,
    ...createSyncHandlers(
      createSyncConfigService({ userDataPath: '/nonexistent', secretBox: createProcessSecretBox() }),
    ),
    ...overrides,
  };
}

const trusted = (url: string) => url.startsWith('app://kakehashi/');

describe('dispatch', () => {
  it('answers a valid call with an ok envelope', async () => {
    const result = await dispatch(
      { handlers: handlers(), isTrustedSender: trusted },
      'settings:set',
      { language: 'en' },
      { senderUrl: appUrl },
    );
    expect(result).toEqual({ ok: true, value: { language: 'en', calendar: 'gregory' } });
  });

  it('rejects an unknown channel', async () => {
    const result = await dispatch({ handlers: handlers(), isTrustedSender: trusted }, 'files:delete-all', undefined, {
      senderUrl: appUrl,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('rejects invalid input with a message that names the field', async () => {
    const result = await dispatch(
      { handlers: handlers(), isTrustedSender: trusted },
      'settings:set',
      { language: 'fr' },
      { senderUrl: appUrl },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('language');
  });

  it('rejects fields the channel does not know', async () => {
    const result = await dispatch(
      { handlers: handlers(), isTrustedSender: trusted },
      'settings:set',
      { password: 'x' },
      { senderUrl: appUrl },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a sender outside the app and never runs the handler', async () => {
    let ran = false;
    const deps = {
      handlers: handlers({ 'settings:set': () => ((ran = true), defaultSettings) }),
      isTrustedSender: trusted,
    };
    const result = await dispatch(deps, 'settings:set', { language: 'en' }, { senderUrl: 'https://evil.example/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(ran).toBe(false);
  });

  it('turns a thrown error into a failure envelope instead of crashing', async () => {
    const deps = {
      handlers: handlers({
        'app:info': () => {
          throw new Error('disk on fire');
        },
      }),
      isTrustedSender: trusted,
    };
    const result = await dispatch(deps, 'app:info', undefined, { senderUrl: appUrl });
    expect(result).toEqual({ ok: false, error: { code: 'handler-failed', message: 'app:info: disk on fire' } });
  });

  it('keeps the code of a HostFailure', async () => {
    const deps = {
      handlers: handlers({
        'app:info': () => Promise.reject(new HostFailure('not-found', 'gone')),
      }),
      isTrustedSender: trusted,
    };
    const result = await dispatch(deps, 'app:info', undefined, { senderUrl: appUrl });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'gone' } });
  });

  it('refuses a handler result that breaks the output schema', async () => {
    const deps = {
      handlers: handlers({ 'settings:set': () => ({ language: 'xx' }) as never }),
      isTrustedSender: trusted,
    };
    const result = await dispatch(deps, 'settings:set', {}, { senderUrl: appUrl });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });
});
