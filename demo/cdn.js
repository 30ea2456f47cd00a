// demo/cdn.html: runs the demo's scripted ChatKit server inside the page. The server kit's web
// handler (createFetchHandler) answers <ck-thread>'s requests through `api.fetch`, so nothing
// leaves the page and the demo works from static files (a CDN, GitHub Pages).
(() => {
  'use strict';
  const thread = document.getElementById('thread');
  const pace = new URLSearchParams(location.search).get('pace');
  const ready = ChatKitDemoServer.createDemoFetch({ WidgetTemplate: ChatKitWidgets.WidgetTemplate });
  ready.catch((error) => {
    // Most likely opened from file://, where fetch cannot read the .widget files.
    document.getElementById('composer-status').textContent =
      `The in-page server could not start: ${error instanceof Error ? error.message : String(error)} Serve this folder over http(s).`;
  });
  thread.api = {
    url: pace === null ? 'chatkit' : `chatkit?pace=${encodeURIComponent(pace)}`,
    fetch: async (input, init) => (await ready).fetch(input, init),
  };
})();
