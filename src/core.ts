/**
 * chatkit-widgets core: `<ck-widget>` and the rendering API, without `<ck-thread>` and without the
 * template engine (Markdown and Chart load on first use). The package root re-exports all of this;
 * `npm run size` measures this entry against the 30 KB gzip budget.
 */
import { defineCkWidget } from './elements/ck-widget.js';

// Registering is idempotent, so this entry and the package root can both load in one page.
defineCkWidget();

export { CkWidget } from './elements/ck-widget.js';
export type { WidgetTemplateLike } from './elements/ck-widget.js';
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
