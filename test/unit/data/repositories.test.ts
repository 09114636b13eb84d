import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, it } from 'vitest';
import { repositorySuite } from '../../suites/repositorySuite.ts';

// The same suite runs in real Chromium through the harness (test/e2e/dataRepositories.e2e.ts).
describe('repositories on fake-indexeddb', () => {
  const indexedDB = new IDBFactory();
  for (const testCase of repositorySuite({ options: (name) => ({ name, indexedDB, IDBKeyRange }) })) {
    it(testCase.name, testCase.run);
  }
});
