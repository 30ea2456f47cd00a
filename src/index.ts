/**
 * chatkit-widgets: render ChatKit widget JSON anywhere.
 * Importing the package root registers the elements and exports the public API.
 * The template engine is also `chatkit-widgets/template` (no DOM, safe in Node).
 */
import './elements/define.js';

export * from './core.js';
export { CkThread } from './elements/ck-thread.js';
export type { ClientToolCall } from './elements/ck-thread.js';
export { WidgetTemplate, TemplateError } from './template/index.js';
export type { BuildOptions, TemplateWarning, TemplateStage } from './template/index.js';
