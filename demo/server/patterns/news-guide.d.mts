// Types for the TypeScript tests and pages that import the plain-JS news-guide pattern.
import type { UserMessageItem, WidgetRoot } from '../../../src/protocol/types.js';
import type { Entity, ToolOption } from '../../../src/elements/chat/options.js';

export interface Article {
  id: string;
  title: string;
  summary: string;
  body: string;
  section: string;
  color: string;
  source: string;
  minutes: number;
  image: string;
  alt: string;
  url: string;
}

export declare const ARTICLES: Article[];
export declare const NEWS_TOOLS: ToolOption[];
export declare function articleEntity(article: Article): Entity;
export declare function articlePreview(article: Article): WidgetRoot;
export declare function taggedArticles(message: UserMessageItem | null): Article[];
export declare function searchArticles(query: string): Article[];
