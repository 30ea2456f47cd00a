// What each component and prop is for, shortened from the chatkit-python docstrings. Node-only:
// the JSON Schema emitter and the docs generator read it; the runtime bundle never imports it.
import type { WidgetType } from './node-schemas.js';

export interface ComponentDescription {
  readonly summary: string;
  readonly props: Readonly<Record<string, string>>;
}

const identity = {
  key: 'Stable identity among siblings; keeps DOM state across updates.',
  id: 'Address of this node for streamed updates (widget.component.updated).',
};
const textStyle = {
  color: 'Text color: token (prose, primary, emphasis, secondary, tertiary, success, warning, danger), primitive (red-500), CSS color, or { light, dark }.',
  weight: 'Font weight token.',
  textAlign: 'Horizontal text alignment.',
  truncate: 'Truncate overflow with an ellipsis.',
  maxLines: 'Clamp to at most this many lines.',
};
const block = {
  height: 'Explicit height; px or CSS length.',
  width: 'Explicit width; px or CSS length.',
  size: 'Sets width and height; px or CSS length.',
  minHeight: 'Minimum height; px or CSS length.',
  minWidth: 'Minimum width; px or CSS length.',
  minSize: 'Sets minWidth and minHeight.',
  maxHeight: 'Maximum height; px or CSS length.',
  maxWidth: 'Maximum width; px or CSS length.',
  maxSize: 'Sets maxWidth and maxHeight.',
  aspectRatio: 'Aspect ratio (e.g. 16/9 as 1.78, or "16 / 9").',
  radius: 'Corner radius token.',
  margin: 'Outer margin: spacing unit, CSS length, or per-edge object.',
};
const background = 'Background: token (surface, surface-secondary, surface-tertiary, surface-elevated), primitive, CSS color, or { light, dark }.';
const box = {
  children: 'Child components.',
  align: 'Cross-axis alignment of children.',
  justify: 'Main-axis distribution of children.',
  wrap: 'Flex wrap behavior.',
  flex: 'Flex grow/shrink factor.',
  gap: 'Gap between children; spacing unit or CSS length.',
  padding: 'Inner padding: spacing unit, CSS length, or per-edge object.',
  border: 'Border: px width, a border object, or per-edge borders.',
  background,
  ...block,
};
const field = {
  name: 'Form field name; the value is submitted under it (dots nest).',
  disabled: 'Disable interaction.',
  required: 'Required for form submission.',
  onChangeAction: 'Action dispatched when the value changes.',
  placeholder: 'Text shown while empty.',
  variant: 'Visual variant of the control.',
  size: 'Control size token.',
  pill: 'Fully rounded corners.',
  block: 'Stretch to the full available width.',
  clearable: 'Show a control that clears the value.',
  autoFocus: 'Focus the control when it appears.',
  autoSelect: 'Select the whole value when focused.',
  allowAutofillExtensions: 'Let password managers and autofill extensions attach.',
  gutterSize: 'Horizontal inner padding; overrides the one from size.',
  pattern: 'Regular expression the value must match.',
};
const status = 'Status line above the content: { text, icon? } or { text, favicon?, frame? }.';
const theme = 'Force light or dark theme for this subtree.';

export const componentDescriptions: Readonly<Record<WidgetType, ComponentDescription>> = {
  Card: {
    summary: 'Bordered container for a widget, with an optional status line and confirm/cancel footer.',
    props: {
      ...identity,
      children: 'Child components.',
      asForm: 'Treat the card as a form so confirm/cancel submit its field values.',
      background,
      border: box.border,
      size: 'Card width preset.',
      padding: box.padding,
      status,
      collapsed: 'Collapse the body after the main action has completed.',
      confirm: 'Primary footer button: { label, action }.',
      cancel: 'Secondary footer button: { label, action }.',
      theme,
    },
  },
  ListView: {
    summary: 'A list of ListViewItem rows, with a "Show more" control past `limit`.',
    props: {
      ...identity,
      children: 'The ListViewItem rows.',
      limit: 'Rows shown before "Show more"; "auto" picks a limit.',
      status,
      theme,
    },
  },
  Basic: {
    summary: 'Plain layout root without card chrome (used for previews); may nest other roots.',
    props: {
      ...identity,
      children: 'Components or roots.',
      theme,
      direction: 'Flex direction of the children.',
      gap: box.gap,
      padding: box.padding,
      align: box.align,
      justify: box.justify,
    },
  },
  ListViewItem: {
    summary: 'One row of a ListView; clickable when it has an action.',
    props: {
      ...identity,
      children: 'Content of the row.',
      onClickAction: 'Action dispatched when the row is clicked.',
      gap: box.gap,
      align: 'Cross-axis alignment of the row content.',
    },
  },
  Text: {
    summary: 'Plain text with typography controls; can stream and be edited inline.',
    props: {
      ...identity,
      value: 'Text to show (numbers and booleans are shown as written).',
      ...textStyle,
      streaming: 'Streaming-friendly transitions for incremental updates.',
      italic: 'Italic style.',
      lineThrough: 'Line-through decoration.',
      width: 'Width of the text box; px or CSS length.',
      size: 'Text size token.',
      minLines: 'Reserve space for at least this many lines.',
      editable: 'Inline editing: false, or { name, placeholder?, required?, pattern?, ... }.',
    },
  },
  Title: {
    summary: 'Prominent headline text.',
    props: { ...identity, value: 'Text to show.', ...textStyle, size: 'Title size token.' },
  },
  Caption: {
    summary: 'Small supporting text.',
    props: { ...identity, value: 'Text to show.', ...textStyle, size: 'Caption size token.' },
  },
  Markdown: {
    summary: 'Markdown content (sanitized), optionally streamed.',
    props: { ...identity, value: 'Markdown source.', streaming: 'Streaming-friendly transitions for incremental updates.' },
  },
  Label: {
    summary: 'Label for a form field.',
    props: {
      ...identity,
      value: 'Label text.',
      fieldName: 'Name of the field this label describes.',
      size: 'Text size token.',
      weight: textStyle.weight,
      textAlign: textStyle.textAlign,
      color: textStyle.color,
    },
  },
  Badge: {
    summary: 'Small label for a status or category.',
    props: {
      ...identity,
      label: 'Text in the badge.',
      color: 'Badge color token.',
      variant: 'Visual style.',
      size: 'Badge size.',
      pill: 'Fully rounded corners.',
    },
  },
  Icon: {
    summary: 'A built-in icon, `vendor:<name>` or `lucide:<name>`; unknown names show a fallback.',
    props: {
      ...identity,
      name: 'Icon name.',
      color: 'Icon color: text color token, primitive, CSS color, or { light, dark }.',
      size: 'Icon size token.',
    },
  },
  Image: {
    summary: 'An image with sizing and fitting controls; the URL goes through the URL policy.',
    props: {
      ...identity,
      src: 'Image URL.',
      alt: 'Alternative text.',
      frame: 'Draw a subtle frame.',
      fit: 'How the image fits its box.',
      position: 'Focal position inside the box.',
      flush: 'Flush to the container edge, ignoring its padding.',
      ...block,
      background,
      flex: box.flex,
    },
  },
  Button: {
    summary: 'A button that dispatches an action or submits the enclosing form.',
    props: {
      ...identity,
      submit: 'Submit the nearest form instead of dispatching onClickAction alone.',
      label: 'Button text.',
      onClickAction: 'Action dispatched on click.',
      iconStart: 'Icon before the label (alone: an icon button).',
      iconEnd: 'Icon after the label.',
      style: 'Preset: primary or secondary.',
      iconSize: 'Icon size token.',
      color: 'Button color token.',
      variant: 'Visual variant.',
      size: 'Control size token.',
      pill: 'Fully rounded corners.',
      uniform: 'Equal width and height.',
      block: 'Stretch to the full available width.',
      disabled: 'Disable interaction.',
    },
  },
  Box: {
    summary: 'Flex container with a direction.',
    props: { ...identity, direction: 'Flex direction.', ...box },
  },
  Row: { summary: 'Horizontal flex container.', props: { ...identity, ...box } },
  Col: { summary: 'Vertical flex container.', props: { ...identity, ...box } },
  Form: {
    summary: 'Flex container that collects its fields and submits them with onSubmitAction.',
    props: {
      ...identity,
      onSubmitAction: 'Action dispatched on submit, with field values merged into the payload.',
      direction: 'Flex direction.',
      ...box,
    },
  },
  Divider: {
    summary: 'A line between sections.',
    props: {
      ...identity,
      color: 'Line color: border token (default, subtle, strong), primitive, CSS color, or { light, dark }.',
      size: 'Line thickness; px or CSS length.',
      spacing: 'Space above and below; spacing unit or CSS length.',
      flush: 'Flush to the container edges, ignoring their padding.',
    },
  },
  Spacer: {
    summary: 'Flexible space that pushes siblings apart.',
    props: { ...identity, minSize: 'Minimum size along the flex direction.' },
  },
  Transition: {
    summary: 'Animates layout changes of its single child.',
    props: { ...identity, children: 'The one child to animate.' },
  },
  Input: {
    summary: 'Single-line text field.',
    props: {
      ...identity,
      ...field,
      inputType: 'Native input type.',
      defaultValue: 'Initial value.',
    },
  },
  Textarea: {
    summary: 'Multi-line text field.',
    props: {
      ...identity,
      ...field,
      defaultValue: 'Initial value.',
      rows: 'Visible rows.',
      autoResize: 'Grow and shrink with the content.',
      maxRows: 'Maximum rows when auto-resizing.',
    },
  },
  Select: {
    summary: 'Dropdown of options.',
    props: {
      ...identity,
      ...field,
      options: 'Options: { value, label, description?, disabled? }.',
      defaultValue: 'Initially selected value.',
      searchable: 'Show a search input (by default past 15 options).',
    },
  },
  DatePicker: {
    summary: 'Date field with a calendar.',
    props: {
      ...identity,
      ...field,
      defaultValue: 'Initial date (ISO 8601).',
      min: 'Earliest selectable date (ISO 8601).',
      max: 'Latest selectable date (ISO 8601).',
      side: 'Preferred side for the calendar.',
      align: 'Calendar alignment relative to the field.',
    },
  },
  Checkbox: {
    summary: 'A checkbox with an optional label.',
    props: {
      ...identity,
      ...field,
      label: 'Label next to the box.',
      defaultChecked: 'Initially checked.',
    },
  },
  RadioGroup: {
    summary: 'A group of radio buttons.',
    props: {
      ...identity,
      ...field,
      options: 'Options: { label, value, disabled? }.',
      ariaLabel: 'Accessible name of the group; falls back to name.',
      defaultValue: 'Initially selected value.',
      direction: 'Layout direction of the options.',
    },
  },
  Table: {
    summary: 'A table made of Table.Row children.',
    props: { ...identity, children: 'The Table.Row rows.' },
  },
  'Table.Row': {
    summary: 'One table row of Table.Cell children.',
    props: { ...identity, children: 'The Table.Cell cells.', header: 'A header row.' },
  },
  'Table.Cell': {
    summary: 'One table cell holding components.',
    props: {
      ...identity,
      children: 'Content of the cell.',
      width: 'Cell width; px or CSS length.',
      padding: 'Per-edge padding.',
      colSpan: 'Columns spanned.',
      rowSpan: 'Rows spanned.',
      align: 'Horizontal alignment.',
      vAlign: 'Vertical alignment.',
      colSize: 'Column width preset.',
    },
  },
  Chart: {
    summary: 'Bar, area and line charts from rows of data.',
    props: {
      ...identity,
      data: 'Rows of data: field name to category or number.',
      series: 'Series: { type: bar|area|line, dataKey, label?, color?, stack?, curveType? }.',
      xAxis: 'X axis: a dataKey, or { dataKey, hide?, labels? }.',
      showYAxis: 'Show the Y axis.',
      showLegend: 'Show a legend.',
      showTooltip: 'Show a tooltip on hover.',
      barGap: 'Gap between bars of one category (px).',
      barCategoryGap: 'Gap between categories (px).',
      flex: box.flex,
      height: block.height,
      width: block.width,
      size: block.size,
      minHeight: block.minHeight,
      minWidth: block.minWidth,
      minSize: block.minSize,
      maxHeight: block.maxHeight,
      maxWidth: block.maxWidth,
      maxSize: block.maxSize,
      aspectRatio: block.aspectRatio,
    },
  },
};

/** Shared value types, named in JSON Schema `$defs`. */
export const valueDescriptions: Readonly<Record<string, string>> = {
  ThemeColor: 'A color per theme.',
  Spacing: 'Per-edge spacing; each edge a spacing unit or CSS length.',
  Border: 'One border: width in px, color and line style.',
  Borders: 'Per-edge borders; each edge a px width or a Border.',
  ActionConfig: 'An action: type, payload, handler (client|server, default server), loadingBehavior, streaming.',
  CardAction: 'A Card footer button: label and action.',
  WidgetStatus: 'Status line: text with an icon, or with a favicon.',
};
