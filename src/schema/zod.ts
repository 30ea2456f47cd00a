// The one place runtime code gets zod from. zod's JIT probes `new Function`, which a strict
// Content-Security-Policy reports as a violation, so every schema here runs interpreted.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
