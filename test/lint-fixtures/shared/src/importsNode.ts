// A deliberate violation: shared code runs in Chromium too, so no Node built-ins or Dexie.
import { createHash } from 'node:crypto';
import Dexie from 'dexie';

export const leaked = [createHash, Dexie];
