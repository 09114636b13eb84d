// A deliberate violation: services are plain Node modules; only electron-main glue imports electron.
import { app } from 'electron';

export const leaked = app;
