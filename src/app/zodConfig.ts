import { z } from 'zod';

// The app's CSP forbids eval; zod's JIT would probe `new Function` and trip it.
// Imported first by the entry so no schema parses before this is set.
z.config({ jitless: true });
