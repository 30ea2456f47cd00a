// Node-level schemas: each validates ONE node's own props. `children` is checked only for shape,
// because the renderer validates every child itself, so one bad node never blanks its siblings.
import { z } from './zod.js';
import { childList } from './child-list.js';
import { basicRootProps, cardProps, listViewItemProps, listViewProps } from './props/roots.js';
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

/** A child as the parent sees it: any non-array object; its own schema judges it later. */
export type ChildNode = Record<string, unknown>;

function isChildNode(value: unknown): value is ChildNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const childNode = z.custom<ChildNode>(isChildNode, { error: 'expected a widget node object' });
const childNodes = childList(childNode);

/**
 * Node-level schema per component type. A null-prototype object, so a hostile `type` such as
 * `constructor` or `__proto__` never finds an inherited member.
 */
export const componentSchemas = Object.freeze(
  Object.assign(Object.create(null) as object, {
    Card: z.extend(cardProps, { children: childNodes }),
    ListView: z.extend(listViewProps, { children: childNodes }),
    Basic: z.extend(basicRootProps, { children: childNodes }),
    ListViewItem: z.extend(listViewItemProps, { children: childNodes }),
    Text: textProps,
    Title: titleProps,
    Caption: captionProps,
    Markdown: markdownProps,
    Label: labelProps,
    Badge: badgeProps,
    Icon: iconProps,
    Image: imageProps,
    Button: buttonProps,
    Box: z.extend(boxProps, { children: z.optional(childNodes) }),
    Row: z.extend(rowProps, { children: z.optional(childNodes) }),
    Col: z.extend(colProps, { children: z.optional(childNodes) }),
    Form: z.extend(formProps, { children: z.optional(childNodes) }),
    Divider: dividerProps,
    Spacer: spacerProps,
    // Python allows `children: None` on Transition; null is absent here, so it is optional.
    Transition: z.extend(transitionProps, { children: z.optional(childNode) }),
    Input: inputProps,
    Textarea: textareaProps,
    Select: selectProps,
    DatePicker: datePickerProps,
    Checkbox: checkboxProps,
    RadioGroup: radioGroupProps,
    Table: z.extend(tableProps, { children: z.optional(childNodes) }),
    'Table.Row': z.extend(tableRowProps, { children: z.optional(childNodes) }),
    'Table.Cell': z.extend(tableCellProps, { children: z.optional(childNodes) }),
    Chart: chartProps,
  }),
);

type ComponentSchemas = typeof componentSchemas;

/** Every component type string this runtime knows. */
export type WidgetType = keyof ComponentSchemas;

/** One validated node of type T: its own props, children still unvalidated objects. */
export type WidgetNodeOf<T extends WidgetType> = z.infer<ComponentSchemas[T]>;

/** Any validated node; narrow it with `node.type`. */
export type WidgetNode = { [T in WidgetType]: WidgetNodeOf<T> }[WidgetType];

export const widgetTypes = Object.freeze(Object.keys(componentSchemas)) as readonly WidgetType[];

export function isWidgetType(type: unknown): type is WidgetType {
  return typeof type === 'string' && Object.hasOwn(componentSchemas, type);
}
