/**
 * chatkit-widgets: render ChatKit widget JSON anywhere.
 * Importing the package root registers the elements and exports the public API.
 */
import './elements/define.js';

export { CkWidget } from './elements/ck-widget.js';
export { CkThread } from './elements/ck-thread.js';
export type { ClientToolCall } from './elements/ck-thread.js';
export type { WidgetTemplateLike } from './elements/ck-widget.js';
export { WidgetTemplate, TemplateError } from './template/index.js';
export type { BuildOptions, TemplateWarning, TemplateStage } from './template/index.js';
export { registerComponent, componentTypes, DEFAULT_LIMITS, lazyModule } from './catalog.js';
export type { ComponentDescriptor, RenderContext, NodeSchema, RenderLimits, ActionRequest, LazyModule } from './catalog.js';
export { safeImageUrl, safeLinkUrl, setUrlPolicy } from './style/url-policy.js';
export type { UrlPolicyOptions } from './style/url-policy.js';
export { cssColor } from './style/css-values.js';
export type { ThemeOption } from './style/theme.js';
export type { CkActionDetail, CkErrorDetail, CkLogDetail, CkActionEvent, CkErrorEvent, CkLogEvent } from './events.js';
export type { CkEffectDetail, CkResponseStartDetail, CkResponseEndDetail, CkThreadChangeDetail } from './events.js';
export { parseNode, widgetRootSchema, componentSchemas } from './schema/index.js';
export type * from './schema/index.js';
