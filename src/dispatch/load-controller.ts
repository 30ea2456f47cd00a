/**
 * The protocol client and thread reducer behind a standalone `<ck-widget endpoint>`, as a lazy module:
 * loaded the first time such a widget sends a server action. Widgets that only render, or that sit in
 * `<ck-thread>`/`<ck-chat>` (whose controller they use), never load it.
 */
import { lazyModule, type LazyModule } from '../catalog.js';

export type ThreadControllerModule = typeof import('./thread-controller.js');

const importThreadController = (): Promise<ThreadControllerModule> => import('./thread-controller.js');

let loader = importThreadController;
let current: LazyModule<ThreadControllerModule> = lazyModule(loader);

/**
 * `lazyModule` keeps a failed load; this one forgets it, so the user's next action loads again
 * (a chunk can fail on a flaky network and arrive on the second try).
 */
export const threadControllerModule: LazyModule<ThreadControllerModule> = {
  get loaded() {
    return current.loaded;
  },
  get failure() {
    return current.failure;
  },
  load() {
    const attempt = current;
    return attempt.load().catch((error: unknown) => {
      if (current === attempt) current = lazyModule(loader);
      throw error;
    });
  },
};

/**
 * Replaces how the module is loaded, e.g. with a loader that fails or waits; no argument restores the
 * real import. Forgets a loaded module.
 * @internal A test seam: no package entry exports it.
 */
export function setThreadControllerLoader(next?: () => Promise<ThreadControllerModule>): void {
  loader = next ?? importThreadController;
  current = lazyModule(loader);
}
