import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, unitName } from '../core/i18n.js';
import { loading, failure } from '../core/widgets.js';

export default function staffPage(ctx) {
  const q = ctx.query.q || '';
  ctx.render(loading());
  api.get(`/staff${api.query({ q, size: 50 })}`).then((people) => ctx.render(html`<section class="panel">
    <h1>${t('staff.title')}</h1>
    <form role="search" class="row" @submit=${(e) => { e.preventDefault(); ctx.navigate('staff', { q: new FormData(e.target).get('q') }); }}>
      <label for="staff-search">${t('staff.search')}</label>
      <input id="staff-search" name="q" type="search" .value=${q}>
      <button type="submit">${t('staff.find')}</button>
    </form>
    ${people.length === 0 ? html`<p class="empty">${t('list.empty')}</p>` : html`<table class="grid">
      <caption class="sr">${t('staff.title')}</caption>
      <thead><tr><th scope="col">${t('staff.name')}</th><th scope="col">${t('staff.number')}</th><th scope="col">${t('staff.jobTitle')}</th>
        <th scope="col">${t('staff.unit')}</th><th scope="col">${t('staff.phone')}</th></tr></thead>
      <tbody>${people.map((p) => html`<tr><td>${p.fullName}</td><td>${p.staffNumber}</td><td>${p.title || ''}</td>
        <td>${unitName(p.unit)}</td><td>${p.publicPhone || ''}</td></tr>`)}</tbody></table>`}
  </section>`)).catch((e) => ctx.render(failure(e)));
}
