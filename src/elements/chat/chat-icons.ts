/**
 * The chat's own icons (send, stop, attach, copy, thumbs, header icons). Imported one by one so the
 * chat never loads the full lucide set for its chrome; drawn through the shared allowlisting SVG writer.
 */
import { html, type TemplateResult } from 'lit';
import type { IconNode } from 'lucide';
import {
  ArrowLeft,
  ArrowLeftToLine,
  ArrowRightToLine,
  ArrowUp,
  AtSign,
  Bug,
  ChevronLeft,
  ChevronsLeft,
  ChevronsRight,
  CircleEllipsis,
  Copy,
  Ellipsis,
  EllipsisVertical,
  Expand,
  History,
  House,
  LayoutGrid,
  Maximize2,
  Menu,
  MessageCircleDashed,
  Minimize2,
  Moon,
  PanelLeft,
  PanelLeftClose,
  PanelLeftDashed,
  PanelLeftOpen,
  PanelRight,
  PanelRightClose,
  PanelRightDashed,
  PanelRightOpen,
  Paperclip,
  Pencil,
  Plus,
  RotateCcw,
  Settings,
  Share2,
  Shrink,
  Square,
  SquarePen,
  Star,
  Sun,
  ThumbsDown,
  ThumbsUp,
  Trash2,
  X,
  BookOpen,
  Wrench,
} from 'lucide';
import { glyphShapes } from '../../icons/icon-svg.js';

/** ChatKit's header icon names, each mapped by meaning to a lucide glyph. */
const HEADER_ICONS: Readonly<Record<string, IconNode>> = {
  'sidebar-left': PanelLeft,
  'sidebar-right': PanelRight,
  'sidebar-open-left': PanelLeftOpen,
  'sidebar-open-right': PanelRightOpen,
  'sidebar-open-left-alt': PanelLeftOpen,
  'sidebar-open-right-alt': PanelRightOpen,
  'sidebar-floating-left': PanelLeftDashed,
  'sidebar-floating-right': PanelRightDashed,
  'sidebar-floating-open-left': PanelLeftOpen,
  'sidebar-floating-open-right': PanelRightOpen,
  'sidebar-collapse-left': PanelLeftClose,
  'sidebar-collapse-right': PanelRightClose,
  'collapse-left': ChevronsLeft,
  'collapse-right': ChevronsRight,
  'open-left': ArrowLeftToLine,
  'open-right': ArrowRightToLine,
  'double-chevron-left': ChevronsLeft,
  'double-chevron-right': ChevronsRight,
  home: House,
  'home-alt': House,
  'back-small': ChevronLeft,
  'back-large': ArrowLeft,
  'expand-large': Maximize2,
  'collapse-large': Minimize2,
  'expand-small': Expand,
  'collapse-small': Shrink,
  star: Star,
  'star-filled': Star,
  bug: Bug,
  'chat-temporary': MessageCircleDashed,
  'settings-cog': Settings,
  grid: LayoutGrid,
  'dots-horizontal': Ellipsis,
  'dots-vertical': EllipsisVertical,
  'dots-horizontal-circle': CircleEllipsis,
  'dots-vertical-circle': CircleEllipsis,
  menu: Menu,
  'menu-inverted': Menu,
  hamburger: Menu,
  history: History,
  'book-open': BookOpen,
  compose: SquarePen,
  share: Share2,
  'light-mode': Sun,
  'dark-mode': Moon,
  close: X,
};

/** The chrome's own glyphs. */
export const chatGlyphs = {
  send: ArrowUp,
  stop: Square,
  attach: Paperclip,
  mention: AtSign,
  tools: Wrench,
  close: X,
  copy: Copy,
  share: Share2,
  retry: RotateCcw,
  thumbsUp: ThumbsUp,
  thumbsDown: ThumbsDown,
  history: History,
  compose: SquarePen,
  rename: Pencil,
  delete: Trash2,
  plus: Plus,
} as const satisfies Record<string, IconNode>;

/** A decorative icon (the button around it carries the name). */
export function chatIcon(node: IconNode, filled = false): TemplateResult {
  return html`<svg class="ck-icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true">${glyphShapes(node, filled ? 'solid' : 'outline')}</svg>`;
}

/** A header icon by ChatKit name; unknown names draw the menu glyph. */
export function headerIcon(name: unknown): TemplateResult {
  const node = typeof name === 'string' && Object.hasOwn(HEADER_ICONS, name) ? HEADER_ICONS[name]! : Menu;
  return chatIcon(node, name === 'star-filled');
}

/** `sidebar-open-left` → "Sidebar open left": the accessible name of a header action without a label. */
export function headerIconLabel(name: unknown): string {
  const text = typeof name === 'string' ? name.replace(/[^a-z0-9-]/gi, '').slice(0, 40).replace(/-/g, ' ').trim() : '';
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Action';
}
