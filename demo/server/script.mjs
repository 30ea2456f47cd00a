// What the patterns script their answers with: paced text streaming, widgets from `.widget`
// templates, hidden context notes and in-place replacements, all on top of the server kit helpers.

/**
 * @param {object} kit the server kit module
 * @param {object} server the DemoServer (for itemBase and its store)
 * @param {Map<string, { build(data: unknown, options?: object): object }>} templates compiled `.widget` files
 */
export function createScript(kit, server, templates) {
  const pause = (context, factor = 1) => {
    const ms = (context?.pace ?? 0) * factor;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  };

  /** Word-sized chunks, one pause apart, so the page shows the text arriving. */
  async function* chunks(text, context) {
    const words = text.match(/\S+\s*|\s+/g) ?? [];
    for (let i = 0; i < words.length; i += 2) {
      await pause(context);
      yield words.slice(i, i + 2).join('');
    }
  }

  return {
    kit,
    server,
    pause,

    /** A new item's id and timestamp. */
    base: (thread, context) => server.itemBase(thread, context),

    /**
     * Streams an assistant message. `sources` ({title, url}[]) become annotations, sent as
     * `annotation_added` updates after the text, as a model's citations would be.
     */
    async *say(thread, context, text, { sources = [] } = {}) {
      const base = server.itemBase(thread, context);
      const annotations = sources.map((source) => ({ type: 'annotation', source: { type: 'url', title: source.title, url: source.url }, index: text.length }));
      for await (const event of kit.streamAssistantText(base, chunks(text, context))) {
        if (annotations.length > 0 && event.type === 'thread.item.updated' && event.update.type === 'assistant_message.content_part.done') {
          for (const [index, annotation] of annotations.entries()) {
            yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: index, annotation } };
          }
          yield { ...event, update: { ...event.update, content: kit.outputText(text, annotations) } };
        } else if (annotations.length > 0 && event.type === 'thread.item.done') {
          yield kit.assistantMessage(base, [kit.outputText(text, annotations)]);
        } else {
          yield event;
        }
      }
    },

    /** Builds a `.widget` template in strict mode: the data and the widget are both checked. */
    build(name, data) {
      const template = templates.get(name);
      if (!template) throw new Error(`No template ${name}.`);
      return template.build(data, { strict: true });
    },

    /** A finished widget item. */
    widget: (thread, context, widget, copyText) => kit.widgetMessage(server.itemBase(thread, context), widget, copyText),

    /** The sender widget item with a new widget: the client swaps it in place. */
    replace: (sender, widget) => ({ type: 'thread.item.replaced', item: { ...sender, widget } }),

    /** A note for the model, stored with the thread and never sent to the client. */
    remember: (thread, context, content) => kit.hiddenContext(server.itemBase(thread, context), content),

    /** The hidden notes of a thread, newest first (what a model would read back). */
    async notes(thread, context) {
      const page = await server.store.loadThreadItems(thread.id, { limit: 200, order: 'desc' }, context);
      return page.data.filter((item) => item.type === 'hidden_context_item').map((item) => item.content);
    },
  };
}

/** A short, printable form of an untrusted payload string (or undefined when it is not one). */
export function payloadString(payload, key, maxLength = 200) {
  const value = payload !== null && typeof payload === 'object' ? payload[key] : undefined;
  return typeof value === 'string' && value.length <= maxLength ? value : undefined;
}
