// The in-app inbox: news of the posts one follows, updated live as their events arrive.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, dateTime } from '/ui/core/i18n.js';
import { requireSignIn } from '/ui/core/signin.js';
import { loading, failure, pager } from '/ui/core/widgets.js';
import * as live from '/ui/core/live.js';

export default function inboxPage(ctx) {
  if (!api.account()) {
    requireSignIn(ctx);
    return undefined;
  }
  const page = Number(ctx.query.page || 0);
  let inbox = null;
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('notifications.title')}</h1>
    <div class="row"><span data-unread=${inbox.unread}>${t('notifications.unread', { n: inbox.unread })}</span>
      ${inbox.unread ? html`<button type="button" @click=${readAll}>${t('notifications.readAll')}</button>` : nothing}</div>
    ${inbox.items.length === 0 ? html`<p class="empty">${t('notifications.empty')}</p>` : html`<ul class="tickets">
      ${inbox.items.map((n) => html`<li class="ticket-row ${n.readAt ? 'read' : 'unread'}" data-notification=${n.id}>
        <span class="title">${n.readAt ? '' : '● '}${n.message}</span>
        <span class="meta"><time datetime=${n.at}>${dateTime(n.at)}</time>
          · <a href="#/ticket/${n.ticketId}" @click=${() => read(n)}>${t('notifications.open')}</a>
          ${n.readAt ? nothing : html` · <button type="button" class="link" @click=${() => read(n)}>${t('notifications.read')}</button>`}</span>
      </li>`)}</ul>`}
    ${pager({ ...inbox, total: inbox.items.length + page * inbox.size, totalExact: inbox.items.length < inbox.size },
      (p) => ctx.navigate('notifications', { page: p }))}
  </section>`);
  const load = async () => {
    inbox = await api.get(`/me/notifications${api.query({ page, size: 20 })}`);
    draw();
  };
  async function read(n) {
    if (!n.readAt) await api.post(`/me/notifications/${n.id}/read`).catch(() => {});
    await load();
  }
  async function readAll() {
    await api.post('/me/notifications/read-all');
    await load();
  }
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  // a notification is written when an event is delivered: read the inbox again shortly after each event
  let timer = null;
  const stop = live.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => load().catch(() => {}), 400);
  });
  return () => {
    stop();
    clearTimeout(timer);
  };
}
