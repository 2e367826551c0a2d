// The console: early-warning alerts of the captains' records, for the police of the precinct.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, dateTime } from '/ui/core/i18n.js';
import { loading, failure } from '/ui/core/widgets.js';
import * as live from '/ui/core/live.js';

export default function alertsPage(ctx) {
  const open = ctx.query.open !== 'false';
  let alerts = [];
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('captain.alertsTitle')}</h1>
    <label class="check"><input type="checkbox" ?checked=${open} @change=${(e) => ctx.navigate('alerts', { open: String(e.target.checked) })}> ${t('captain.openOnly')}</label>
    ${alerts.length === 0 ? html`<p class="empty">${t('list.empty')}</p>` : html`<ul class="tickets">${alerts.map((a) => html`
      <li class="ticket-row" data-alert=${a.id}><span class="title">${a.message}</span>
        <span class="meta">${t('captain.rule')}: ${a.rule} · ${a.captain?.name ?? a.captain ?? ''} · <time datetime=${a.raisedAt}>${dateTime(a.raisedAt)}</time>
          ${a.ticketId ? html` · <a href="#/ticket/${a.ticketId}">#${a.ticketId}</a>` : nothing}</span>
        ${a.acknowledgedAt ? html`<span class="meta">${t('captain.acked', { name: a.acknowledgedBy?.name ?? a.acknowledgedBy ?? '' })}</span>`
          : html`<div class="actions"><button type="button" @click=${() => ack(a)}>${t('captain.ack')}</button></div>`}
      </li>`)}</ul>`}
  </section>`);
  async function ack(a) {
    await api.post(`/alerts/${a.id}/ack`).catch(() => {});
    await load();
  }
  const load = async () => {
    const page = await api.get(`/alerts${api.query({ open: open ? 'true' : undefined, size: 50 })}`);
    alerts = page.items ?? page;
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe(() => load().catch(() => {}));
}
