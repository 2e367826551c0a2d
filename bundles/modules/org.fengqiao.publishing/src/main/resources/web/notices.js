import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, date } from '/ui/core/i18n.js';
import { loading, failure } from '/ui/core/widgets.js';

export const KINDS = ['notice', 'policy', 'law_popularisation', 'crime_warning', 'wanted_notice', 'call_for_clues'];

export default function noticesPage(ctx) {
  const kind = ctx.query.kind || '';
  ctx.render(loading());
  api.get(`/articles${api.query({ kind, size: 50 })}`).then((articles) => ctx.render(html`<section class="panel">
    <h1>${t('publishing.menu')}</h1>
    <div class="row"><label class="inline" for="kind-filter">${t('publishing.kind')}</label>
      <select id="kind-filter" @change=${(e) => ctx.navigate('notices', { kind: e.target.value })}>
        <option value="">${t('publishing.allKinds')}</option>
        ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${t(`publishing.kind.${k}`)}</option>`)}
      </select></div>
    <ul class="tickets">${articles.map((a) => html`<li class="ticket-row" data-article=${a.id}>
      <a href="#/notices/${a.id}"><span class="title">${a.title}</span></a>
      <span class="meta">${t(`publishing.kind.${a.kind}`)} · ${a.authorName} · ${date(a.publishedAt)}</span></li>`)}</ul>
  </section>`)).catch((e) => ctx.render(failure(e)));
}
