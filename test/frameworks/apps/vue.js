import { createApp, h, ref } from 'vue';
import App from './vue-app.vue';

export function start(host) {
  const actions = [];
  const app = ref();
  const vue = createApp({ render: () => h(App, { actions, ref: app }) });
  vue.mount(host);
  return { actions, replace: (widget) => app.value.replace(widget), unmount: () => vue.unmount() };
}
