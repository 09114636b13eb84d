import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { withContentSecurityPolicyMeta } from './main/src/services/appAssets.ts';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// The page's CSP meta tag comes from the one policy main and the test server send as a header.
const contentSecurityPolicy: Plugin = {
  name: 'kakehashi-content-security-policy',
  transformIndexHtml: { order: 'pre', handler: withContentSecurityPolicyMeta },
};

// The renderer is loaded from app://kakehashi in Electron and from a local server in tests:
// relative asset paths work for both.
export default defineConfig({
  root,
  base: './',
  plugins: [contentSecurityPolicy, react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
});
