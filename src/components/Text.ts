import { html, nothing } from 'lit';
import type { ComponentDescriptor, RenderContext } from '../catalog.js';
import type { TextComponent } from '../schema/index.js';
import { cssSize } from '../style/css-values.js';
import { limitText, textStyle, textStyles } from './text-style.js';
import { inlineStyle } from './box-style.js';
import { leaf } from './leaf.js';
import { controlStyles, focusOnce } from './control-style.js';

const SIZES = new Set(['xs', 'sm', 'md', 'lg', 'xl']);

function editableText(node: TextComponent, editable: Exclude<TextComponent['editable'], false | undefined>, ctx: RenderContext) {
  return html`<input class="control variant-outline size-md text-input" type="text" part="input"
    name=${editable.name} .defaultValue=${node.value}
    placeholder=${editable.placeholder ?? nothing} pattern=${editable.pattern ?? nothing}
    autocomplete=${editable.autoComplete ?? 'off'} ?required=${editable.required === true}
    aria-label=${editable.placeholder ?? editable.name}
    data-lpignore=${editable.allowAutofillExtensions ? nothing : 'true'}
    @focus=${editable.autoSelect ? (event: Event) => (event.currentTarget as HTMLInputElement).select() : nothing}
    ${editable.autoFocus && ctx.mayTakeFocus() ? focusOnce() : nothing} />`;
}

export const Text: ComponentDescriptor<TextComponent> = {
  render(node, ctx) {
    if (node.editable) return editableText(node, node.editable, ctx);
    const { style, classes } = textStyle(node);
    style.width = cssSize(node.width);
    if (node.italic) style['font-style'] = 'italic';
    if (node.lineThrough) style['text-decoration'] = 'line-through';
    if (typeof node.minLines === 'number' && node.minLines > 0 && node.minLines <= 100) style['min-height'] = `${node.minLines * 1.5}em`;
    const size = node.size && SIZES.has(node.size) ? node.size : 'md';
    const { text, cut } = limitText(node.value, ctx.limits.maxTextLength);
    const className = `text size-${size}${classes}${node.streaming ? ' streaming-caret' : ''}`;
    if (!cut && typeof text === 'string') return leaf({ tag: 'p', className, style, text });
    // One child part: the note for cut text joins the text only when there is one.
    return html`<p class=${className} style=${inlineStyle(style)}>${cut
      ? [text, html`<span class="text-cut" data-ck-error> … ${cut.toLocaleString('en')} more characters not shown</span>`]
      : text}</p>`;
  },
  styles: [textStyles, controlStyles],
};
