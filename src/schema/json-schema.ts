// JSON Schema (draft 2020-12) of a widget root, generated from the zod schemas, for server authors
// and LLM structured outputs. Node-only: it carries the prop descriptions the runtime leaves out.
import { z } from './zod.js';
import { actionConfigSchema, cardActionSchema } from './action.js';
import { borderSchema, bordersSchema, spacingSchema, themeColorSchema } from './style-values.js';
import { widgetStatusSchema } from './props/roots.js';
import {
  componentListSchema, componentRefSchema, treeSchemas, widgetComponentSchema, widgetRootSchema,
} from './tree-schemas.js';
import { componentDescriptions, valueDescriptions } from './component-descriptions.js';

export const WIDGET_SCHEMA_ID = 'https://unpkg.com/chatkit-widgets/dist/widget.schema.json';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The whole widget language as one JSON Schema document with a `$defs` entry per component. */
export function buildWidgetJsonSchema(): JsonObject {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [type, schema] of Object.entries(treeSchemas)) {
    const description = componentDescriptions[type as keyof typeof componentDescriptions].summary;
    registry.add(schema, { id: type, description });
  }
  const values: [string, z.ZodMiniType][] = [
    ['ThemeColor', themeColorSchema], ['Spacing', spacingSchema], ['Border', borderSchema],
    ['Borders', bordersSchema], ['ActionConfig', actionConfigSchema], ['CardAction', cardActionSchema],
    ['WidgetStatus', widgetStatusSchema],
  ];
  for (const [id, schema] of values) registry.add(schema, { id, description: valueDescriptions[id] });
  registry.add(widgetComponentSchema, { id: 'WidgetComponent', description: 'Any component inside a root.' });
  registry.add(componentRefSchema, { id: 'WidgetComponentRef', description: 'A child component.' });
  registry.add(componentListSchema, {
    id: 'WidgetComponentList',
    description: 'Child components; a single child object is read as a one-element list.',
  });

  // `input`: the schema describes what the runtime accepts (e.g. one child object where a list goes).
  const document = z.toJSONSchema(widgetRootSchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: registry,
    cycles: 'ref',
  }) as JsonObject;

  const defs = isObject(document['$defs']) ? document['$defs'] : {};
  for (const [type, { props }] of Object.entries(componentDescriptions)) {
    const def = defs[type];
    const properties = isObject(def) && isObject(def['properties']) ? def['properties'] : {};
    for (const [name, description] of Object.entries(props)) {
      const property = properties[name];
      if (isObject(property)) property['description'] = description;
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: WIDGET_SCHEMA_ID,
    title: 'ChatKit widget',
    description: 'A ChatKit widget root (Card, ListView or Basic) as rendered by chatkit-widgets.',
    ...document,
  };
}
