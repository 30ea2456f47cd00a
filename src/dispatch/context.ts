import { createContext } from '@lit/context';
import type { ThreadController } from './thread-controller.js';

/**
 * How `<ck-thread>`/`<ck-chat>` hand their thread to the widgets inside them. A string key, so two
 * copies of the library on one page (npm and CDN) still find each other.
 */
export const threadControllerContext = createContext<ThreadController | undefined>('ck-thread-controller');
