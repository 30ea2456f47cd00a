import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseNode, parseWidgetRoot, widgetTypes } from '../../src/schema/index.js';
import type { ParseNodeResult } from '../../src/schema/index.js';

/** Parse every node of a tree the way the renderer walks it; collect the failures by path. */
function walkTree(node: unknown, path = 'root'): { path: string; result: ParseNodeResult }[] {
  const result = parseNode(node);
  const found: { path: string; result: ParseNodeResult }[] = result.ok ? [] : [{ path, result }];
  if (!result.ok || typeof node !== 'object' || node === null) return found;
  const children = (node as { children?: unknown }).children;
  const list = Array.isArray(children) ? children : children == null ? [] : [children];
  return found.concat(list.flatMap((child, index) => walkTree(child, `${path}.${index}`)));
}

function messagesOf(result: ParseNodeResult): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

const flightCard = {
  type: 'Card',
  size: 'md',
  status: { text: 'On time', icon: 'check-circle' },
  confirm: { label: 'Check in', action: { type: 'flight.check_in', payload: { flight: 'UA 123' } } },
  cancel: { label: 'Not now', action: { type: 'flight.dismiss', handler: 'client' } },
  children: [
    {
      type: 'Row',
      justify: 'between',
      children: [
        { type: 'Title', value: 'SFO → JFK', size: 'lg' },
        { type: 'Badge', label: 'UA 123', color: 'info', variant: 'soft', pill: true },
      ],
    },
    { type: 'Divider', spacing: 3 },
    {
      type: 'Col',
      gap: 1,
      align: 'start',
      children: [{ type: 'Caption', value: 'Seat 14C', size: 'sm' }],
    },
    {
      type: 'Row',
      gap: 2,
      children: [
        { type: 'Icon', name: 'calendar', color: 'secondary', size: 'sm' },
        { type: 'Text', value: 'Departs 8:05 AM', color: { light: '#333', dark: '#eee' } },
        { type: 'Spacer' },
        { type: 'Caption', value: 'Gate B12', weight: 'semibold' },
      ],
    },
    {
      type: 'Image',
      src: 'https://example.com/plane.png',
      alt: 'Boeing 737',
      radius: 'md',
      aspectRatio: 1.5,
      margin: { top: 2 },
    },
  ],
};

const taskList = {
  type: 'ListView',
  limit: 'auto',
  status: { text: 'Tasks', favicon: 'https://example.com/favicon.ico', frame: true },
  children: ['Write report', 'Book venue'].map((title, index) => ({
    type: 'ListViewItem',
    key: `task-${index}`,
    gap: 3,
    onClickAction: { type: 'task.open', payload: { index }, loadingBehavior: 'self' },
    children: [
      { type: 'Checkbox', name: `done.${index}`, defaultChecked: index === 0 },
      { type: 'Text', value: title, lineThrough: index === 0, truncate: true, maxLines: 1 },
    ],
  })),
};

const requestForm = {
  type: 'Card',
  asForm: true,
  children: [
    {
      type: 'Form',
      direction: 'col',
      gap: 3,
      onSubmitAction: { type: 'request.submit', streaming: false },
      children: [
        { type: 'Label', value: 'Team', fieldName: 'team' },
        {
          type: 'Select',
          name: 'team',
          placeholder: 'Pick a team',
          clearable: true,
          options: [
            { value: 'eng', label: 'Engineering' },
            { value: 'ops', label: 'Operations', description: 'On call', disabled: false },
          ],
        },
        { type: 'DatePicker', name: 'due', min: '2025-01-01', defaultValue: '2025-02-03T00:00:00Z', side: 'bottom' },
        { type: 'Textarea', name: 'details', rows: 4, autoResize: true, maxRows: 8, placeholder: 'Details' },
        { type: 'Input', name: 'contact.email', inputType: 'email', required: true },
        {
          type: 'RadioGroup',
          name: 'priority',
          direction: 'row',
          defaultValue: 'p2',
          options: [{ label: 'High', value: 'p1' }, { label: 'Normal', value: 'p2' }],
        },
        { type: 'Button', label: 'Send', submit: true, style: 'primary', iconEnd: 'chevron-right', block: true },
      ],
    },
  ],
};

const revenueChart = {
  type: 'Card',
  children: [
    {
      type: 'Chart',
      height: 200,
      showLegend: true,
      xAxis: { dataKey: 'month', labels: { jan: 'January' } },
      data: [{ month: 'jan', revenue: 120, cost: 80 }, { month: 'feb', revenue: 150, cost: 95 }],
      series: [
        { type: 'bar', dataKey: 'revenue', label: 'Revenue', stack: 'a', color: 'blue' },
        { type: 'line', dataKey: 'cost', label: 'Cost', curveType: 'monotone' },
        { type: 'area', dataKey: 'cost', curveType: 'stepAfter', color: { light: 'green', dark: 'lime' } },
      ],
    },
  ],
};

const table = {
  type: 'Basic',
  direction: 'col',
  children: [
    {
      type: 'Table',
      children: [
        {
          type: 'Table.Row',
          header: true,
          children: [{ type: 'Table.Cell', colSize: 'md', children: [{ type: 'Text', value: 'Item' }] }],
        },
        {
          type: 'Table.Row',
          children: [{ type: 'Table.Cell', align: 'end', colSpan: 2, children: [{ type: 'Markdown', value: '**3**' }] }],
        },
      ],
    },
    { type: 'Transition', children: { type: 'Box', direction: 'row', border: { bottom: { size: 1, style: 'dashed' } } } },
    { type: 'Card', children: [] },
  ],
};

describe('widget examples in the style of the ChatKit docs', () => {
  for (const [name, tree] of Object.entries({ flightCard, taskList, requestForm, revenueChart, table })) {
    it(`accepts every node of the ${name}`, () => {
      assert.deepEqual(walkTree(tree), []);
      const whole = parseWidgetRoot(tree);
      assert.equal(whole.ok, true, whole.ok ? '' : whole.issues.map((i) => i.message).join('\n'));
    });
  }

  it('keeps the props a renderer needs', () => {
    const result = parseNode(flightCard);
    assert.ok(result.ok && result.value.type === 'Card');
    assert.equal(result.value.size, 'md');
    assert.deepEqual(result.value.confirm, {
      label: 'Check in',
      action: { type: 'flight.check_in', payload: { flight: 'UA 123' } },
    });
    assert.equal(result.value.children.length, 5);
  });

  it('covers every component type', () => {
    const seen = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const { type, children } = node as { type?: string; children?: unknown };
      if (type) seen.add(type);
      for (const child of Array.isArray(children) ? children : [children]) collect(child);
    };
    for (const tree of [flightCard, taskList, requestForm, revenueChart, table]) collect(tree);
    assert.deepEqual(widgetTypes.filter((type) => !seen.has(type)), []);
  });
});

describe('bad props are refused with a path and a readable message', () => {
  const cases: [string, unknown, string[]][] = [
    ['an unknown enum value', { type: 'Card', size: 'huge', children: [] }, ["size: expected one of sm, md, lg, full; got 'huge'"]],
    ['a missing required prop', { type: 'Select', options: [] }, ['name: required string is missing']],
    ['a missing required text', { type: 'Text' }, ['value: required string, number or boolean is missing']],
    ['a wrong type in a nested object', { type: 'Card', children: [], status: { text: 3 } }, ['status.text: expected string; got 3']],
    ['a wrong union member', { type: 'Box', padding: true }, ['padding: expected number, string or object; got true']],
    ['a bad border edge', { type: 'Box', border: { top: { size: 'x' } } }, ["border.top.size: expected number; got 'x'"]],
    ['an unknown chart series', { type: 'Chart', data: [], xAxis: 'x', series: [{ type: 'pie', dataKey: 'v' }] }, ["series[0].type: expected one of bar, area, line; got 'pie'"]],
    ['a child that is not a node', { type: 'Row', children: [{ type: 'Text', value: 'ok' }, 'oops'] }, ["children[1]: expected a widget node object; got 'oops'"]],
    ['children that are not a list', { type: 'Card', children: 'oops' }, ["children: expected array or a widget node object; got 'oops'"]],
    ['an action without a type', { type: 'Button', onClickAction: { payload: {} } }, ['onClickAction.type: required string is missing']],
    ['a bad loading behavior', { type: 'Button', onClickAction: { type: 'x', loadingBehavior: 'spin' } }, ["onClickAction.loadingBehavior: expected one of auto, none, self, container; got 'spin'"]],
    ['a list as text', { type: 'Title', value: ['a', 'b'] }, ['value: expected string, number or boolean; got an array']],
    ['a long hostile string, shortened', { type: 'Badge', label: 'x', color: 'a'.repeat(100) }, [`color: expected one of secondary, success, danger, warning, info, discovery; got '${'a'.repeat(40)}…'`]],
  ];
  for (const [what, node, messages] of cases) {
    it(`reports ${what}`, () => {
      const result = parseNode(node);
      assert.equal(result.ok, false);
      assert.deepEqual(messagesOf(result), messages);
    });
  }

  it('names the failing type and the path of each issue', () => {
    const result = parseNode({ type: 'Select', name: 'team', options: [{ value: 'a' }] });
    assert.ok(!result.ok);
    assert.equal(result.type, 'Select');
    assert.deepEqual(result.issues, [{ path: ['options', 0, 'label'], message: 'options[0].label: required string is missing' }]);
  });
});

describe('unknown props are ignored and dropped', () => {
  it('drops props no reference model has, at every level', () => {
    const result = parseNode({
      type: 'Button',
      label: 'Go',
      onclick: 'alert(1)',
      style: 'primary',
      onClickAction: { type: 'go', handler: 'client', extra: true },
    });
    assert.deepEqual(result, {
      ok: true,
      value: { type: 'Button', label: 'Go', style: 'primary', onClickAction: { type: 'go', handler: 'client' } },
    });
  });
});

describe('null means absent', () => {
  it('treats null members as unset, at the node and inside props', () => {
    const result = parseNode({
      type: 'Card',
      key: null,
      size: null,
      status: { text: 'Done', icon: null },
      confirm: { label: 'OK', action: { type: 'ok', handler: null } },
      children: [],
    });
    assert.deepEqual(result, {
      ok: true,
      value: { type: 'Card', status: { text: 'Done' }, confirm: { label: 'OK', action: { type: 'ok' } }, children: [] },
    });
  });

  it('keeps nulls inside an action payload: they are data for the server', () => {
    const result = parseNode({ type: 'Button', onClickAction: { type: 'save', payload: { note: null } } });
    assert.ok(result.ok && result.value.type === 'Button');
    assert.deepEqual(result.value.onClickAction?.payload, { note: null });
  });

  it('still requires required props that are null', () => {
    assert.deepEqual(messagesOf(parseNode({ type: 'Markdown', value: null })), ['value: required string, number or boolean is missing']);
  });
});

describe('numbers and booleans shown as text', () => {
  it('shows an unquoted number or boolean as its JSON text', () => {
    const total = parseNode({ type: 'Text', value: 1069.49 });
    const flag = parseNode({ type: 'Badge', label: false });
    assert.ok(total.ok && total.value.type === 'Text' && flag.ok && flag.value.type === 'Badge');
    assert.equal(total.value.value, '1069.49');
    assert.equal(flag.value.label, 'false');
  });
});

describe('single child objects where a list is expected', () => {
  it('normalizes them to a one-element list, like Python', () => {
    const result = parseNode({ type: 'Basic', children: { type: 'Text', value: 'only' } });
    assert.ok(result.ok && result.value.type === 'Basic');
    assert.deepEqual(result.value.children, [{ type: 'Text', value: 'only' }]);
  });
});

describe('unknown or missing types are refused', () => {
  it('refuses an unknown type with a clear message', () => {
    assert.deepEqual(parseNode({ type: 'Carousel', children: [] }), {
      ok: false,
      type: 'Carousel',
      issues: [{ path: ['type'], message: "type: unknown component type 'Carousel'" }],
    });
  });

  it('refuses inherited member names as types', () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = parseNode({ type });
      assert.equal(result.ok, false, type);
    }
  });

  it('refuses nodes without a string type, and non-objects', () => {
    assert.deepEqual(messagesOf(parseNode({ value: 'x' })), ['type: expected a component type string; got nothing']);
    assert.deepEqual(messagesOf(parseNode({ type: 7 })), ['type: expected a component type string; got 7']);
    assert.deepEqual(messagesOf(parseNode(['Card'])), ['expected a widget node object; got an array']);
    assert.deepEqual(messagesOf(parseNode(null)), ['expected a widget node object; got null']);
  });

  it('refuses a whole tree with an unknown type inside', () => {
    const result = parseWidgetRoot({ type: 'Card', children: [{ type: 'Text', value: 'a' }, { type: 'Nope' }] });
    assert.ok(!result.ok);
    assert.deepEqual(result.issues.map((i) => i.message), ["children[1].type: unknown component type 'Nope'"]);
  });
});

describe('hostile keys never pollute Object.prototype', () => {
  const hostile = [
    '{"type":"Text","value":"hi","__proto__":{"polluted":"yes"}}',
    '{"type":"Card","children":[],"status":{"text":"s","__proto__":{"polluted":"yes"}}}',
    '{"type":"Button","onClickAction":{"type":"x","payload":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}}',
    '{"type":"Chart","xAxis":{"dataKey":"m","labels":{"__proto__":"x"}},"series":[],"data":[{"__proto__":{"polluted":"yes"},"m":"a"}]}',
    '{"type":"Card","children":[],"constructor":{"prototype":{"polluted":"yes"}},"__proto__":null}',
  ];
  for (const text of hostile) {
    it(`parses ${text.slice(0, 60)}… without side effects`, () => {
      const parsed: unknown = JSON.parse(text);
      const result = parseNode(parsed);
      parseWidgetRoot(parsed);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
      if (result.ok) {
        assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
        assert.equal(JSON.stringify(result.value).includes('polluted'), text.includes('"constructor":{"prototype"') && text.includes('payload'));
      }
    });
  }
});

describe('deep trees', () => {
  it('refuses a tree nested deeper than the limit instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'Text', value: 'leaf' };
    for (let i = 0; i < 5000; i += 1) node = { type: 'Box', children: [node] };
    const result = parseWidgetRoot({ type: 'Card', children: [node] });
    assert.ok(!result.ok);
    assert.match(result.issues[0]?.message ?? '', /nested deeper than \d+ levels/);
  });
});
