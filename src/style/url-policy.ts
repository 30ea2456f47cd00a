/**
 * The one URL policy. Every URL that comes from widget JSON, template data or
 * Markdown reaches the DOM through `safeImageUrl` or `safeLinkUrl`, nowhere else.
 *
 * Images: same-origin, `data:image/*` (raster and SVG, which an <img> never runs),
 * or an origin the host page allowed. Links: http, https and mailto.
 * Everything else (javascript:, vbscript:, data:text/html, blob:, file:, …) is refused.
 */

export interface UrlPolicyOptions {
  /**
   * Origins images may load from besides the page's own, e.g. `['https://cdn.example.com']`.
   * `'*'` allows any http(s) origin. Default: none.
   */
  imageOrigins?: readonly string[] | '*';
}

const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Control characters, and whitespace inside a URL, are how schemes get smuggled past filters.
// A real URL from a server has neither (spaces must be percent-encoded), so refuse outright.
const SMUGGLING = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;
const MAX_URL_LENGTH = 8192;
const MAX_DATA_URL_LENGTH = 2_000_000;

let imageOrigins: ReadonlySet<string> | '*' = new Set();

/** Sets which extra origins images may come from. Call it once, before rendering. */
export function setUrlPolicy(options: UrlPolicyOptions): void {
  const origins = options.imageOrigins ?? [];
  imageOrigins = origins === '*' ? '*' : new Set(origins.map((o) => new URL(o).origin));
}

function defaultBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

function parse(raw: unknown, base: string | undefined, maxLength: number): URL | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength) return undefined;
  if (SMUGGLING.test(raw)) return undefined;
  try {
    return base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** Returns the URL an <img> may load, or undefined when the policy refuses it. */
export function safeImageUrl(raw: unknown, base: string | undefined = defaultBase()): string | undefined {
  if (typeof raw === 'string' && DATA_IMAGE.test(raw)) {
    return raw.length <= MAX_DATA_URL_LENGTH && !/[\u0000-\u001f\u007f]/.test(raw) ? raw : undefined;
  }
  const url = parse(raw, base, MAX_URL_LENGTH);
  if (!url || !IMAGE_PROTOCOLS.has(url.protocol) || url.username || url.password) return undefined;
  const pageOrigin = base === undefined ? undefined : new URL(base).origin;
  if (url.origin === pageOrigin || imageOrigins === '*' || imageOrigins.has(url.origin)) return url.href;
  return undefined;
}

/** Returns the URL a link may point at (opened in a new tab), or undefined when refused. */
export function safeLinkUrl(raw: unknown, base: string | undefined = defaultBase()): string | undefined {
  const url = parse(raw, base, MAX_URL_LENGTH);
  if (!url || !LINK_PROTOCOLS.has(url.protocol) || url.username || url.password) return undefined;
  return url.href;
}
