// The full recursive widget language: whole trees validated at once (template engine, JSON Schema).
// Types are the props inferred from the zod schemas plus the children each container holds.
import { z } from './zod.js';
import { childList } from './child-list.js';
import { actionConfigSchema, cardActionSchema } from './action.js';
import { basicRootProps, cardProps, listViewItemProps, listViewProps, widgetStatusSchema } from './props/roots.js';
import { captionProps, labelProps, markdownProps, textProps, titleProps } from './props/text.js';
import {
  boxProps, colProps, dividerProps, formProps, rowProps, spacerProps, transitionProps,
} from './props/layout.js';
import { badgeProps, buttonProps, iconProps, imageProps } from './props/content.js';
import {
  checkboxProps, datePickerProps, inputProps, radioGroupProps, selectProps, textareaProps,
} from './props/controls.js';
import { tableCellProps, tableProps, tableRowProps } from './props/table.js';
import { chartProps } from './props/chart.js';
import type {
  borderSchema, bordersSchema, spacingSchema, themeColorSchema,
} from './style-values.js';

type Props<S extends z.ZodMiniType> = z.infer<S>;

export type ThemeColor = z.infer<typeof themeColorSchema>;
export type Spacing = z.infer<typeof spacingSchema>;
export type Border = z.infer<typeof borderSchema>;
export type Borders = z.infer<typeof bordersSchema>;
export type ActionConfig = z.infer<typeof actionConfigSchema>;
export type CardAction = z.infer<typeof cardActionSchema>;
export type WidgetStatus = z.infer<typeof widgetStatusSchema>;

export interface Card extends Props<typeof cardProps> { children: WidgetComponent[] }
export interface ListView extends Props<typeof listViewProps> { children: ListViewItem[] }
export interface BasicRoot extends Props<typeof basicRootProps> {
  children: (WidgetComponent | WidgetRoot)[];
}
export interface ListViewItem extends Props<typeof listViewItemProps> { children: WidgetComponent[] }
export type TextComponent = Props<typeof textProps>;
export type Title = Props<typeof titleProps>;
export type Caption = Props<typeof captionProps>;
export type Markdown = Props<typeof markdownProps>;
export type Label = Props<typeof labelProps>;
export type Badge = Props<typeof badgeProps>;
export type Icon = Props<typeof iconProps>;
export type Image = Props<typeof imageProps>;
export type Button = Props<typeof buttonProps>;
export interface Box extends Props<typeof boxProps> { children?: WidgetComponent[] }
export interface Row extends Props<typeof rowProps> { children?: WidgetComponent[] }
export interface Col extends Props<typeof colProps> { children?: WidgetComponent[] }
export interface Form extends Props<typeof formProps> { children?: WidgetComponent[] }
export type Divider = Props<typeof dividerProps>;
export type Spacer = Props<typeof spacerProps>;
export interface Transition extends Props<typeof transitionProps> { children?: WidgetComponent }
export type Input = Props<typeof inputProps>;
export type Textarea = Props<typeof textareaProps>;
export type Select = Props<typeof selectProps>;
export type DatePicker = Props<typeof datePickerProps>;
export type Checkbox = Props<typeof checkboxProps>;
export type RadioGroup = Props<typeof radioGroupProps>;
export interface Table extends Props<typeof tableProps> { children?: TableRow[] }
export interface TableRow extends Props<typeof tableRowProps> { children?: TableCell[] }
export interface TableCell extends Props<typeof tableCellProps> { children?: WidgetComponent[] }
export type Chart = Props<typeof chartProps>;

/** Every component that may appear inside a root: ChatKit's TS union plus Python's Chart and ListViewItem. */
export type WidgetComponent =
  | TextComponent | Title | Caption | Markdown | Badge | Box | Row | Col | Divider | Icon | Image
  | Button | Checkbox | Spacer | Select | DatePicker | Form | Input | Label | RadioGroup | Table
  | TableRow | TableCell | Textarea | Transition | Chart | ListViewItem;

export type WidgetRoot = Card | ListView | BasicRoot;

// Children are lazy so the schemas can refer to the unions defined below them.
/** A child component (lazy: the union is defined below). */
export const componentRefSchema = z.lazy((): z.ZodMiniType<WidgetComponent> => widgetComponentSchema);
/** A list of child components (or one child object). */
export const componentListSchema = childList(componentRefSchema);
const component = componentRefSchema;
const components = componentListSchema;
const root = z.lazy((): z.ZodMiniType<WidgetRoot> => widgetRootSchema);

export const cardSchema = z.extend(cardProps, { children: components });
export const listViewItemSchema = z.extend(listViewItemProps, { children: components });
export const listViewSchema = z.extend(listViewProps, { children: childList(listViewItemSchema) });
export const basicRootSchema = z.extend(basicRootProps, {
  children: childList(z.union([component, root])),
});
export const boxSchema = z.extend(boxProps, { children: z.optional(components) });
export const rowSchema = z.extend(rowProps, { children: z.optional(components) });
export const colSchema = z.extend(colProps, { children: z.optional(components) });
export const formSchema = z.extend(formProps, { children: z.optional(components) });
export const transitionSchema = z.extend(transitionProps, { children: z.optional(component) });
export const tableCellSchema = z.extend(tableCellProps, { children: z.optional(components) });
export const tableRowSchema = z.extend(tableRowProps, { children: z.optional(childList(tableCellSchema)) });
export const tableSchema = z.extend(tableProps, { children: z.optional(childList(tableRowSchema)) });

/** Recursive schema per type, for whole-tree validation and JSON Schema `$defs`. */
export const treeSchemas = {
  Card: cardSchema,
  ListView: listViewSchema,
  Basic: basicRootSchema,
  ListViewItem: listViewItemSchema,
  Text: textProps,
  Title: titleProps,
  Caption: captionProps,
  Markdown: markdownProps,
  Label: labelProps,
  Badge: badgeProps,
  Icon: iconProps,
  Image: imageProps,
  Button: buttonProps,
  Box: boxSchema,
  Row: rowSchema,
  Col: colSchema,
  Form: formSchema,
  Divider: dividerProps,
  Spacer: spacerProps,
  Transition: transitionSchema,
  Input: inputProps,
  Textarea: textareaProps,
  Select: selectProps,
  DatePicker: datePickerProps,
  Checkbox: checkboxProps,
  RadioGroup: radioGroupProps,
  Table: tableSchema,
  'Table.Row': tableRowSchema,
  'Table.Cell': tableCellSchema,
  Chart: chartProps,
} as const;

export const widgetComponentSchema: z.ZodMiniType<WidgetComponent> = z.discriminatedUnion('type', [
  textProps, titleProps, captionProps, markdownProps, badgeProps, boxSchema, rowSchema, colSchema,
  dividerProps, iconProps, imageProps, buttonProps, checkboxProps, spacerProps, selectProps,
  datePickerProps, formSchema, inputProps, labelProps, radioGroupProps, tableSchema, tableRowSchema,
  tableCellSchema, textareaProps, transitionSchema, chartProps, listViewItemSchema,
]);

export const widgetRootSchema: z.ZodMiniType<WidgetRoot> = z.discriminatedUnion('type', [
  cardSchema, listViewSchema, basicRootSchema,
]);
