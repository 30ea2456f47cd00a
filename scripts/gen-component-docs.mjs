// Regenerates docs/components.md from the widget schemas: `npm run docs:components`.
// Runs the TypeScript sources through tsx, so it needs no build.
import { writeFileSync } from 'node:fs';
import { renderComponentDocs } from '../src/schema/component-docs.ts';

const outFile = new URL('../docs/components.md', import.meta.url);
writeFileSync(outFile, renderComponentDocs());
console.log('docs/components.md written');
