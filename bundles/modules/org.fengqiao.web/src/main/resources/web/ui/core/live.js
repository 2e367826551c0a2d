// The live event stream (/api/v1/events, Server-Sent Events): pages register what they care about and refresh
// themselves when it changes, without a reload. The stream carries ids and states only, never post text.
const listeners = new Set();
let source = null;

export function connect() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/v1/events?names=none');
  const deliver = (e) => {
    let data;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    listeners.forEach((fn) => fn(data));
  };
  // unnamed events (names=none): every kind, the core's and the modules', arrives here
  source.onmessage = deliver;
  source.addEventListener('error', () => {}); // EventSource reconnects by itself
}

/** Calls fn(event) for every event; returns the function that stops it. */
export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Calls fn(event) for events about one ticket. */
export function onTicket(id, fn) {
  return subscribe((e) => {
    if (String(e.ticketId) === String(id)) fn(e);
  });
}
