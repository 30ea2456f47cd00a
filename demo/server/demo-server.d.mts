// Types for the TypeScript tests that import the plain-JS demo server.
import type { ChatKitServer, Clock, Store } from '../../src/server/index.js';
import type { WidgetRoot } from '../../src/protocol/types.js';

export interface DemoContext {
  /** Delay between streamed chunks, in ms. */
  pace: number;
}

export interface DemoPattern {
  id: string;
  title: string;
  prompt: string;
}

export interface DemoServer extends ChatKitServer<DemoContext> {
  /** User messages whose first answer already failed (the error pattern). */
  readonly failedOnce: Set<string>;
}

export interface WidgetTemplateClass {
  fromString(text: string): { build(data: unknown, options?: object): unknown };
}

export declare const PATTERNS: DemoPattern[];
export declare const TEMPLATE_NAMES: string[];
export declare const DEFAULT_PACE: number;
export declare function contextFromUrl(url: string): DemoContext;
export declare function createDemoServer(options: {
  kit: object;
  WidgetTemplate: WidgetTemplateClass;
  templates: Record<string, string>;
  store?: Store<DemoContext>;
  clock?: Clock;
  onError?: (error: unknown) => void;
}): DemoServer;
export type { WidgetRoot };
