// Pattern 2, cat-lounge: suggestions whose buttons are client actions. The page handles them
// (`ck-action`): a name is logged on the page and forwarded to the server with sendCustomAction;
// "More ideas" makes the page send a follow-up user message, and the server answers with the next
// round (counted from its hidden notes).
import { payloadString } from '../script.mjs';

const ROUNDS = [
  ['Biscuit', 'Miso', 'Pepper', 'Noodle'],
  ['Clementine', 'Tofu', 'Sprocket', 'Juniper'],
  ['Pixel', 'Marmalade', 'Ziggy', 'Olive'],
];

/** The cat-lounge card: the cat's picture beside `heading` (a Title and a Caption), `aside` after it, then `body`. */
function catCard(heading, aside, body) {
  return {
    type: 'Card',
    size: 'md',
    status: { text: 'Cat lounge', icon: 'sparkle' },
    children: [
      {
        type: 'Row',
        gap: 3,
        align: 'center',
        children: [
          { type: 'Image', src: 'img/cat.svg', alt: 'A drawing of a ginger cat', size: 48, radius: 'full' },
          { type: 'Col', gap: 0, children: heading },
          ...aside,
        ],
      },
      ...body,
    ],
  };
}

export function nameIdeas(round) {
  const names = ROUNDS[round % ROUNDS.length];
  return catCard(
    [
      { type: 'Title', value: 'Name ideas for your cat', size: 'sm' },
      { type: 'Caption', value: `Round ${round + 1} · tap a name to pick it` },
    ],
    [],
    [
      {
        type: 'Row',
        gap: 2,
        wrap: 'wrap',
        children: names.map((name) => ({
          type: 'Button',
          key: name,
          label: name,
          variant: 'soft',
          color: 'discovery',
          pill: true,
          onClickAction: { type: 'cats.pick_name', handler: 'client', payload: { name } },
        })),
      },
      { type: 'Divider', spacing: 2 },
      {
        type: 'Row',
        children: [
          { type: 'Caption', value: 'None of these?' },
          { type: 'Spacer' },
          {
            type: 'Button',
            label: 'More ideas',
            iconStart: 'reload',
            variant: 'ghost',
            size: 'sm',
            onClickAction: { type: 'cats.more_names', handler: 'client', payload: { round: round + 1 } },
          },
        ],
      },
    ],
  );
}

function namedCard(name) {
  return catCard(
    [
      { type: 'Caption', value: 'Your cat is now called' },
      { type: 'Title', value: name, size: 'lg' },
    ],
    [{ type: 'Spacer' }, { type: 'Badge', label: 'Named', color: 'success', pill: true }],
    [],
  );
}

async function* offerNames(script, thread, context, intro) {
  const round = (await script.notes(thread, context)).filter((content) => content?.kind === 'cat_names_offered').length;
  yield* script.say(thread, context, intro);
  yield script.remember(thread, context, { kind: 'cat_names_offered', round, names: ROUNDS[round % ROUNDS.length] });
  yield script.widget(thread, context, nameIdeas(round), `Name ideas: ${ROUNDS[round % ROUNDS.length].join(', ')}`);
}

export const catLounge = {
  id: 'cat-lounge',
  title: 'Cat lounge',
  prompt: 'Help me name my cat',
  routes: [
    {
      match: /\bmore\b.*\b(names?|ideas?)\b/,
      priority: 1,
      respond: (script, thread, _input, context) => offerNames(script, thread, context, 'Here is another round of names:'),
    },
    {
      match: /\bcats?\b|\bkitten\b|\bname\b/,
      priority: 3,
      respond: (script, thread, _input, context) =>
        offerNames(script, thread, context, 'A new cat! Here are a few names. Tap one you like, or ask for more ideas.'),
    },
  ],
  actions: {
    // Sent by the page's client handler with sendCustomAction after it did its own work.
    async *'cats.pick_name'(script, thread, action, sender, context) {
      const name = payloadString(action.payload, 'name', 40);
      if (!name || !sender) throw new script.kit.CustomStreamError('Pick a name from the list.', false);
      yield script.replace(sender, namedCard(name));
      yield script.remember(thread, context, { kind: 'cat_named', name });
      thread.title = `Cat lounge: ${name}`;
      yield* script.say(thread, context, `Welcome home, **${name}**! I noted the name, and the page already got it through its client handler.`);
      yield script.kit.clientEffect('cat_named', { name });
    },
  },
};
