// The demo chat pages: demo/index.html around <ck-chat id="chat"> (its composer, history and
// actions; the options are in chat-app.mjs) and demo/cdn.html around <ck-thread id="thread"> with a
// small composer of its own. Both get the pattern buttons, the page log of ck-action / ck-effect /
// ck-error, the metro map that client effects light up, the theme toggle, and the page's client
// action handlers (cat-lounge): the chat's events reach the page the same way (bubbling, composed).
// A classic script (no imports), so the static CDN page can use it as is.
//   ?pace=<ms>  streaming pace of the scripted server (0: as fast as possible)
//   ?run=all    send every pattern's prompt in turn (or ?run=metro-map,news-guide)
(() => {
  'use strict';

  /** The six patterns; each prompt is what the scripted server (demo/server) answers with it. */
  const PATTERNS = [
    { id: 'metro-map', title: 'Metro map', prompt: 'Show me the metro lines' },
    { id: 'cat-lounge', title: 'Cat lounge', prompt: 'Help me name my cat' },
    { id: 'news-guide', title: 'News guide', prompt: "What's in the news today?" },
    { id: 'task-approval', title: 'Task approval', prompt: 'Draft a task for approval' },
    { id: 'deploy-check', title: 'Streamed tool widget', prompt: 'Run the deploy check tool' },
    { id: 'error-retry', title: 'Error and retry', prompt: 'Show an error mid-stream, then retry' },
  ];
  const MORE_NAMES_PROMPT = 'More cat name ideas, please';

  const METRO = [
    { id: 'red', name: 'Red line', color: '#e5484d', points: [[20, 40], [90, 40], [140, 90], [260, 90]] },
    { id: 'blue', name: 'Blue line', color: '#3e63dd', points: [[40, 150], [110, 150], [140, 90], [170, 30], [260, 30]] },
    { id: 'green', name: 'Green line', color: '#30a46c', points: [[20, 110], [80, 110], [140, 90], [200, 150], [260, 150]] },
    { id: 'yellow', name: 'Yellow line', color: '#f5a524', points: [[200, 60], [200, 120], [240, 120]] },
  ];

  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  // <ck-chat> on the main page, <ck-thread> on the static one; the page-side composer only with the thread.
  const thread = $('chat') ?? $('thread');
  const isChat = thread.localName === 'ck-chat';
  const input = $('composer-input');
  const sendButton = $('send');
  const status = $('composer-status');
  const log = $('log');
  let busy = false;
  let entries = 0;

  // ---- theme: <html data-theme> is the one source; the thread follows it -----------------------
  const root = document.documentElement;
  const toggle = $('theme-toggle');
  const stored = (() => {
    try {
      return localStorage.getItem('ck-demo-theme');
    } catch {
      return null;
    }
  })();
  if (!root.hasAttribute('data-theme')) {
    const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
  }
  const applyTheme = () => {
    const theme = root.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
    thread.setAttribute('theme', theme);
    toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  new MutationObserver(applyTheme).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  applyTheme();
  toggle.addEventListener('click', () => {
    const next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem('ck-demo-theme', next);
    } catch {}
  });

  // ---- the endpoint pace (the static page's cdn.js sets its own api) ---------------------------
  const pace = params.get('pace');
  if (pace !== null && thread.getAttribute('endpoint')) {
    thread.setAttribute('endpoint', `${thread.getAttribute('endpoint').split('?')[0]}?pace=${encodeURIComponent(pace)}`);
  }

  // ---- page log: every string in it comes from the server, so it is set as text only -----------
  function addLog(kind, name, data) {
    const li = document.createElement('li');
    li.dataset.kind = kind;
    const label = document.createElement('span');
    label.className = 'kind';
    label.textContent = kind;
    const title = document.createElement('span');
    title.className = 'name';
    title.textContent = name;
    li.append(label, title);
    if (data !== undefined) {
      const detail = document.createElement('span');
      detail.className = 'data';
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      detail.textContent = text.length > 300 ? `${text.slice(0, 300)}…` : text;
      li.append(detail);
    }
    log.append(li);
    entries += 1;
    while (log.children.length > 200) log.firstElementChild.remove();
    log.scrollTop = log.scrollHeight;
  }
  $('clear-log').addEventListener('click', () => log.replaceChildren());

  // ---- the metro map (client effects select a line) -------------------------------------------
  const SVG = 'http://www.w3.org/2000/svg';
  const map = document.createElementNS(SVG, 'svg');
  map.setAttribute('viewBox', '0 0 280 180');
  map.setAttribute('class', 'metro-map');
  map.setAttribute('role', 'img');
  map.setAttribute('aria-label', 'Harbor City metro: red, blue, green and yellow lines');
  for (const line of METRO) {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', 'line');
    group.dataset.line = line.id;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', line.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' '));
    path.setAttribute('stroke', line.color);
    group.append(path);
    for (const [x, y] of line.points) {
      const stop = document.createElementNS(SVG, 'circle');
      stop.setAttribute('cx', x);
      stop.setAttribute('cy', y);
      stop.setAttribute('r', 5);
      stop.setAttribute('stroke', line.color);
      group.append(stop);
    }
    map.append(group);
  }
  $('metro-map').append(map);

  function selectLine(lineId) {
    const line = METRO.find((candidate) => candidate.id === lineId);
    map.classList.toggle('has-selection', Boolean(line));
    for (const group of map.querySelectorAll('.line')) group.classList.toggle('selected', group.dataset.line === lineId);
    $('map-caption').textContent = line ? `${line.name} selected: pick where the new station goes.` : '';
  }

  // ---- sending ----------------------------------------------------------------------------------
  function setBusy(value) {
    busy = value;
    if (sendButton) sendButton.disabled = value;
    for (const button of document.querySelectorAll('.pattern')) button.disabled = value;
    // <ck-chat> says it itself (its stop button, the thread's progress line).
    if (status && !isChat) status.textContent = value ? 'The assistant is responding…' : '';
  }

  async function send(text) {
    if (busy || !text.trim()) return 'failed';
    await customElements.whenDefined(thread.localName);
    if ($('empty-state')) $('empty-state').hidden = true;
    return isChat ? thread.sendUserMessage({ text: text.trim() }) : thread.sendUserMessage(text.trim());
  }

  const patterns = $('patterns');
  PATTERNS.forEach((pattern, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pattern';
    button.dataset.pattern = pattern.id;
    const title = document.createElement('span');
    title.className = 'title';
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = String(index + 1);
    title.append(number, pattern.title);
    const prompt = document.createElement('span');
    prompt.className = 'prompt';
    prompt.textContent = `“${pattern.prompt}”`;
    button.append(title, prompt);
    button.addEventListener('click', () => void send(pattern.prompt));
    patterns.append(button);
  });

  $('composer')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (busy || !text.trim()) return;
    input.value = '';
    void send(text);
  });

  $('new-chat')?.addEventListener('click', async () => {
    await customElements.whenDefined('ck-thread');
    thread.stop();
    await thread.setThreadId(null);
    $('empty-state').hidden = false;
    $('thread-title').textContent = 'New chat';
    $('thread-id').textContent = '';
    selectLine(null);
    input.focus();
  });

  // ---- what the thread tells the page -------------------------------------------------------------
  thread.addEventListener('ck-action', (event) => {
    const { action, itemId } = event.detail;
    addLog('action', action.type, action.payload ?? {});
    if (action.type === 'cats.pick_name') {
      // A client action: the page does its part, then forwards it so the server can answer.
      event.preventDefault();
      const name = action.payload && typeof action.payload.name === 'string' ? action.payload.name : '';
      if (status) status.textContent = `Page handler: picked “${name}”, forwarding to the server with sendCustomAction…`;
      void thread.sendCustomAction(action, itemId);
    } else if (action.type === 'cats.more_names') {
      // Another client action: the page answers it with a follow-up user message.
      event.preventDefault();
      void send(MORE_NAMES_PROMPT);
    }
  });

  thread.addEventListener('ck-effect', (event) => {
    const { name, data } = event.detail;
    addLog('effect', name, data);
    if (name === 'location_select_mode' && data && typeof data.lineId === 'string') selectLine(data.lineId);
  });

  thread.addEventListener('ck-error', (event) => addLog('error', event.detail.kind, event.detail.message));
  thread.addEventListener('ck-response-start', (event) => {
    setBusy(true);
    addLog('response', event.detail.request);
  });
  thread.addEventListener('ck-response-end', (event) => {
    setBusy(false);
    addLog('response', `${event.detail.request} → ${event.detail.outcome}`);
  });
  thread.addEventListener('ck-thread-change', (event) => {
    if (isChat && !event.detail.threadId) selectLine(null);
    if ($('thread-id')) $('thread-id').textContent = event.detail.threadId ?? '';
    if (event.detail.threadId && $('empty-state')) $('empty-state').hidden = true;
  });

  // The thread title comes with thread.updated; the element keeps the last state (<ck-chat> shows it in its header).
  function showTitle() {
    const state = isChat ? thread.thread && thread.thread.state : thread.state;
    const title = state && state.thread && state.thread.title;
    if (typeof title === 'string' && title && $('thread-title')) $('thread-title').textContent = title;
  }
  thread.addEventListener('ck-response-end', showTitle);

  // Keep the newest message in view while the user is at the bottom of the page.
  let followBottom = true;
  addEventListener('scroll', () => {
    followBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 120;
  }, { passive: true });
  // (<ck-chat> scrolls inside itself and follows the reply on its own.)
  if (!isChat) {
    new ResizeObserver(() => {
      if (followBottom && entries > 0 && !params.has('run')) scrollTo({ top: document.documentElement.scrollHeight });
    }).observe(thread);
  }

  // ---- ?run=all: play the patterns one after the other (screenshots, quick tours) ----------------
  async function runAll() {
    const wanted = params.get('run') === 'all' ? PATTERNS.map((p) => p.id) : params.get('run').split(',');
    for (const id of wanted) {
      const pattern = PATTERNS.find((candidate) => candidate.id === id);
      if (pattern) await send(pattern.prompt);
    }
    document.body.dataset.ran = 'true';
  }
  if (params.has('run')) customElements.whenDefined(thread.localName).then(runAll);

  window.demoPage = { send, patterns: PATTERNS, selectLine, addLog };
})();
