import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t } from '../core/i18n.js';
import { loading, failure, ticketList, pager } from '../core/widgets.js';
import * as live from '../core/live.js';

export default function queuePage(ctx) {
  const scope = ctx.query.scope === 'unit' ? 'unit' : 'mine';
  const page = Number(ctx.query.page || 0);
  let result = null;
  const load = async () => {
    result = await api.get(`/me/queue${api.query({ scope, page, size: 20 })}`);
    ctx.render(html`<section class="panel">
      <h1>${t('queue.title')}</h1>
      <div class="tabs" role="tablist">
        <a role="tab" href="#/?scope=mine" aria-selected=${scope === 'mine'}>${t('queue.mine')}</a>
        <a role="tab" href="#/?scope=unit" aria-selected=${scope === 'unit'}>${t('queue.unit')}</a>
      </div>
      <p>${t('queue.total', { n: result.totalExact ? result.total : `${result.total}+` })}</p>
      ${ticketList(result.items, t('queue.empty'))}
      ${pager(result, (p) => ctx.navigate('', { scope, page: p }))}
    </section>`);
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe(() => load().catch(() => {}));
}
