import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Rectangle,
} from '../../../../main/src/services/shell/windowState.ts';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const monitorRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens a first window centred on the primary display', () => {
    expect(placeWindow(null, [laptop])).toEqual({ x: 80, y: 20, width: 1280, height: 820, maximized: false });
  });

  it('brings the window back where it was when that display is still there', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('moves a window from an unplugged monitor onto the primary display, keeping its size where it fits', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 120, y: 80, width: 1200, height: 700, maximized: false });
  });

  it('shrinks a window too large for the display that remains', () => {
    const saved = { x: 1500, y: 50, width: 2400, height: 1300, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ ...laptop, maximized: true });
  });

  it('does not count a window whose title bar is just off the top as reachable', () => {
    const saved = { x: 100, y: -700, width: 1200, height: 720, maximized: false };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.y).toBeGreaterThanOrEqual(0);
  });

  it('finds a display on the left with negative coordinates', () => {
    const left: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };
    const saved = { x: -1800, y: 40, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop, left])).toEqual(saved);
  });
});

describe('window state in the store', () => {
  it('reads back what was written and treats anything else as nothing remembered', () => {
    const values = new Map<string, unknown>();
    const store = {
      get: (key: string) => values.get(key),
      set: (key: string, value: unknown) => values.set(key, value),
    };
    expect(readWindowState(store)).toBeNull();
    writeWindowState(store, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(readWindowState(store)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    values.set('mainWindow', { x: 'left' });
    expect(readWindowState(store)).toBeNull();
  });

  it('remembers the normal bounds of a maximised window', () => {
    const state = captureWindowState({
      getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000, height: 700 }),
      isMaximized: () => true,
      isMinimized: () => false,
      isFullScreen: () => false,
    });
    expect(state).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});
