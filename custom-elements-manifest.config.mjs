// custom-elements.json is generated from the elements' JSDoc (@tag, @fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
