// Writes dist/widget.schema.json from the compiled zod schemas. Run after `tsc -p tsconfig.build.json`
// (scripts/build.mjs does); `node scripts/emit-json-schema.mjs [out-file]`.
import { writeFileSync } from 'node:fs';
import { buildWidgetJsonSchema } from '../dist/schema/json-schema.js';

const outFile = process.argv[2] ?? new URL('../dist/widget.schema.json', import.meta.url);
const schema = buildWidgetJsonSchema();
writeFileSync(outFile, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`widget.schema.json: ${Object.keys(schema.$defs ?? {}).length} definitions`);
