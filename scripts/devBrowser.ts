// `npm run dev:browser`: the app in a headed Chromium window with the real main-process handlers,
// for machines without the Electron binary. Data is kept between runs unless --fresh is given.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { browserRoutePort, startBrowserRoute } from '../test/harness/browserRoute.ts';

const fresh = process.argv.includes('--fresh');
if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.error('No display found. On a machine without a screen run:  xvfb-run -a npm run dev:browser');
  process.exit(1);
}

const home = process.env['KAKEHASHI_BROWSER_HOME'] ?? join(homedir(), '.kakehashi-browser');
const portSetting = process.env['KAKEHASHI_BROWSER_PORT'];
const port = portSetting === undefined ? browserRoutePort : Number(portSetting);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`KAKEHASHI_BROWSER_PORT must be a port number (1–65535), not "${portSetting ?? ''}".`);
  process.exit(1);
}

const route = await startBrowserRoute({ home, fresh, headless: false, port });
if (route.notice !== null) console.warn(route.notice);
console.log(`Kakehashi is running in Chromium at ${route.server.url}`);
console.log(`User data: ${route.app.userDataPath}${fresh ? ' (temporary)' : ''}`);
console.log('Close the window (or press Ctrl+C) to stop.');

const stop = async () => {
  await route.close();
  process.exit(0);
};
route.app.context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
