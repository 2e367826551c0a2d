import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, dateTime } from '../core/i18n.js';
import { loading, failure } from '../core/widgets.js';

export default function flagsPage(ctx) {
  ctx.render(loading());
  api.get('/flags').then((flags) => ctx.render(html`<section class="panel">
    <h1>${t('flags.title')}</h1>
    ${flags.length === 0 ? html`<p class="empty">${t('list.empty')}</p>` : html`<ul class="tickets">${flags.map((f) => html`
      <li class="ticket-row"><a href="#/ticket/${f.ticketId}">#${f.ticketId}</a>
        <span class="meta">${f.reason} · <time datetime=${f.createdAt}>${dateTime(f.createdAt)}</time></span></li>`)}</ul>`}
  </section>`)).catch((e) => ctx.render(failure(e)));
}
