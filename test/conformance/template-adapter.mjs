// Adapter for ../shared/corpus/templates/check.mjs: loads the .widget text and builds it with the
// data, exactly as chatkit-python's WidgetTemplate.from_file(...).build(data).
// Uses the build (dist/template/index.js, after `npx tsc -p tsconfig.build.json`); with
// TEMPLATE_ADAPTER_SRC=1 and `node --import tsx` it uses src/template/index.ts directly.
const { WidgetTemplate } = process.env.TEMPLATE_ADAPTER_SRC
  ? await import('../../src/template/index.ts')
  : await import('../../dist/template/index.js');

export const render = (text, data) => WidgetTemplate.fromString(text).build(data);
