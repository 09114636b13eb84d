import './zodJitless.ts';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories.ts';

// Page-side entry of bundleForPage: the app's repositories on the app's database.

/** What the bundle puts on `window` for tests. */
export type SeedApi = Readonly<{ repositories(): Promise<Repositories> }>;

let opened: Promise<Repositories> | null = null;
const api: SeedApi = {
  repositories() {
    opened ??= openKakehashiDb().then(createRepositories);
    return opened;
  },
};
(window as unknown as { kakehashiSeed: SeedApi }).kakehashiSeed = api;
