// The portal's front page: the latest notices and warnings.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, date } from '/ui/core/i18n.js';

export default async function latestNotices() {
  const articles = await api.get('/articles?size=5');
  if (articles.length === 0) return nothing;
  return html`<section class="panel" aria-labelledby="latest-h"><h2 id="latest-h">${t('publishing.latest')}</h2>
    <ul class="tickets">${articles.map((a) => html`<li class="ticket-row" data-article=${a.id}>
      <a href="#/notices/${a.id}"><span class="title">${a.title}</span></a>
      <span class="meta">${t(`publishing.kind.${a.kind}`)} · ${date(a.publishedAt)}</span></li>`)}</ul>
    <p><a href="#/notices">${t('publishing.all')}</a></p></section>`;
}
