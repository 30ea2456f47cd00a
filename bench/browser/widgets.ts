// The widgets the browser scenarios render: a ListView of rows (Text, Caption, Badge, Button with
// an action), as a model would generate them, and one-row edits of it.

export interface RowData {
  key: string;
  title: string;
  caption: string;
  badge: string;
  badgeColor: 'success' | 'secondary' | 'warning';
}

export type WidgetJson = Record<string, unknown>;

const STATIONS = ['Embarcadero', 'Montgomery', 'Powell', 'Civic Center', '16th St Mission', 'Glen Park', 'Balboa Park', 'Daly City'];

export function rowData(count: number, seed = 0): RowData[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `row-${i}`,
    title: `${STATIONS[(i + seed) % STATIONS.length]} · line ${(i % 12) + 1}`,
    caption: `Departs in ${(i * 7) % 60} min from platform ${(i % 4) + 1}`,
    badge: i % 3 === 0 ? 'On time' : i % 3 === 1 ? 'Boarding' : 'Delayed',
    badgeColor: i % 3 === 0 ? 'success' : i % 3 === 1 ? 'secondary' : 'warning',
  }));
}

export function rowNode(row: RowData): WidgetJson {
  return {
    type: 'ListViewItem',
    key: row.key,
    children: [
      { type: 'Text', id: `${row.key}-title`, value: row.title, weight: 'medium' },
      { type: 'Caption', value: row.caption },
      { type: 'Badge', id: `${row.key}-badge`, label: row.badge, color: row.badgeColor },
      { type: 'Button', label: 'Select', size: 'sm', variant: 'outline', onClickAction: { type: 'line.select', payload: { key: row.key }, handler: 'client' } },
    ],
  };
}

export function listWidget(rows: RowData[]): WidgetJson {
  return { type: 'ListView', children: rows.map(rowNode) };
}

/** A fresh deep copy (what a server's `thread.item.replaced` delivers: all new objects). */
export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The row the replace scenario edits: one in the middle. */
export const EDITED_ROW = (count: number) => Math.floor(count / 2);

export function editedRows(rows: RowData[], round: number): RowData[] {
  const at = EDITED_ROW(rows.length);
  return rows.map((row, i) => (i === at ? { ...row, title: `${row.title} (edit ${round})`, badge: `Edit ${round}` } : row));
}
