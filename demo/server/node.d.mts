// Types for the TypeScript tests that import the plain-JS demo server.
import type { DemoServer, WidgetTemplateClass } from './demo-server.mjs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function readWidgetTemplates(dir?: URL): Promise<Record<string, string>>;
export declare function createDemoNodeHandler(options: {
  kit: object;
  WidgetTemplate: WidgetTemplateClass;
  onError?: (error: unknown) => void;
}): Promise<{ server: DemoServer; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
