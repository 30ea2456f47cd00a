// Example widgets shown by the gallery: one section per component, written like ChatKit's docs.
// Plain data, so tests and docs can use the same examples.

const img = (label, hue) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" fill="hsl(${hue} 70% 55%)"/><text x="80" y="58" font-family="sans-serif" font-size="18" fill="white" text-anchor="middle">${label}</text></svg>`,
  )}`;

export const gallery = [
  {
    title: 'Card: flight status',
    widget: {
      type: 'Card',
      size: 'md',
      status: { text: 'Live flight tracking', icon: 'globe' },
      children: [
        { type: 'Row', children: [{ type: 'Caption', value: 'United · UA 837' }, { type: 'Spacer' }, { type: 'Badge', label: 'On time', color: 'success', pill: true }] },
        {
          type: 'Row',
          align: 'center',
          children: [
            { type: 'Col', gap: 0, children: [{ type: 'Title', value: 'SFO', size: '2xl' }, { type: 'Caption', value: 'San Francisco · 11:05' }] },
            { type: 'Spacer' },
            { type: 'Icon', name: 'chevron-right', size: 'lg', color: 'tertiary' },
            { type: 'Spacer' },
            { type: 'Col', gap: 0, align: 'end', children: [{ type: 'Title', value: 'NRT', size: '2xl' }, { type: 'Caption', value: 'Tokyo · 15:20 +1' }] },
          ],
        },
        { type: 'Divider' },
        {
          type: 'Row',
          children: [
            { type: 'Text', value: 'Gate G92 · Seat 34A', size: 'sm', color: 'secondary' },
            { type: 'Spacer' },
            { type: 'Button', label: 'Check in', iconStart: 'check', onClickAction: { type: 'flight.checkin', payload: { flight: 'UA837' } } },
          ],
        },
      ],
    },
  },
  {
    title: 'ListView: selection with limit',
    widget: {
      type: 'ListView',
      limit: 3,
      status: { text: 'Metro lines', icon: 'maps' },
      children: ['Red', 'Blue', 'Green', 'Orange', 'Purple'].map((line, i) => ({
        type: 'ListViewItem',
        key: line,
        gap: 3,
        onClickAction: { type: 'line.select', payload: { id: line.toLowerCase() }, handler: 'client' },
        children: [
          { type: 'Box', size: 28, radius: 'full', background: `${line.toLowerCase()}-500`, children: [] },
          { type: 'Col', gap: 0, flex: 1, children: [{ type: 'Text', value: `${line} line`, weight: 'semibold', size: 'sm' }, { type: 'Caption', value: `${12 + i * 3} stations` }] },
          { type: 'Icon', name: 'chevron-right', color: 'tertiary' },
        ],
      })),
    },
  },
  {
    title: 'Typography: Title, Text, Caption, Markdown',
    widget: {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Release notes', size: 'lg' },
        { type: 'Text', value: 'Widgets now update in place when the server replaces them.', size: 'md' },
        { type: 'Text', value: 'Secondary, italic and struck through.', color: 'secondary', italic: true, lineThrough: true, size: 'sm' },
        { type: 'Text', value: 'A very long line that is truncated with an ellipsis because it does not fit in the card at all.', truncate: true },
        { type: 'Caption', value: 'Updated 2 minutes ago', size: 'sm' },
        { type: 'Markdown', value: '**Markdown** with `code`, a [link](https://openai.com), and a list:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |' },
      ],
    },
  },
  {
    title: 'Badges and buttons',
    widget: {
      type: 'Card',
      children: [
        {
          type: 'Row',
          wrap: 'wrap',
          children: ['secondary', 'success', 'danger', 'warning', 'info', 'discovery'].map((color) => ({ type: 'Badge', label: color, color })),
        },
        {
          type: 'Row',
          wrap: 'wrap',
          children: ['solid', 'soft', 'outline'].map((variant) => ({ type: 'Badge', label: variant, color: 'info', variant, pill: true })),
        },
        {
          type: 'Row',
          wrap: 'wrap',
          children: [
            { type: 'Button', label: 'Primary', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Secondary', color: 'secondary', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Soft', color: 'info', variant: 'soft', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Outline', variant: 'outline', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Ghost', variant: 'ghost', iconStart: 'sparkle', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Delete', color: 'danger', onClickAction: { type: 'noop' } },
            { type: 'Button', iconStart: 'plus', uniform: true, color: 'secondary', onClickAction: { type: 'noop' } },
            { type: 'Button', label: 'Disabled', disabled: true },
          ],
        },
        { type: 'Button', label: 'Block button', block: true, color: 'discovery', onClickAction: { type: 'noop' } },
      ],
    },
  },
  {
    title: 'Form: new task (asForm, confirm/cancel)',
    widget: {
      type: 'Card',
      asForm: true,
      confirm: { label: 'Create task', action: { type: 'task.create' } },
      cancel: { label: 'Cancel', action: { type: 'task.cancel' } },
      children: [
        { type: 'Title', value: 'New task', size: 'sm' },
        { type: 'Col', gap: 1, children: [{ type: 'Label', value: 'Title', fieldName: 'task.title' }, { type: 'Input', name: 'task.title', placeholder: 'What needs doing?', required: true }] },
        { type: 'Col', gap: 1, children: [{ type: 'Label', value: 'Notes', fieldName: 'task.notes' }, { type: 'Textarea', name: 'task.notes', placeholder: 'Details', rows: 2 }] },
        {
          type: 'Row',
          children: [
            { type: 'Col', flex: 1, gap: 1, children: [{ type: 'Label', value: 'Priority', fieldName: 'task.priority' }, { type: 'Select', name: 'task.priority', defaultValue: 'normal', options: [{ value: 'low', label: 'Low' }, { value: 'normal', label: 'Normal' }, { value: 'high', label: 'High' }] }] },
            { type: 'Col', flex: 1, gap: 1, children: [{ type: 'Label', value: 'Due', fieldName: 'task.due' }, { type: 'DatePicker', name: 'task.due', defaultValue: '2026-12-24' }] },
          ],
        },
        { type: 'Checkbox', name: 'task.notify', label: 'Notify me when it is due', defaultChecked: true },
        { type: 'RadioGroup', name: 'task.list', ariaLabel: 'List', direction: 'row', defaultValue: 'work', options: [{ value: 'work', label: 'Work' }, { value: 'home', label: 'Home' }, { value: 'errands', label: 'Errands' }] },
      ],
    },
  },
  {
    title: 'Images',
    widget: {
      type: 'Card',
      children: [
        {
          type: 'Row',
          gap: 3,
          children: [
            { type: 'Image', src: img('cover', 200), alt: 'Blue cover', size: 96, radius: 'lg' },
            { type: 'Image', src: img('frame', 20), alt: 'Orange framed', size: 96, frame: true },
            { type: 'Image', src: 'https://images.example/cat.png', alt: 'Off-origin image (blocked by policy)', size: 96 },
          ],
        },
      ],
    },
  },
  {
    title: 'Table',
    widget: {
      type: 'Card',
      children: [
        {
          type: 'Table',
          children: [
            { type: 'Table.Row', header: true, children: ['Item', 'Qty', 'Price'].map((h, i) => ({ type: 'Table.Cell', align: i ? 'end' : 'start', children: [{ type: 'Text', value: h, size: 'xs' }] })) },
            ...[['Espresso', 2, '$6.00'], ['Croissant', 1, '$3.50'], ['Orange juice', 1, '$4.25']].map(([name, qty, price]) => ({
              type: 'Table.Row',
              key: name,
              children: [
                { type: 'Table.Cell', children: [{ type: 'Text', value: name, size: 'sm' }] },
                { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: String(qty), size: 'sm' }] },
                { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: price, size: 'sm', weight: 'medium' }] },
              ],
            })),
          ],
        },
      ],
    },
  },
  {
    title: 'Chart: revenue by month',
    widget: {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Revenue', size: 'sm' },
        {
          type: 'Chart',
          height: 200,
          data: [
            { month: 'Jan', online: 120, store: 80, target: 150 },
            { month: 'Feb', online: 150, store: 95, target: 160 },
            { month: 'Mar', online: 170, store: 90, target: 170 },
            { month: 'Apr', online: 160, store: 110, target: 180 },
            { month: 'May', online: 210, store: 120, target: 190 },
          ],
          series: [
            { type: 'bar', dataKey: 'online', label: 'Online', color: 'blue' },
            { type: 'bar', dataKey: 'store', label: 'Store', color: 'green' },
            { type: 'line', dataKey: 'target', label: 'Target', color: 'orange', curveType: 'monotone' },
          ],
          xAxis: { dataKey: 'month' },
          showLegend: true,
        },
      ],
    },
  },
  {
    title: 'Basic root, Transition and a bad node',
    widget: {
      type: 'Basic',
      gap: 2,
      children: [
        { type: 'Transition', children: { type: 'Text', key: 'v1', value: 'Transition animates a replaced child.' } },
        { type: 'Text', value: 42 },
        { type: 'Sparkline', points: [1, 2, 3] },
        { type: 'Caption', value: 'The two placeholders above name the type, the path and why; siblings still render.' },
      ],
    },
  },
];
