/**
 * chatkit-widgets: render ChatKit widget JSON anywhere.
 * The package root registers the elements and exports the public API.
 */
export { safeImageUrl, safeLinkUrl, setUrlPolicy } from './style/url-policy.js';
export type { UrlPolicyOptions } from './style/url-policy.js';
