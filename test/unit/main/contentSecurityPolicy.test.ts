import { CspEvaluator, CspParser, severities, Version } from '@doyensec/csp-evaluator';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyHeader,
  contentSecurityPolicyPlaceholder,
  rendererContentSecurityPolicy,
  withAppHeaders,
  withContentSecurityPolicyMeta,
} from '../../../main/src/services/appAssets.ts';
import { startRendererServer } from '../../harness/rendererServer.ts';

const metaPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g;

describe('content security policy', () => {
  it('has one source: the page gets it as a meta tag at the placeholder, and has no other', async () => {
    const html = await readFile('renderer/index.html', 'utf8');
    expect([...html.matchAll(metaPattern)]).toEqual([]);
    expect(html).toContain(contentSecurityPolicyPlaceholder);
    const built = withContentSecurityPolicyMeta(html);
    expect([...built.matchAll(metaPattern)].map((match) => match[1])).toEqual([rendererContentSecurityPolicy]);
  });

  it('refuses to build a page without the placeholder, so the policy cannot silently go missing', () => {
    expect(() => withContentSecurityPolicyMeta('<!doctype html><head></head>')).toThrow(/placeholder/);
  });

  it('is sent as a header that adds frame-ancestors (ignored in a meta tag)', () => {
    expect(contentSecurityPolicyHeader).toBe(`${rendererContentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it('allows no inline or remote script and passes the CSP evaluator', () => {
    const parsed = new CspParser(contentSecurityPolicyHeader).csp;
    const serious = new CspEvaluator(parsed, Version.CSP3)
      .evaluate()
      .filter((finding) => finding.severity < severities.MEDIUM_MAYBE)
      .map((finding) => `${finding.directive}: ${finding.description}`);
    expect(serious).toEqual([]);
    expect(contentSecurityPolicyHeader).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('the app:// protocol handler and the test server send the CSP', () => {
  it('withAppHeaders puts the CSP with frame-ancestors on the response, and keeps the file', async () => {
    const file = new Response('<!doctype html><title>架け橋</title>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': 'default-src *' },
    });
    const served = withAppHeaders(file);
    expect(served.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
    expect(served.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(served.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await served.text()).toBe('<!doctype html><title>架け橋</title>');
  });

  it('withAppHeaders puts it on a refusal too (404 for a path outside the build)', () => {
    const served = withAppHeaders(new Response('Not found', { status: 404 }));
    expect(served.status).toBe(404);
    expect(served.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
  });

  it('the test server sends the same header on the page and its files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kakehashi-csp-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'app.js'), 'export {};');
    const server = await startRendererServer(root);
    try {
      for (const path of ['', 'app.js', 'no/such/route']) {
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
        expect(response.headers.get('content-security-policy'), path).toBe(contentSecurityPolicyHeader);
        expect(response.headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
      }
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
