/**
 * The composer's editable area: a `contenteditable="plaintext-only"` element whose children are
 * text and atomic @mention chips (`contenteditable="false"` spans). The browser edits text (and
 * deletes a chip whole); these helpers read the nodes into segments, put segments back, and find
 * the caret inside a shadow root. Chip text is set with textContent: entity titles are untrusted.
 */
import { render } from 'lit';
import { renderIcon } from '../../icons/index.js';
import type { ComposerSegment } from './composer-content.js';
import type { Entity } from './options.js';

const chipEntities = new WeakMap<Element, Entity>();

export function isChip(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && node.classList.contains('chip');
}

/** An atomic chip for an entity. */
export function createChip(entity: Entity): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.contentEditable = 'false';
  chip.setAttribute('part', 'composer-tag');
  chip.dataset['entityId'] = entity.id;
  if (entity.icon) {
    const icon = document.createElement('span');
    icon.className = 'chip-icon';
    render(renderIcon(entity.icon), icon);
    chip.append(icon);
  }
  const label = document.createElement('span');
  label.textContent = `@${entity.title}`;
  chip.append(label);
  chipEntities.set(chip, entity);
  return chip;
}

function chipEntity(chip: HTMLElement): Entity {
  // A chip the browser re-created (undo) keeps its data attribute and text, not our map entry.
  return chipEntities.get(chip) ?? { id: chip.dataset['entityId'] ?? '', title: (chip.textContent ?? '').replace(/^@/, '') };
}

const BLOCKS = new Set(['DIV', 'P', 'LI']);

/** The editor's content as segments: text (with `\n` for line breaks) and tags. */
export function readSegments(editor: HTMLElement): ComposerSegment[] {
  const out: ComposerSegment[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = out.at(-1);
    if (last?.kind === 'text') last.text += text;
    else out.push({ kind: 'text', text });
  };
  const endsWithNewline = () => {
    const last = out.at(-1);
    return !last || (last.kind === 'text' && last.text.endsWith('\n'));
  };
  const walk = (parent: Node) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) pushText((node as Text).data.replace(/\u00a0/g, ' '));
      else if (isChip(node)) out.push({ kind: 'tag', entity: chipEntity(node) });
      else if (node.nodeName === 'BR') {
        // The browser keeps a lone trailing <br> as a placeholder; it is not a line the user typed.
        if (node.nextSibling || parent !== editor) pushText('\n');
      } else if (node instanceof HTMLElement && BLOCKS.has(node.nodeName)) {
        if (!endsWithNewline()) pushText('\n');
        walk(node);
      } else if (node instanceof HTMLElement) {
        walk(node);
      }
    }
  };
  walk(editor);
  return out;
}

/** Replaces the editor's content. */
export function writeSegments(editor: HTMLElement, segments: readonly ComposerSegment[]): void {
  const nodes: Node[] = [];
  segments.forEach((segment, index) => {
    if (segment.kind === 'text') {
      nodes.push(document.createTextNode(segment.text));
      return;
    }
    nodes.push(createChip(segment.entity));
    // A chip is followed by a space to type after, unless the text after it has one.
    const next = segments[index + 1];
    if (next?.kind !== 'text' || !/^\s/.test(next.text)) nodes.push(document.createTextNode(' '));
  });
  editor.replaceChildren(...nodes);
}

export function isEditorEmpty(editor: HTMLElement): boolean {
  return readSegments(editor).every((segment) => segment.kind === 'text' && segment.text.trim() === '');
}

/** The caret (collapsed selection) if it is inside `editor`, read through the shadow root. */
export function caretIn(editor: HTMLElement): { node: Node; offset: number } | null {
  const root = editor.getRootNode();
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  let range: StaticRange | Range | undefined;
  if (root instanceof ShadowRoot) {
    const composed = (selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
    if (typeof composed === 'function') range = composed.call(selection, { shadowRoots: [root] })[0];
    else range = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.()?.getRangeAt(0);
  } else {
    range = selection.getRangeAt(0);
  }
  if (!range || !range.collapsed || !editor.contains(range.startContainer)) return null;
  return { node: range.startContainer, offset: range.startOffset };
}

/** Puts the caret at a position (also focuses the editor when asked). */
export function placeCaret(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function placeCaretAtEnd(editor: HTMLElement): void {
  const last = editor.lastChild;
  if (last && last.nodeType === Node.TEXT_NODE) placeCaret(last, (last as Text).data.length);
  else placeCaret(editor, editor.childNodes.length);
}

/** Text before the caret in the caret's text node (mentions never span a chip or a line). */
export function textBeforeCaret(editor: HTMLElement): { node: Text; offset: number; text: string } | null {
  const caret = caretIn(editor);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE || caret.node.parentNode !== editor) return null;
  const node = caret.node as Text;
  return { node, offset: caret.offset, text: node.data.slice(0, caret.offset) };
}

/** Replaces `node.data[start, end)` with a chip and a space, and puts the caret after the space. */
export function insertChip(node: Text, start: number, end: number, entity: Entity): HTMLElement {
  const chip = createChip(entity);
  const tail = node.splitText(start);
  tail.deleteData(0, end - start);
  // One space after the chip, unless the text after it already starts with one.
  if (!/^[ \u00a0]/.test(tail.data)) tail.insertData(0, ' ');
  node.parentNode!.insertBefore(chip, tail);
  placeCaret(tail, 1);
  return chip;
}

/** Inserts plain text at the caret (or at the end when the caret is elsewhere). */
export function insertTextAtCaret(editor: HTMLElement, text: string): void {
  const caret = caretIn(editor);
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    (caret.node as Text).insertData(caret.offset, text);
    placeCaret(caret.node, caret.offset + text.length);
    return;
  }
  const node = document.createTextNode(text);
  if (caret && caret.node === editor) editor.insertBefore(node, editor.childNodes[caret.offset] ?? null);
  else editor.append(node);
  placeCaret(node, text.length);
}
