// Type-level conformance: the types inferred from our zod schemas and the `@openai/chatkit` widget
// types are assignable to each other. Checked by `npx tsc -p tsconfig.json --noEmit`; nothing runs.
import type { Widgets } from '@openai/chatkit';
import type * as Ours from '../../src/schema/index.js';

type Assert<T extends true> = T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Extends<A, B> = [A] extends [B] ? true : false;

/** ChatKit's type for a tag, found through its unions (Table and Table.Row are not exported). */
type Theirs<T extends string> = Extract<
  Widgets.WidgetComponent | Widgets.WidgetRoot | Widgets.ListViewItem,
  { type: T }
>;

// Each node's own props must match both ways. Children are compared separately below, because our
// component union is wider than ChatKit's (it adds Python's Chart and ListViewItem), which would
// make every container fail the ours-to-theirs direction for that reason alone.
// Optional props do not affect assignability, so the prop names are compared too; `PythonOnly`
// names the props Python's model has and ChatKit's TS type lacks (we accept the union of both).
type OwnProps<T> = Omit<T, 'children'>;
type SameKeys<A, B, PythonOnly extends PropertyKey = never> = Mutual<Exclude<keyof A, PythonOnly>, keyof B>;
type SameProps<O, T extends string, PythonOnly extends PropertyKey = never> =
  [Mutual<OwnProps<O>, OwnProps<Theirs<T>>>, SameKeys<OwnProps<O>, OwnProps<Theirs<T>>, PythonOnly>] extends [true, true]
    ? true
    : false;
// Every ChatKit tree, children included, is a valid tree of ours.
type AcceptsTheirs<O, T extends string> = Extends<Theirs<T>, O>;

export type Conformance = [
  Assert<SameProps<Ours.Card, 'Card'>>, Assert<AcceptsTheirs<Ours.Card, 'Card'>>,
  Assert<SameProps<Ours.ListView, 'ListView'>>, Assert<AcceptsTheirs<Ours.ListView, 'ListView'>>,
  Assert<SameProps<Ours.BasicRoot, 'Basic'>>, Assert<AcceptsTheirs<Ours.BasicRoot, 'Basic'>>,
  Assert<Mutual<OwnProps<Ours.ListViewItem>, OwnProps<Widgets.ListViewItem>>>,
  Assert<SameKeys<Ours.ListViewItem, Widgets.ListViewItem>>,
  Assert<Extends<Widgets.ListViewItem, Ours.ListViewItem>>,
  Assert<SameProps<Ours.TextComponent, 'Text'>>, Assert<AcceptsTheirs<Ours.TextComponent, 'Text'>>,
  Assert<SameProps<Ours.Title, 'Title'>>, Assert<AcceptsTheirs<Ours.Title, 'Title'>>,
  Assert<SameProps<Ours.Caption, 'Caption'>>, Assert<AcceptsTheirs<Ours.Caption, 'Caption'>>,
  Assert<SameProps<Ours.Markdown, 'Markdown'>>, Assert<AcceptsTheirs<Ours.Markdown, 'Markdown'>>,
  Assert<SameProps<Ours.Badge, 'Badge'>>, Assert<AcceptsTheirs<Ours.Badge, 'Badge'>>,
  Assert<SameProps<Ours.Box, 'Box'>>, Assert<AcceptsTheirs<Ours.Box, 'Box'>>,
  Assert<SameProps<Ours.Row, 'Row'>>, Assert<AcceptsTheirs<Ours.Row, 'Row'>>,
  Assert<SameProps<Ours.Col, 'Col'>>, Assert<AcceptsTheirs<Ours.Col, 'Col'>>,
  Assert<SameProps<Ours.Form, 'Form'>>, Assert<AcceptsTheirs<Ours.Form, 'Form'>>,
  Assert<SameProps<Ours.Divider, 'Divider'>>, Assert<AcceptsTheirs<Ours.Divider, 'Divider'>>,
  Assert<SameProps<Ours.Spacer, 'Spacer'>>, Assert<AcceptsTheirs<Ours.Spacer, 'Spacer'>>,
  Assert<SameProps<Ours.Image, 'Image', 'background' | 'flex'>>, Assert<AcceptsTheirs<Ours.Image, 'Image'>>,
  Assert<SameProps<Ours.Input, 'Input'>>, Assert<AcceptsTheirs<Ours.Input, 'Input'>>,
  Assert<SameProps<Ours.Textarea, 'Textarea'>>, Assert<AcceptsTheirs<Ours.Textarea, 'Textarea'>>,
  Assert<SameProps<Ours.Select, 'Select', 'searchable'>>, Assert<AcceptsTheirs<Ours.Select, 'Select'>>,
  Assert<SameProps<Ours.DatePicker, 'DatePicker'>>, Assert<AcceptsTheirs<Ours.DatePicker, 'DatePicker'>>,
  Assert<SameProps<Ours.Checkbox, 'Checkbox'>>, Assert<AcceptsTheirs<Ours.Checkbox, 'Checkbox'>>,
  Assert<SameProps<Ours.RadioGroup, 'RadioGroup'>>, Assert<AcceptsTheirs<Ours.RadioGroup, 'RadioGroup'>>,
  Assert<SameProps<Ours.Label, 'Label'>>, Assert<AcceptsTheirs<Ours.Label, 'Label'>>,
  Assert<SameProps<Ours.Table, 'Table'>>, Assert<AcceptsTheirs<Ours.Table, 'Table'>>,
  Assert<SameProps<Ours.TableRow, 'Table.Row'>>, Assert<AcceptsTheirs<Ours.TableRow, 'Table.Row'>>,
  Assert<SameProps<Ours.TableCell, 'Table.Cell'>>, Assert<AcceptsTheirs<Ours.TableCell, 'Table.Cell'>>,
  Assert<SameProps<Ours.Transition, 'Transition'>>, Assert<AcceptsTheirs<Ours.Transition, 'Transition'>>,
];

// RELAXED: icon props. Python also accepts `vendor:<name>` (and, through its dynamic models, any
// name), and this runtime `lucide:<name>`, so our icon props are strings: an unknown name shows the
// icon set's fallback instead of failing the whole node. Theirs -> ours holds in full; ours -> theirs
// holds for every other prop, and ChatKit's icon names are exactly our built-in names.
type IconProps = 'name' | 'iconStart' | 'iconEnd';
export type IconConformance = [
  Assert<Mutual<Ours.WidgetIcon, Widgets.WidgetIcon>>,
  Assert<Extends<Widgets.WidgetIcon, Ours.WidgetIconRef>>,
  Assert<AcceptsTheirs<Ours.Icon, 'Icon'>>,
  Assert<Mutual<Omit<Ours.Icon, IconProps>, Omit<Theirs<'Icon'>, IconProps>>>,
  Assert<SameKeys<Ours.Icon, Theirs<'Icon'>>>,
  Assert<AcceptsTheirs<Ours.Button, 'Button'>>,
  Assert<Mutual<Omit<Ours.Button, IconProps>, Omit<Theirs<'Button'>, IconProps>>>,
  Assert<SameKeys<Ours.Button, Theirs<'Button'>>>,
];

// Children: the same component tags as ChatKit's union, plus the two Python adds (its
// WidgetComponent has Chart and ListViewItem). Roots are the same three.
export type UnionConformance = [
  Assert<Mutual<Exclude<Ours.WidgetComponent['type'], 'Chart' | 'ListViewItem'>, Widgets.WidgetComponent['type']>>,
  Assert<Mutual<Ours.WidgetRoot['type'], Widgets.WidgetRoot['type']>>,
  Assert<Extends<Widgets.WidgetComponent, Ours.WidgetComponent>>,
  Assert<Extends<Widgets.WidgetRoot, Ours.WidgetRoot>>,
  Assert<Extends<Ours.Card['children'][number], Ours.WidgetComponent>>,
];

// Shared value types, reached through the props that use them (ChatKit does not export them).
type TheirSpacing = Extract<NonNullable<Widgets.Card['padding']>, object>;
type TheirBorder = Extract<NonNullable<Widgets.Box['border']>, { size: number }>;
type TheirBorders = Exclude<Extract<NonNullable<Widgets.Box['border']>, object>, TheirBorder>;
type TheirStatus = NonNullable<Widgets.Card['status']>;
type TheirCardAction = NonNullable<Widgets.Card['confirm']>;
type TheirEditable = Extract<NonNullable<Widgets.TextComponent['editable']>, object>;
type OurEditable = Extract<NonNullable<Ours.TextComponent['editable']>, object>;
export type ValueConformance = [
  Assert<Mutual<Ours.Spacing, TheirSpacing>>, Assert<SameKeys<Ours.Spacing, TheirSpacing>>,
  Assert<Mutual<Ours.Border, TheirBorder>>, Assert<SameKeys<Ours.Border, TheirBorder>>,
  Assert<Mutual<Ours.Borders, TheirBorders>>, Assert<SameKeys<Ours.Borders, TheirBorders>>,
  Assert<Mutual<Ours.ThemeColor, Extract<NonNullable<Widgets.Card['background']>, object>>>,
  Assert<Mutual<OurEditable, TheirEditable>>, Assert<SameKeys<OurEditable, TheirEditable>>,
  // RELAXED: status is one object with all keys (theirs is a union of two); icon is our wider icon type.
  Assert<Extends<TheirStatus, Ours.WidgetStatus>>,
  Assert<Mutual<keyof Ours.WidgetStatus, 'text' | 'favicon' | 'frame' | 'icon'>>,
  // ActionConfig gains Python's handler, loadingBehavior and streaming (checked below).
  Assert<Extends<TheirCardAction, Ours.CardAction>>,
  Assert<Mutual<Omit<Ours.ActionConfig, 'handler' | 'loadingBehavior' | 'streaming'>, TheirCardAction['action']>>,
];

// Python-only props that ChatKit's TS types lack; we accept the union of both.
export type PythonExtras = [
  Assert<Extends<{ searchable?: boolean }, Pick<Ours.Select, 'searchable'>>>,
  Assert<Extends<{ value: string; label: string; disabled?: boolean; description?: string }, Ours.Select['options'][number]>>,
  Assert<Extends<{ background?: string | Ours.ThemeColor; flex?: number | string }, Pick<Ours.Image, 'background' | 'flex'>>>,
  Assert<Mutual<
    Ours.ActionConfig,
    {
      type: string;
      payload?: Record<string, unknown>;
      handler?: 'client' | 'server';
      loadingBehavior?: 'auto' | 'none' | 'self' | 'container';
      streaming?: boolean;
    }
  >>,
];

// Chart is not in @openai/chatkit. This is chatkit-python's `Chart` (chatkit/widgets.py) transcribed;
// `X | None = None` fields are optional here because null means absent. Series `label: str | None`
// has no default in Python (required but nullable), which after null-stripping is also optional.
type PyThemeColor = { dark: string; light: string };
type PyCurveType =
  | 'basis' | 'basisClosed' | 'basisOpen' | 'bumpX' | 'bumpY' | 'bump' | 'linear' | 'linearClosed'
  | 'natural' | 'monotoneX' | 'monotoneY' | 'monotone' | 'step' | 'stepBefore' | 'stepAfter';
type PySeries =
  | { type: 'bar'; label?: string; dataKey: string; stack?: string; color?: string | PyThemeColor }
  | { type: 'area'; label?: string; dataKey: string; stack?: string; color?: string | PyThemeColor; curveType?: PyCurveType }
  | { type: 'line'; label?: string; dataKey: string; color?: string | PyThemeColor; curveType?: PyCurveType };
type PyChart = {
  type: 'Chart';
  key?: string;
  id?: string;
  data: Record<string, string | number>[];
  series: PySeries[];
  xAxis: string | { dataKey: string; hide?: boolean; labels?: Record<string, string> };
  showYAxis?: boolean;
  showLegend?: boolean;
  showTooltip?: boolean;
  barGap?: number;
  barCategoryGap?: number;
  flex?: number | string;
  height?: number | string;
  width?: number | string;
  size?: number | string;
  minHeight?: number | string;
  minWidth?: number | string;
  minSize?: number | string;
  maxHeight?: number | string;
  maxWidth?: number | string;
  maxSize?: number | string;
  aspectRatio?: number | string;
};
export type ChartConformance = [
  Assert<Mutual<Ours.Chart, PyChart>>,
  Assert<SameKeys<Ours.Chart, PyChart>>,
  Assert<Mutual<Ours.Chart['series'][number]['type'], PySeries['type']>>,
];
