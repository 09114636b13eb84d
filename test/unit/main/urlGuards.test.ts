import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset, withAppHeaders } from '../../../main/src/services/appAssets.ts';
import { isAllowedExternalUrl } from '../../../main/src/services/externalUrl.ts';
import { createSenderPolicy } from '../../../main/src/services/senderPolicy.ts';

describe('isAllowedExternalUrl (the shell.openExternal allowlist)', () => {
  it.each(['https://www.example.jp/company', 'http://example.com', 'mailto:info@example.jp'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://nas/share',
    'ms-settings:privacy',
    'https://user:secret@example.jp/',
    'mailto:',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('resolveAppAsset (serving the renderer on app://)', () => {
  const root = resolve('/opt/kakehashi/renderer');

  it('maps the app origin into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://kakehashi/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://kakehashi/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://kakehashi/assets/main-abc.js')).toBe(join(root, 'assets', 'main-abc.js'));
  });

  it('refuses other origins and any way out of the folder', () => {
    expect(resolveAppAsset(root, 'app://other/index.html')).toBeNull();
    // The URL parser already folds dot segments, so this one stays inside the folder.
    expect(resolveAppAsset(root, 'app://kakehashi/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppAsset(root, 'app://kakehashi/..%2F..%2Fsecret')).toBeNull();
    expect(resolveAppAsset(root, 'app://kakehashi/a%00b')).toBeNull();
    expect(resolveAppAsset(root, 'app://kakehashi/%E0%A4%A')).toBeNull();
  });
});

describe('createSenderPolicy (which frames may call the host)', () => {
  it('accepts frames of the app origin only', () => {
    const trusted = createSenderPolicy(['app://kakehashi']);
    expect(trusted('app://kakehashi/index.html#/companies')).toBe(true);
    expect(trusted('app://evil/index.html')).toBe(false);
    expect(trusted('https://kakehashi/')).toBe(false);
    expect(trusted('')).toBe(false);
  });

  it('compares port as well as host for the harness origin', () => {
    const trusted = createSenderPolicy(['http://127.0.0.1:4173/']);
    expect(trusted('http://127.0.0.1:4173/#/settings')).toBe(true);
    expect(trusted('http://127.0.0.1:4174/')).toBe(false);
  });
});

describe('withAppHeaders (the renderer files served on app://kakehashi)', () => {
  it('makes the page cross-origin isolated and keeps the file, its status and its own headers', async () => {
    const file = new Response('<!doctype html><title>架け橋</title>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
    const served = withAppHeaders(file);
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(served.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(served.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(await served.text()).toBe('<!doctype html><title>架け橋</title>');
  });
});
