// A deliberate violation: the renderer may not reach Electron or Node directly.
import { ipcRenderer } from 'electron';
import { readFileSync } from 'node:fs';

export const leaked = [ipcRenderer, readFileSync];
