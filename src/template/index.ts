/**
 * chatkit-widgets/template: the `.widget` template engine, with no DOM dependency.
 * A Jinja2-compatible, eval-free interpreter that builds the same widgets chatkit-python builds.
 */
export { WidgetTemplate, validateWithWidgetSchemas } from './widget-template.js';
export type { BuildOptions, TemplateWarning, WidgetRootJson, WidgetValidator } from './widget-template.js';
export { TemplateError } from './errors.js';
export type { TemplateErrorDetails, TemplateStage } from './errors.js';
export { DEFAULT_LIMITS } from './runtime.js';
export type { RenderLimits } from './runtime.js';
export { validateJsonSchema } from './json-schema.js';
export type { SchemaIssue } from './json-schema.js';
