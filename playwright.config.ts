import { defineConfig } from '@playwright/test';

// The harness launches Debian's Chromium itself (test/harness/launchApp.ts); no browser download.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env['CI'],
});
