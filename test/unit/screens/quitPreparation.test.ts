import { describe, expect, it } from 'vitest';
import { createQuitPreparation } from '../../../renderer/src/app/quitPreparation.ts';

describe("the page's side of safe quit", () => {
  it('saves every open draft before it stops sync, and waits for sync to finish its batch', async () => {
    const events: string[] = [];
    const preparation = createQuitPreparation();
    let finishBatch = (): void => undefined;
    preparation.registerDraftSaver(async () => {
      events.push('draft A saved');
      await Promise.resolve();
    });
    const removeB = preparation.registerDraftSaver(() => {
      events.push('draft B saved');
      return Promise.resolve();
    });
    preparation.setSyncStopper(() => {
      events.push('sync asked to stop');
      return new Promise<void>((resolve) => {
        finishBatch = () => {
          events.push('sync idle after its batch');
          resolve();
        };
      });
    });
    const prepared = preparation.prepare();
    await expect.poll(() => events).toContain('sync asked to stop');
    expect(events).toEqual(['draft A saved', 'draft B saved', 'sync asked to stop']);
    finishBatch();
    await expect(prepared).resolves.toEqual({ drafts: 2, failedDrafts: 0 });

    // A closed form's draft is no longer asked for.
    removeB();
    events.length = 0;
    preparation.setSyncStopper(null);
    await preparation.prepare();
    expect(events).toEqual(['draft A saved']);
  });

  it('still saves the other drafts and stops sync when one draft fails to save', async () => {
    const preparation = createQuitPreparation();
    const saved: string[] = [];
    preparation.registerDraftSaver(() => Promise.reject(new Error('quota exceeded')));
    preparation.registerDraftSaver(() => {
      saved.push('second');
      return Promise.resolve();
    });
    let stopped = false;
    preparation.setSyncStopper(() => {
      stopped = true;
      return Promise.resolve();
    });
    await expect(preparation.prepare()).resolves.toEqual({ drafts: 2, failedDrafts: 1 });
    expect(saved).toEqual(['second']);
    expect(stopped).toBe(true);
  });
});
