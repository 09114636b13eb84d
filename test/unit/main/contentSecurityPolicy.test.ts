import { CspEvaluator, CspParser, severities, Version } from '@doyensec/csp-evaluator';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// The policy is written in two places that must agree: the page's meta tag (which also protects
// the page in the browser harness) and the response header Electron adds.
async function policies() {
  const html = await readFile('renderer/index.html', 'utf8');
  const glue = await readFile('main/src/electron-main/hardening.ts', 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  const header = /'Content-Security-Policy': \[\s*"([^"]+)"/.exec(glue)?.[1];
  return { meta, header };
}

describe('content security policy', () => {
  it('is the same in the page and in the Electron header (frame-ancestors only works as a header)', async () => {
    const { meta, header } = await policies();
    expect(meta).toBeDefined();
    expect(header).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
  });

  it('allows no inline or remote script and passes the CSP evaluator', async () => {
    const { header } = await policies();
    const parsed = new CspParser(header ?? '').csp;
    const serious = new CspEvaluator(parsed, Version.CSP3)
      .evaluate()
      .filter((finding) => finding.severity < severities.MEDIUM_MAYBE)
      .map((finding) => `${finding.directive}: ${finding.description}`);
    expect(serious).toEqual([]);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
