// Scans the Electron side of the app (main/, preload/ and the page they load) with
// electronegativity and fails on any finding. The tool exits 0 whatever it finds, so its SARIF
// report is read here. Findings reviewed by hand carry an inline `eng-disable <CHECK>: reason`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The page as the app loads it: the build writes its CSP meta tag (main/src/services/appAssets.ts).
const builtPage = 'dist/renderer/index.html';
if (!existsSync(builtPage)) {
  console.error(`electronegativity: ${builtPage} is missing; run npm run build first`);
  process.exit(1);
}
const workDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const appDir = join(workDir, 'app');
// One tree, so the global checks (CSP, navigation limits, permission handler) see the whole app.
cpSync('main/src', join(appDir, 'main'), { recursive: true });
cpSync('preload/src', join(appDir, 'preload'), { recursive: true });
cpSync(builtPage, join(appDir, 'renderer', 'index.html'));
const report = join(workDir, 'report.sarif');
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', appDir, '-o', report, '-r', '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck'],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity could not scan the app');
  process.exit(1);
}
const sarif = JSON.parse(readFileSync(report, 'utf8'));
const results = sarif.runs.flatMap((r) => r.results ?? []);
for (const result of results) {
  const location = result.locations?.[0]?.physicalLocation;
  const file = location?.artifactLocation?.uri ?? '?';
  const line = location?.region?.startLine ?? '?';
  console.error(`electronegativity: ${result.ruleId} at ${file}:${line}: ${result.message?.text ?? ''}`);
}
console.log(`electronegativity: ${results.length} finding(s) in main/, preload/ and ${builtPage}`);
rmSync(workDir, { recursive: true, force: true });
process.exit(results.length > 0 ? 1 : 0);
