// Says exactly what to install when a tool the browser tests need is missing.
import { existsSync } from 'node:fs';
import { debianPackages, ensureDebianPackages } from './debianPackages.mjs';

// Installs what is missing first where that is allowed (root on Debian, KAKEHASHI_NO_INSTALL unset).
ensureDebianPackages('test');

const chromium = process.env.KAKEHASHI_CHROMIUM ?? '/usr/bin/chromium';
const checks = [
  { ok: existsSync(chromium), what: `Chromium (${chromium})`, fix: 'sudo apt-get install chromium' },
  { ok: existsSync('dist/renderer/index.html'), what: 'the renderer build (dist/renderer)', fix: 'npm run build' },
  {
    ok: existsSync('/usr/bin/pdfinfo'),
    what: 'poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) for the handout PDFs',
    fix: 'sudo apt-get install poppler-utils',
  },
];
const missing = checks.filter((check) => !check.ok);
if (missing.length > 0) {
  console.error('Missing prerequisites for the browser tests:');
  for (const check of missing) console.error(`  - ${check.what}: install with \`${check.fix}\``);
  console.error(
    `All Debian packages the tests use: sudo apt-get install ${debianPackages.map((p) => p.name).join(' ')}`,
  );
  process.exit(1);
}
