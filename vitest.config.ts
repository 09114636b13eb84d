import { defineConfig } from 'vitest/config';

// Unit tests run in Node. Anything measured or end-to-end runs in real Chromium (playwright.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
