// `npm run dev:browser`: the app in a headed Chromium window with the real main-process handlers,
// for machines without the Electron binary. Data is kept between runs unless --fresh is given.
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from '../test/harness/launchApp.ts';
import { startRendererServer } from '../test/harness/rendererServer.ts';

const fresh = process.argv.includes('--fresh');
if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.error('No display found. On a machine without a screen run:  xvfb-run -a npm run dev:browser');
  process.exit(1);
}

const home = process.env['KAKEHASHI_BROWSER_HOME'] ?? join(homedir(), '.kakehashi-browser');
const userDataPath = join(home, 'user-data');
const profilePath = join(home, 'chromium-profile');
if (!fresh) {
  await mkdir(userDataPath, { recursive: true });
  await mkdir(profilePath, { recursive: true });
}

const server = await startRendererServer();
const app = await launchApp({
  baseUrl: server.url,
  headless: false,
  ...(fresh ? {} : { userDataPath, profilePath, keepFolders: true }),
});
console.log(`Kakehashi is running in Chromium at ${server.url}`);
console.log(`User data: ${app.userDataPath}${fresh ? ' (temporary)' : ''}`);
console.log('Close the window (or press Ctrl+C) to stop.');

const stop = async () => {
  await app.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
app.context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
