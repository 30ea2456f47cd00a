import '../dist/chatkit-widgets.js';
import { gallery } from './gallery-widgets.js';

const root = document.getElementById('gallery');
for (const { title, widget } of gallery) {
  const section = document.createElement('section');
  section.className = 'example';
  const heading = document.createElement('h2');
  heading.textContent = title;
  const pair = document.createElement('div');
  pair.className = 'pair';
  for (const theme of ['light', 'dark']) {
    const frame = document.createElement('div');
    frame.className = `frame frame-${theme}`;
    const el = document.createElement('ck-widget');
    el.setAttribute('theme', theme);
    el.widget = widget;
    frame.append(el);
    pair.append(frame);
  }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'JSON';
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(widget, null, 2);
  details.append(summary, pre);
  section.append(heading, pair, details);
  root.append(section);
}

const output = document.getElementById('last-action');
document.addEventListener('ck-action', (event) => {
  output.textContent = `ck-action: ${JSON.stringify(event.detail.action)}`;
});

for (const input of document.querySelectorAll('input[name="page-theme"]')) {
  input.addEventListener('change', () => document.documentElement.setAttribute('data-theme', input.value));
}
