/**
 * Id and timestamp sources. Ids carry chatkit-python's prefixes (`thr_`, `msg_`, `tc_`, ...);
 * timestamps are naive ISO 8601 in local time, the shape the Python server sends.
 */

export type StoreItemType = 'thread' | 'message' | 'tool_call' | 'task' | 'workflow' | 'attachment' | 'sdk_hidden_context';

export const ID_PREFIXES: Record<StoreItemType, string> = {
  thread: 'thr',
  message: 'msg',
  tool_call: 'tc',
  workflow: 'wf',
  task: 'tsk',
  attachment: 'atc',
  sdk_hidden_context: 'shcx',
};

export type IdGenerator = (type: StoreItemType) => string;

/** `msg_3f9a0c12`: 8 random hex digits, as chatkit-python's default_generate_id. */
export const randomIds: IdGenerator = (type) => {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${ID_PREFIXES[type]}_${hex}`;
};

/** `thr_0001`, `msg_0002`, ...: one counter for every kind, for tests and scripted demos. */
export function sequentialIds(start = 1, width = 4): IdGenerator {
  let next = start;
  return (type) => `${ID_PREFIXES[type]}_${String(next++).padStart(width, '0')}`;
}

/** Returns the current time as the wire timestamp. */
export type Clock = () => string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats like Python's naive `datetime.isoformat()` (fraction only when non-zero). */
export function formatTimestamp(date: Date): string {
  const base =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const ms = date.getMilliseconds();
  return ms === 0 ? base : `${base}.${pad(ms * 1000, 6)}`;
}

export const systemClock: Clock = () => formatTimestamp(new Date());

/** A clock that starts at `start` and ticks `stepMs` on every reading (first reading = start + step). */
export function steppingClock(start: Date, stepMs = 1000): Clock {
  let t = start.getTime();
  return () => {
    t += stepMs;
    return formatTimestamp(new Date(t));
  };
}
