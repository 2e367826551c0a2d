// The portal: what the Open311 server offers other systems — its endpoint and the services (one per board category).
import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t } from '/ui/core/i18n.js';
import { loading, failure } from '/ui/core/widgets.js';

export default function open311Page(ctx) {
  ctx.render(loading());
  const base = `${window.location.origin}/open311/v2`;
  api.request('GET', '/services.json', undefined, { base: '/open311/v2' }).then((services) => ctx.render(html`<section class="panel">
    <h1>${t('open311.title')}</h1>
    <p>${t('open311.lead')}</p>
    <dl class="facts"><dt>${t('open311.endpoint')}</dt><dd><code>${base}</code></dd>
      <dt>${t('open311.discovery')}</dt><dd><a href="/open311/v2/discovery.json">discovery.json</a> · <a href="/open311/v2/discovery.xml">discovery.xml</a></dd></dl>
    <h2>${t('open311.services', { n: services.length })}</h2>
    <table class="grid"><thead><tr><th scope="col">${t('open311.code')}</th><th scope="col">${t('open311.name')}</th>
      <th scope="col">${t('open311.group')}</th><th scope="col">${t('open311.type')}</th></tr></thead>
      <tbody>${services.map((s) => html`<tr><td><code>${s.service_code}</code></td><td>${s.service_name}</td>
        <td>${s.group}</td><td>${s.type}</td></tr>`)}</tbody></table>
  </section>`)).catch((e) => ctx.render(failure(e)));
}
