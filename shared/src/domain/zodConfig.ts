import { z } from 'zod';

// The renderer's Content-Security-Policy forbids eval, so zod must not compile parsers with
// `new Function` (its probe for that is unreliable under CSP and reports violations). Every
// domain schema imports this module first, so the setting holds wherever the schemas run.
z.config({ jitless: true });

/** Marker export: importing this module configures zod for code that runs under the app's CSP. */
export const zodJitless = true;
