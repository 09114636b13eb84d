// Run as a child process: writes one object to a folder store and is killed (SIGKILL) after the
// temp file is written and synced, before it is linked into place.
import { createFolderStore } from '../../../../main/src/services/sync/folderStore.ts';

const [root = '', key = ''] = process.argv.slice(2);
const store = createFolderStore({
  root,
  beforeCommit: () => {
    process.kill(process.pid, 'SIGKILL');
    return new Promise(() => undefined);
  },
});
await store.putIfAbsent(key, new TextEncoder().encode('never committed'));
