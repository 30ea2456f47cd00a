// The Content-Security-Policy demo/csp.html is served with (scripts/start.mjs and the test runner send it).
export const CSP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; require-trusted-types-for 'script'";

/** Whether a request path is the CSP demo page. */
export const isCspPage = (path) => /\/demo\/csp\.html$/.test(path);
