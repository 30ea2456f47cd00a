// The widget every framework app shows, and its replacement: row 1 keeps its key, its text changes,
// and a third row arrives. Plain JS so the apps (bundled by esbuild, not type-checked) can share it.
const row = (id, title) => ({
  type: 'ListViewItem',
  id,
  key: id,
  children: [
    { type: 'Text', value: title },
    { type: 'Button', label: `Open ${id}`, onClickAction: { type: 'row.open', payload: { id }, handler: 'client' } },
  ],
});

export const firstWidget = { type: 'ListView', children: [row('r1', 'Invoice 1001'), row('r2', 'Invoice 1002')] };
export const replacedWidget = {
  type: 'ListView',
  children: [row('r1', 'Invoice 1001 (paid)'), row('r2', 'Invoice 1002'), row('r3', 'Invoice 1003')],
};
