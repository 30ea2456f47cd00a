// The .widget playground: a template and its data side by side, the widget live in <ck-widget>
// (its `template` and `data` properties), errors inline with stage, kind, line and column.
import '../dist/chatkit-widgets.js';
import { WidgetTemplate } from '../dist/chatkit-widgets-template.js';

const $ = (id) => document.getElementById(id);
const templateInput = $('template-source');
const dataInput = $('data-source');
const schemaInput = $('schema-source');
const strictInput = $('strict');
const preview = $('preview');
const problem = $('problem');

/** The samples: the demo server's own templates (with sample data), and two small ones. */
const SAMPLES = [
  { id: 'metro-lines', label: 'Metro lines (ListView)', file: 'widgets/metro-lines.widget', data: 'widgets/metro-lines.sample.json' },
  { id: 'news-list', label: 'News list (images, badges)', file: 'widgets/news-list.widget', data: 'widgets/news-list.sample.json' },
  { id: 'task-form', label: 'Task form (Card asForm, errors)', file: 'widgets/task-form.widget', data: 'widgets/task-form.sample.json' },
  {
    id: 'hello',
    label: 'Hello card (minimal)',
    definition: {
      version: '1.0',
      name: 'hello',
      template:
        '{"type": "Card", "children": [\n  {"type": "Title", "value": {{ ("Hello, " ~ name ~ "!")|tojson }}},\n  {"type": "Text", "value": {{ (items|length ~ " things to do")|tojson }}, "color": "secondary"},\n  {%- for item in items %}\n  {"type": "Row", "gap": 2, "children": [{"type": "Icon", "name": "check-circle", "color": "success"}, {"type": "Text", "value": {{ item|tojson }}}]}{{ "," if not loop.last }}\n  {%- endfor %}\n]}',
      jsonSchema: { type: 'object', required: ['name', 'items'], properties: { name: { type: 'string' }, items: { type: 'array', items: { type: 'string' } } } },
    },
    data: { name: 'Ada', items: ['Write the spec', 'Review the widget', 'Ship it'] },
  },
  {
    id: 'broken',
    label: 'Broken on purpose (a missing comma)',
    definition: {
      version: '1.0',
      name: 'broken',
      template: '{"type": "ListView", "children": [\n  {%- for t in tasks %}\n  {"type": "ListViewItem", "key": {{ t.id|tojson }}, "children": [{"type": "Text", "value": {{ t.title|tojson }}}]}\n  {%- endfor %}\n]}',
      jsonSchema: { type: 'object', required: ['tasks'] },
    },
    data: { tasks: [{ id: 't1', title: 'The loop forgot' }, { id: 't2', title: 'Fix: add {{ "," if not loop.last }} after the item' }] },
  },
];

// ---- theme --------------------------------------------------------------------------------------
const root = document.documentElement;
if (!root.hasAttribute('data-theme')) root.setAttribute('data-theme', matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const applyTheme = () => {
  const dark = root.getAttribute('data-theme') === 'dark';
  preview.setAttribute('theme', dark ? 'dark' : 'light');
  $('theme-toggle').setAttribute('aria-pressed', String(dark));
};
new MutationObserver(applyTheme).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
applyTheme();
$('theme-toggle').addEventListener('click', () => root.setAttribute('data-theme', root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark'));

// ---- errors and status --------------------------------------------------------------------------
let goTo = null;

function showProblem({ stage, kind, message, line, column, excerpt, path, target }) {
  problem.hidden = false;
  $('problem-stage').textContent = kind ? `${stage} · ${kind}` : stage;
  const position = line !== undefined ? `${stage === 'json' ? 'rendered text, ' : ''}line ${line}, column ${column ?? 1}` : '';
  const where = [position, path ? `at ${path}` : ''].filter(Boolean).join(' ');
  $('problem-where').textContent = where;
  $('problem-message').textContent = message;
  $('problem-excerpt').hidden = !excerpt;
  $('problem-excerpt').textContent = excerpt ?? '';
  goTo = target && line !== undefined ? { target, line, column: column ?? 1 } : null;
  $('problem-goto').hidden = !goTo;
  $('status').textContent = 'The widget could not be built.';
  $('status').dataset.state = 'error';
}

function clearProblem() {
  problem.hidden = true;
  goTo = null;
  $('status').dataset.state = 'ok';
}

$('problem-goto').addEventListener('click', () => {
  if (!goTo) return;
  const lines = goTo.target.value.split('\n');
  const offset = lines.slice(0, goTo.line - 1).reduce((sum, text) => sum + text.length + 1, 0) + goTo.column - 1;
  goTo.target.focus();
  goTo.target.setSelectionRange(offset, offset + 1);
});

/** 1-based line and column of a JSON.parse error, from V8's "(line 3 column 5)" or "at position 42". */
function jsonErrorPosition(text, error) {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

function parseJson(text, label, target) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    showProblem({ stage: label, kind: 'JSONDecodeError', message: error.message, ...jsonErrorPosition(text, error), target });
    return { ok: false };
  }
}

// ---- build --------------------------------------------------------------------------------------
let current = null;

/** A template for <ck-widget> that builds with this page's strictness. */
const withStrictness = (template, strict) => ({ build: (data, options) => template.build(data, { ...options, strict }) });

function rebuild() {
  const data = parseJson(dataInput.value, 'data', dataInput);
  if (!data.ok) return;
  const schema = schemaInput.value.trim() === '' ? { ok: true, value: {} } : parseJson(schemaInput.value, 'jsonSchema', schemaInput);
  if (!schema.ok) return;
  let template;
  try {
    template = WidgetTemplate.fromDefinition({ version: '1.0', name: current?.name ?? 'playground', template: templateInput.value, jsonSchema: schema.value });
  } catch (error) {
    showError(error);
    return;
  }
  clearProblem();
  $('warnings').replaceChildren();
  $('status').textContent = 'Building…';
  // <ck-widget> builds it: errors come back as ck-error, warnings as ck-log.
  preview.template = withStrictness(template, strictInput.checked);
  preview.data = data.value;
}

function showError(error) {
  if (error && typeof error === 'object' && 'stage' in error) {
    const target = error.stage === 'parse' || error.stage === 'render' ? templateInput : undefined;
    showProblem({ stage: error.stage, kind: error.kind, message: error.reason ?? error.message, line: error.line, column: error.column, excerpt: error.excerpt, path: error.path, target });
  } else {
    showProblem({ stage: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

preview.addEventListener('ck-error', (event) => {
  const { kind, message, error } = event.detail;
  if (kind === 'template') showError(error ?? message);
  else if (kind === 'node') addWarning(`Rendering: ${message}`);
});
preview.addEventListener('ck-log', (event) => {
  if (event.detail.name === 'template.warning') addWarning(`Data: ${event.detail.data.message}${event.detail.data.path ? ` (${event.detail.data.path})` : ''}`);
});
preview.addEventListener('ck-action', (event) => {
  event.preventDefault();
  $('status').textContent = `ck-action: ${JSON.stringify(event.detail.action)}`;
});

function addWarning(text) {
  const li = document.createElement('li');
  li.textContent = text;
  $('warnings').append(li);
}

/** After a successful build: the widget JSON and a one-line summary. */
async function afterRender() {
  await preview.updateComplete;
  const widget = preview.currentWidget;
  if (problem.hidden && widget) {
    $('output').textContent = JSON.stringify(widget, null, 2);
    $('status').textContent = `Built ${widget.type} with ${countNodes(widget)} nodes.`;
  }
}
const countNodes = (node) => 1 + (Array.isArray(node.children) ? node.children : node.children ? [node.children] : []).reduce((sum, child) => sum + countNodes(child), 0);

let timer;
function scheduleRebuild() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    rebuild();
    void afterRender();
  }, 150);
}
for (const input of [templateInput, dataInput, schemaInput]) input.addEventListener('input', scheduleRebuild);
strictInput.addEventListener('change', scheduleRebuild);

// Caret position under each editor.
for (const [input, label] of [[templateInput, $('template-caret')], [dataInput, $('data-caret')]]) {
  const update = () => {
    const before = input.value.slice(0, input.selectionStart).split('\n');
    label.textContent = `Ln ${before.length}, Col ${before.at(-1).length + 1}`;
  };
  for (const type of ['keyup', 'click', 'focus', 'input']) input.addEventListener(type, update);
}

// ---- samples ------------------------------------------------------------------------------------
const picker = $('sample');
for (const sample of SAMPLES) picker.append(new Option(sample.label, sample.id));

async function loadSample(id) {
  const sample = SAMPLES.find((candidate) => candidate.id === id) ?? SAMPLES[0];
  let definition = sample.definition;
  let data = sample.data;
  if (sample.file) {
    definition = await (await fetch(sample.file)).json();
    data = await (await fetch(sample.data)).json();
  }
  current = { name: definition.name };
  templateInput.value = definition.template;
  dataInput.value = JSON.stringify(data, null, 2);
  schemaInput.value = JSON.stringify(definition.jsonSchema ?? {}, null, 2);
  history.replaceState(null, '', `#${sample.id}`);
  rebuild();
  await afterRender();
}
picker.addEventListener('change', () => void loadSample(picker.value));

$('download').addEventListener('click', () => {
  let jsonSchema = {};
  try {
    jsonSchema = JSON.parse(schemaInput.value || '{}');
  } catch {}
  const file = { version: '1.0', name: current?.name ?? 'playground', template: templateInput.value, jsonSchema };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
  link.download = `${file.name}.widget`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

const initial = SAMPLES.some((sample) => sample.id === location.hash.slice(1)) ? location.hash.slice(1) : SAMPLES[0].id;
picker.value = initial;
await loadSample(initial);
document.body.dataset.ready = 'true';
