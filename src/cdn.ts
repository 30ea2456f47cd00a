/**
 * The CDN ESM entry: the package root minus the static template export, so the template engine stays
 * a lazy chunk. Pages that build templates import `chatkit-widgets-template.js` beside this file.
 */
import './elements/define.js';

export * from './core.js';
export { CkThread } from './elements/ck-thread.js';
export type { ClientToolCall } from './elements/ck-thread.js';
export { CkChat } from './elements/ck-chat.js';
export type { SendUserMessageParams, SetComposerValueParams } from './elements/ck-chat.js';
export type * from './elements/chat/options.js';
export type { ChatStrings } from './elements/chat/strings.js';
