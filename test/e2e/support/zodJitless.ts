import { z } from 'zod';

// Code evaluated through DevTools passes zod's "may I eval?" probe, yet its later `new Function`
// calls meet the page's CSP. Schemas decide at creation, so this module is imported first.
z.config({ jitless: true });
