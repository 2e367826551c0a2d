import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, dateTime } from '../core/i18n.js';
import { control, formError, submitter } from '../core/forms.js';
import { loading, failure } from '../core/widgets.js';

export default function apiKeysPage(ctx) {
  let keys = [];
  const view = { error: null, draw: () => draw() };
  let secret = null;
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('keys.title')}</h1>
    ${secret ? html`<div class="notice" role="status"><p>${t('keys.secretOnce')}</p><code class="secret">${secret}</code></div>` : nothing}
    <form novalidate @submit=${create}>
      ${control({ name: 'name', labelText: t('keys.name'), required: true, error: view.error })}
      ${control({ name: 'clientName', labelText: t('keys.client'), required: true, error: view.error })}
      ${control({ name: 'purpose', labelText: t('keys.purpose'), kind: 'select', required: true, error: view.error,
        options: [{ value: 'open311', text: 'Open311' }, { value: 'hotline', text: t('keys.hotline') }] })}
      ${formError(view.error, ['name', 'clientName', 'purpose'])}
      <button type="submit" class="primary">${t('keys.create')}</button>
    </form>
    <table class="grid"><thead><tr><th scope="col">${t('keys.name')}</th><th scope="col">${t('keys.client')}</th>
      <th scope="col">${t('keys.purpose')}</th><th scope="col">${t('keys.created')}</th><th scope="col"><span class="sr">${t('keys.revoke')}</span></th></tr></thead>
      <tbody>${keys.map((k) => html`<tr><td>${k.name}</td><td>${k.clientName}</td><td>${k.purpose}</td>
        <td>${dateTime(k.createdAt)}</td><td>${k.revokedAt ? t('keys.revoked')
          : html`<button type="button" @click=${() => revoke(k)}>${t('keys.revoke')}</button>`}</td></tr>`)}</tbody></table>
  </section>`);
  const create = submitter(view, async (d) => {
    const issued = await api.post('/admin/api-keys', { name: d.get('name'), clientName: d.get('clientName'), purpose: d.get('purpose') });
    secret = issued.secret;
    keys = await api.get('/admin/api-keys');
  });
  async function revoke(k) {
    await api.post(`/admin/api-keys/${k.id}/revoke`).catch((err) => { view.error = err; });
    await load();
  }
  const load = async () => {
    keys = await api.get('/admin/api-keys');
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
}
