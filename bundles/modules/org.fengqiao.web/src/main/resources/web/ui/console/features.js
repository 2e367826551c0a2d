import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t } from '../core/i18n.js';
import { formError } from '../core/forms.js';
import { loading, failure } from '../core/widgets.js';

// The city's boards and modules as Karaf features: install or uninstall one while the platform runs.
// Uninstalling keeps every stored row; installing again brings them back.
export default function featuresPage(ctx) {
  let features = [];
  let error = null;
  let busy = '';
  let notice = '';
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('features.title')}</h1><p>${t('features.lead')}</p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    ${formError(error)}
    ${['board', 'linkage', 'module'].map((kind) => html`<h2>${t(`features.kind.${kind}`)}</h2>
      <table class="grid"><thead><tr><th scope="col">${t('features.name')}</th><th scope="col">${t('features.description')}</th>
        <th scope="col">${t('features.state')}</th><th scope="col"><span class="sr">${t('features.change')}</span></th></tr></thead>
      <tbody>${features.filter((f) => f.kind === kind).map((f) => html`<tr data-feature=${f.name}>
        <td><code>${f.name}</code></td><td>${f.description}</td>
        <td>${f.installed ? t('features.installed') : t('features.notInstalled')}</td>
        <td>${f.installed ? (f.removable ? html`<button type="button" data-action="uninstall" ?disabled=${!!busy}
              @click=${() => change(f, 'uninstall')}>${t('features.uninstall')}</button>` : t('features.protected'))
          : html`<button type="button" data-action="install" ?disabled=${!!busy} @click=${() => change(f, 'install')}>${t('features.install')}</button>`}
          ${busy === f.name ? html`<span role="status">${t('features.working')}</span>` : nothing}</td>
      </tr>`)}</tbody></table>`)}
  </section>`);
  async function change(feature, action) {
    busy = feature.name;
    error = null;
    notice = '';
    draw();
    try {
      await api.post(`/admin/features/${encodeURIComponent(feature.name)}/${action}`);
      notice = t(`features.done.${action}`, { name: feature.name });
    } catch (err) {
      error = err;
    }
    busy = '';
    await load();
  }
  const load = async () => {
    features = await api.get('/admin/features');
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
}
