import { flushSync, mount, unmount } from 'svelte';
import App from './svelte-app.svelte';

export function start(host) {
  const actions = [];
  const app = mount(App, { target: host, props: { actions } });
  flushSync();
  return {
    actions,
    replace: (widget) => {
      app.replace(widget);
      flushSync();
    },
    unmount: () => unmount(app),
  };
}
