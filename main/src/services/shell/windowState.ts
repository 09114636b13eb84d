import { z } from 'zod';

/** A rectangle on the virtual desktop, in device-independent pixels. */
export type Rectangle = Readonly<{ x: number; y: number; width: number; height: number }>;

/** What is remembered of the main window between runs. */
export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  maximized: z.boolean(),
});

/** The remembered window: bounds of the normal (not maximised) window and whether it was maximised. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** The window's size on a first run, and the least it may be. */
export const windowDefaults = { width: 1280, height: 820, minWidth: 960, minHeight: 600 } as const;

/** How much of the window's title bar must lie on a display for the window to count as reachable. */
const reachable = { width: 160, height: 48 } as const;

function overlap(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function titleBar(bounds: Rectangle): Rectangle {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: reachable.height };
}

function isReachable(bounds: Rectangle, workArea: Rectangle): boolean {
  const shown = overlap(titleBar(bounds), workArea);
  return (
    shown !== null && shown.width >= Math.min(reachable.width, bounds.width) && shown.height >= reachable.height / 2
  );
}

function centredIn(workArea: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, workArea.width);
  const h = Math.min(height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - w) / 2),
    y: workArea.y + Math.round((workArea.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Where to open the window: the remembered bounds when their title bar is on one of today's
 * displays (so the user can grab it), otherwise the same size centred on the primary display,
 * shrunk to fit it. A display that was unplugged (a projector, a docking station) therefore never
 * leaves the window off screen. `workAreas[0]` is the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: windowDefaults.width, height: windowDefaults.height };
  if (saved === null) {
    return { ...centredIn(primary, windowDefaults.width, windowDefaults.height), maximized: false };
  }
  const home = workAreas.find((area) => isReachable(saved, area));
  if (home !== undefined) {
    // Still reachable: keep the position, but never larger than the display it sits on.
    return {
      x: saved.x,
      y: saved.y,
      width: Math.min(saved.width, home.width),
      height: Math.min(saved.height, home.height),
      maximized: saved.maximized,
    };
  }
  return { ...centredIn(primary, saved.width, saved.height), maximized: saved.maximized };
}

/** The part of a key-value store (electron-store or conf) the window state uses. */
export type StateStore = Readonly<{ get(key: string): unknown; set(key: string, value: unknown): void }>;

const stateKey = 'mainWindow';

/** Reads the remembered window state; anything unreadable counts as "nothing remembered". */
export function readWindowState(store: StateStore): WindowState | null {
  const parsed = windowStateSchema.safeParse(store.get(stateKey));
  return parsed.success ? parsed.data : null;
}

/** Remembers the window state (normal bounds and whether it is maximised). */
export function writeWindowState(store: StateStore, state: WindowState): void {
  store.set(stateKey, windowStateSchema.parse(state));
}

/** The part of a BrowserWindow the tracker reads. */
export type TrackedWindow = Readonly<{
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
}>;

/**
 * The state to remember when the window moves, resizes or closes: its normal bounds (not the
 * maximised or full-screen ones, so un-maximising next time restores the size the user chose).
 */
export function captureWindowState(window: TrackedWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized() || window.isFullScreen(),
  };
}
