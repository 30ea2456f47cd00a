// Loaded first, as a classic script, so every CSP or Trusted Types violation on the page is recorded
// (the security test and the status line read `window.cspViolations`).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile, line: event.lineNumber });
});
