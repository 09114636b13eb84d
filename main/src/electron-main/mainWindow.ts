import ElectronStore from 'electron-store';
import { screen, type BrowserWindow } from 'electron';
import {
  captureWindowState,
  placeWindow,
  readWindowState,
  windowDefaults,
  writeWindowState,
  type StateStore,
} from '../services/shell/windowState.ts';

/** Opens the window state file (`window-state.json`, beside settings.json in user data). */
export function openWindowStateStore(directory: string): StateStore {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: directory,
    name: 'window-state',
    clearInvalidConfig: true,
  });
  return { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
}

/** The bounds to open the main window with: where it was last, on a display that still exists. */
export function rememberedBounds(
  store: StateStore,
): Readonly<{ x: number; y: number; width: number; height: number; minWidth: number; minHeight: number }> {
  const placed = placeWindow(
    readWindowState(store),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  return {
    x: placed.x,
    y: placed.y,
    width: placed.width,
    height: placed.height,
    minWidth: windowDefaults.minWidth,
    minHeight: windowDefaults.minHeight,
  };
}

/** Maximises the window if it was, and remembers its state as it moves, resizes and closes. */
export function trackWindowState(window: BrowserWindow, store: StateStore): void {
  if (readWindowState(store)?.maximized === true) window.maximize();
  let timer: NodeJS.Timeout | undefined;
  const remember = (): void => {
    if (!window.isDestroyed() && !window.isMinimized()) writeWindowState(store, captureWindowState(window));
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    clearTimeout(timer);
    remember();
  });
}
