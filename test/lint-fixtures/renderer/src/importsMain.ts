// A deliberate violation: the renderer may not import main-process code.
import { createHandlers } from '../../main/src/services/handlers.ts';

export const leaked = createHandlers;
