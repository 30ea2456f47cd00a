// Everything the CSP page renders, from external scripts only. `window.cspPage` resolves once
// every widget (including lazily loaded Markdown, Chart and template parts) is in the DOM.
import '../../dist/chatkit-widgets.js';
import { gallery } from '../gallery-widgets.js';
import { widgetFile, templateData } from './template-example.js';

const markdown = {
  type: 'Card',
  children: [
    {
      type: 'Markdown',
      value: '## Release notes\n\n- **Faster** lists and *in place* updates\n- [Docs](https://example.com/docs) and `inline code`\n\n| metric | value |\n| --- | --- |\n| p95 | 12 ms |\n\n<img src=x onerror=alert(1)> stays text',
    },
  ],
};

function mount(parent, setup) {
  const el = document.createElement('ck-widget');
  setup(el);
  parent.append(el);
  return el;
}

const widgets = [
  mount(document.getElementById('markdown'), (el) => (el.widget = markdown)),
  mount(document.getElementById('template'), (el) => {
    el.template = widgetFile;
    el.data = templateData;
  }),
];
const galleryRoot = document.getElementById('gallery');
for (const { title, widget } of gallery) {
  const section = document.createElement('section');
  section.className = 'example';
  const heading = document.createElement('h2');
  heading.textContent = title;
  section.append(heading);
  galleryRoot.append(section);
  widgets.push(mount(section, (el) => (el.widget = widget)));
}

window.cspPage = (async () => {
  // Template and Markdown arrive as lazy chunks; wait until nothing is loading any more.
  for (let round = 0; round < 2400 && widgets.some((el) => el.shadowRoot?.querySelector('.ck-loading, .markdown-pending')); round++) {
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Promise.all(widgets.map((el) => el.updateComplete));
  const status = document.getElementById('csp-status');
  status.textContent = `${widgets.length} widgets rendered, ${window.cspViolations.length} CSP violations`;
  return widgets.length;
})();
