/**
 * Node-only additions: `fromFile(path)` reads a `.widget` file from disk. Kept apart from
 * index.ts so the browser build never pulls in node:fs.
 */
import { readFileSync } from 'node:fs';
import { TemplateError } from './errors.js';
import { WidgetTemplate } from './widget-template.js';

export * from './index.js';

/** Loads a `.widget` file (UTF-8). File-system errors become load-stage TemplateErrors. */
export function fromFile(path: string | URL): WidgetTemplate {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new TemplateError('load', `cannot read ${String(path)}: ${message}`, { kind: 'OSError' });
  }
  return WidgetTemplate.fromString(text);
}
