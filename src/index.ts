/**
 * chatkit-widgets: render ChatKit widget JSON anywhere.
 * Importing the package root registers the elements and exports the public API.
 * The template engine is also `chatkit-widgets/template` (no DOM, safe in Node).
 */
import './elements/define.js';

export * from './core.js';
export { CkThread } from './elements/ck-thread.js';
export type { ClientToolCall } from './elements/ck-thread.js';
export { CkChat } from './elements/ck-chat.js';
export type { SendUserMessageParams, SetComposerValueParams } from './elements/ck-chat.js';
export type * from './elements/chat/options.js';
export type { ChatStrings } from './elements/chat/strings.js';
export { WidgetTemplate, TemplateError } from './template/index.js';
export type { BuildOptions, TemplateWarning, TemplateStage } from './template/index.js';
