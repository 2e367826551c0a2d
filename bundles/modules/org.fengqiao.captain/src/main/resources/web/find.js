// The portal: anyone finds the captain of a building by its address, and a signed-in citizen writes to them.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, unitName } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';

export default function findCaptain(ctx) {
  const address = ctx.query.address || '';
  const view = { error: null, draw: () => draw() };
  let captains = [];
  let asking = null;
  let notice = '';
  const ask = submitter(view, async (d) => {
    const ticket = await api.post(`/captains/${asking}/requests`, { title: d.get('title'), body: d.get('body'), fields: {} });
    notice = t('captain.sent');
    asking = null;
    ctx.navigate(`ticket/${ticket.id}`);
  });
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('captain.findTitle')}</h1>
    <form role="search" class="row" @submit=${(e) => { e.preventDefault(); ctx.navigate('captains', { address: new FormData(e.target).get('address') }); }}>
      <label for="captain-address">${t('captain.address')}</label>
      <input id="captain-address" name="address" type="search" .value=${address}>
      <button type="submit" class="primary">${t('captain.find')}</button>
    </form>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    ${address && captains.length === 0 ? html`<p class="empty">${t('captain.none')}</p>` : nothing}
    <ul class="tickets">${captains.map((c) => html`<li class="ticket-row" data-captain=${c.id}>
      <span class="title">${c.name} · ${c.title || ''}</span>
      <span class="meta">${unitName(c.unit)}${c.phone ? html` · ${t('captain.phone')} <a href="tel:${c.phone}">${c.phone}</a>` : nothing}
        ${c.qrCodeUrl ? html` · <a href=${c.qrCodeUrl} rel="noopener noreferrer">${t('captain.qr')}</a>` : nothing}</span>
      <span class="meta">${t('captain.buildings')}: ${c.buildings.map((b) => b.name).join('；')}</span>
      ${api.account() ? (asking === c.id ? html`<form class="subform" novalidate @submit=${ask}>
        ${control({ name: 'title', labelText: t('captain.askTitle'), required: true, error: view.error, maxLength: 200 })}
        ${control({ name: 'body', labelText: t('captain.askBody'), kind: 'textarea', required: true, error: view.error })}
        ${formError(view.error, ['title', 'body'])}
        <button type="submit" class="primary">${t('captain.send')}</button></form>`
    : html`<div class="actions"><button type="button" @click=${() => { asking = c.id; view.error = null; draw(); }}>${t('captain.ask')}</button></div>`)
    : html`<p><a href="#/login">${t('captain.signInToAsk')}</a></p>`}
    </li>`)}</ul>
  </section>`);
  if (!address) {
    draw();
    return;
  }
  ctx.render(loading());
  api.get(`/captains${api.query({ address })}`).then((list) => { captains = list; draw(); })
    .catch((e) => ctx.render(failure(e)));
}
