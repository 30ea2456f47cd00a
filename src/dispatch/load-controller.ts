/**
 * The protocol client and thread reducer behind a standalone `<ck-widget endpoint>`, as a lazy module:
 * loaded the first time such a widget sends a server action. Widgets that only render, or that sit in
 * `<ck-thread>`/`<ck-chat>` (whose controller they use), never load it. A failed load is retried by
 * the user's next action.
 */
import { lazyModule, type LazyModule } from '../catalog.js';

export type ThreadControllerModule = typeof import('./thread-controller.js');

const importThreadController = (): Promise<ThreadControllerModule> => import('./thread-controller.js');

let current = lazyModule(importThreadController, { retry: true });

/** The lazy protocol client (the same module until a test replaces its loader). */
export function threadControllerModule(): LazyModule<ThreadControllerModule> {
  return current;
}

/**
 * Replaces how the module is loaded, e.g. with a loader that fails or waits; no argument restores the
 * real import. Forgets a loaded module.
 * @internal A test seam: no package entry exports it.
 */
export function setThreadControllerLoader(next?: () => Promise<ThreadControllerModule>): void {
  current = lazyModule(next ?? importThreadController, { retry: true });
}
