// Says exactly what to install when a tool the browser tests need is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.KAKEHASHI_CHROMIUM ?? '/usr/bin/chromium';
const checks = [
  { ok: existsSync(chromium), what: `Chromium (${chromium})`, fix: 'sudo apt-get install chromium' },
  { ok: existsSync('dist/renderer/index.html'), what: 'the renderer build (dist/renderer)', fix: 'npm run build' },
  {
    ok: existsSync('/usr/bin/pdfinfo'),
    what: 'poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) for the handout PDFs',
    fix: 'sudo apt-get install poppler-utils',
  },
  {
    ok: existsSync('/usr/lib/python3/dist-packages/openpyxl'),
    what: "openpyxl (Debian's python3-openpyxl) for the import tests' XLSX fixtures",
    fix: 'sudo apt-get install python3-openpyxl',
  },
];
const missing = checks.filter((check) => !check.ok);
if (missing.length > 0) {
  console.error('Missing prerequisites for the browser tests:');
  for (const check of missing) console.error(`  - ${check.what}: install with \`${check.fix}\``);
  console.error(
    'All Debian packages the tests use: sudo apt-get install chromium fonts-noto-cjk poppler-utils xvfb apache2 python3-openpyxl',
  );
  process.exit(1);
}
