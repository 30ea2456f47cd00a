// Pattern 1, metro-map: a selection list whose rows are server actions. Picking a line replaces
// the widget in place (thread.item.replaced), stores a hidden note for later turns, streams a
// reply and sends a client effect the page reacts to (it highlights the line on its map).
import { payloadString } from '../script.mjs';

export const METRO_LINES = [
  { id: 'red', name: 'Red line', color: '#e5484d', stations: 14, ends: 'Harbor ↔ Airport' },
  { id: 'blue', name: 'Blue line', color: '#3e63dd', stations: 11, ends: 'Old Town ↔ University' },
  { id: 'green', name: 'Green line', color: '#30a46c', stations: 9, ends: 'Market ↔ Botanic Garden' },
  { id: 'yellow', name: 'Yellow line', color: '#f5a524', stations: 7, ends: 'Stadium ↔ Riverside' },
];

const listData = (selected) => ({ title: 'Harbor City metro', lines: METRO_LINES, selected });

export const metroMap = {
  id: 'metro-map',
  title: 'Metro map',
  prompt: 'Show me the metro lines',
  routes: [
    {
      // "Which line did I pick?" reads the hidden note back: the client never saw it.
      match: /\b(which|what) line\b|\bline did i\b/,
      priority: 1,
      async *respond(script, thread, _input, context) {
        const note = (await script.notes(thread, context)).find((content) => content?.kind === 'line_selected');
        const line = METRO_LINES.find((candidate) => candidate.id === note?.lineId);
        yield* script.say(
          thread,
          context,
          line
            ? `You picked the **${line.name}** (${line.ends}). I remembered it from a hidden context item the server stored; your browser never received it.`
            : 'You have not picked a line yet. Ask me to show the metro lines, then tap one.',
        );
      },
    },
    {
      match: /\bmetro\b|\bsubway\b|\blines?\b|\bmap\b/,
      priority: 2,
      async *respond(script, thread, _input, context) {
        yield* script.say(thread, context, 'Here are the metro lines. Tap one and I will add the new station to it.');
        yield script.widget(thread, context, script.build('metro-lines', listData(null)), 'Metro lines: red, blue, green, yellow');
      },
    },
  ],
  actions: {
    async *'line.select'(script, thread, action, sender, context) {
      const line = METRO_LINES.find((candidate) => candidate.id === payloadString(action.payload, 'id'));
      if (!line || !sender) throw new script.kit.CustomStreamError('That line is not on the map.', false);
      await script.pause(context, 6);
      yield script.replace(sender, script.build('metro-lines', listData(line.id)));
      yield script.remember(thread, context, { kind: 'line_selected', lineId: line.id, text: `The user selected the ${line.name}.` });
      yield* script.say(thread, context, `Selected the **${line.name}**: ${line.stations} stations, ${line.ends}. Should the new station go at the start or at the end of the line?`);
      yield script.kit.clientEffect('location_select_mode', { lineId: line.id, color: line.color });
    },
  },
};
