import { test as base } from '@playwright/test';
import { launchApp, type AppInstance, type LaunchOptions } from '../harness/launchApp.ts';
import { startRendererServer, type RendererServer } from '../harness/rendererServer.ts';

type WorkerFixtures = { server: RendererServer };
type TestFixtures = {
  /** A fresh app: new Chromium profile, new user-data folder. */
  app: AppInstance;
  /** Launches further instances (a restart, a second device) that close with the test. */
  launch: (options?: Omit<LaunchOptions, 'baseUrl'>) => Promise<AppInstance>;
};

/** Playwright's test with the app harness as fixtures. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  launch: async ({ server }, use) => {
    const instances: AppInstance[] = [];
    await use(async (options = {}) => {
      const instance = await launchApp({ ...options, baseUrl: server.url });
      instances.push(instance);
      return instance;
    });
    for (const instance of instances.reverse()) await instance.close();
  },
  app: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect } from '@playwright/test';
