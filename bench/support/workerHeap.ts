import type { Page } from 'playwright-core';

type TargetInfo = Readonly<{ targetId: string; type: string; title: string; url: string }>;

/**
 * The used JS heap of a page's dedicated worker after a garbage collection, through the DevTools
 * protocol (a worker has no `performance.memory`). The worker is found by its script name.
 */
export async function workerHeapUsed(page: Page, scriptName: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find((target) => target.type === 'worker' && target.url.includes(scriptName));
    if (worker === undefined) throw new Error(`no worker named ${scriptName}: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let next = 0;
    const call = (method: string): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) => {
        const id = ++next;
        const onMessage = (event: { sessionId: string; message: string }): void => {
          const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (reply.error !== undefined) reject(new Error(reply.error.message));
          else resolve(reply.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return Number(usage['usedSize']);
  } finally {
    await cdp.detach();
  }
}
