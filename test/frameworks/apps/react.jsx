import 'chatkit-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { firstWidget } from '../widgets.js';

let setWidgetFromOutside;

// React 19 sets `widget` as a property (the element has one) and `onck-action` adds a
// `ck-action` listener: the text after `on` is used as the event name verbatim.
function App({ actions }) {
  const [widget, setWidget] = useState(firstWidget);
  setWidgetFromOutside = setWidget;
  return <ck-widget widget={widget} onck-action={(event) => actions.push(event.detail.action.type)} />;
}

export function start(host) {
  const actions = [];
  const root = createRoot(host);
  flushSync(() => root.render(<App actions={actions} />));
  return { actions, replace: (widget) => flushSync(() => setWidgetFromOutside(widget)), unmount: () => root.unmount() };
}
