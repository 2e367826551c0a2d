import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t } from '../core/i18n.js';
import { loading, failure, ticketList } from '../core/widgets.js';

export default function supervisionPage(ctx) {
  ctx.render(loading());
  api.get('/supervision/queue').then((items) => ctx.render(html`<section class="panel">
    <h1>${t('supervision.title')}</h1><p>${t('supervision.lead')}</p>
    ${ticketList(items, t('queue.empty'))}</section>`)).catch((e) => ctx.render(failure(e)));
}
