// The widget language as zod schemas: node-level validation for the renderer, recursive schemas
// for whole trees, and the TypeScript types inferred from them.
export { widgetIconNames, iconNamePrefixes, isWidgetIcon, isWidgetIconRef } from './icon-names.js';
export type { WidgetIcon, WidgetIconRef } from './icon-names.js';
export { actionConfigSchema, cardActionSchema } from './action.js';
export {
  themeColorSchema, colorSchema, spacingSchema, borderSchema, bordersSchema, iconNameSchema,
  displayTextSchema,
} from './style-values.js';
export { widgetStatusSchema } from './props/roots.js';
export { componentSchemas, widgetTypes, isWidgetType } from './node-schemas.js';
export type { WidgetType, WidgetNode, WidgetNodeOf, ChildNode } from './node-schemas.js';
export { parseNode } from './parse-node.js';
export type { ParseNodeResult } from './parse-node.js';
export { parseWidgetRoot, MAX_WIDGET_TREE_DEPTH } from './parse-tree.js';
export type { ParseTreeResult } from './parse-tree.js';
export { describeIssues, formatPath } from './issues.js';
export type { NodeIssue, IssuePath } from './issues.js';
export { treeSchemas, widgetComponentSchema, widgetRootSchema } from './tree-schemas.js';
export type {
  WidgetRoot, WidgetComponent, Card, ListView, BasicRoot, ListViewItem, TextComponent, Title,
  Caption, Markdown, Badge, Box, Row, Col, Form, Spacer, Divider, Icon, Image, Button, Checkbox,
  Select, DatePicker, Input, Label, RadioGroup, Table, TableRow, TableCell, Textarea, Transition,
  Chart, ActionConfig, ThemeColor, Spacing, Border, Borders, WidgetStatus, CardAction,
} from './tree-schemas.js';
