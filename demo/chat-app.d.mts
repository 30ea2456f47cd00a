// Types for the TypeScript tests that import the demo's <ck-chat> options.
import type { CkChatOptions, Entity } from '../src/elements/chat/options.js';

export declare function searchStories(query: string): Entity[];
export declare function newsroomOptions(page: {
  chat: HTMLElement & { sendCustomAction(action: object, itemId?: string | null): Promise<unknown> };
  patterns: Array<{ id: string; title: string; prompt: string }>;
  log?: (kind: string, name: string, data?: unknown) => void;
}): CkChatOptions;
