import { ESLint } from 'eslint';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { folderRules } from '../../../eslint.folders.js';

const fixtures = join(import.meta.dirname, '..', '..', 'lint-fixtures');

// The fixtures are linted as if they stood at the same path in the real tree, with exactly the
// folder rules that eslint.config.js uses.
async function lintFixture(path: string) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...folderRules],
  });
  const code = await readFile(join(fixtures, path), 'utf8');
  const [result] = await eslint.lintText(code, {
    filePath: join(process.cwd(), relative(fixtures, join(fixtures, path))),
  });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}:${m.line}`);
}

describe('folder import rules', () => {
  it('refuse electron and node built-ins in the renderer', async () => {
    expect(await lintFixture('renderer/src/importsElectron.ts')).toEqual([
      'no-restricted-imports:2',
      'no-restricted-imports:3',
    ]);
  });

  it('refuse main-process code in the renderer', async () => {
    expect(await lintFixture('renderer/src/importsMain.ts')).toEqual(['no-restricted-imports:2']);
  });

  it('refuse Node built-ins and Dexie in shared code', async () => {
    expect(await lintFixture('shared/src/importsNode.ts')).toEqual([
      'no-restricted-imports:2',
      'no-restricted-imports:3',
    ]);
  });

  it('refuse electron in main services', async () => {
    expect(await lintFixture('main/src/services/importsElectron.ts')).toEqual(['no-restricted-imports:2']);
  });

  it('allow shared code and browser packages in the renderer', async () => {
    expect(await lintFixture('renderer/src/allowed.ts')).toEqual([]);
  });
});
