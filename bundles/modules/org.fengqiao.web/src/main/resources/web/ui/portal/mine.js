import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t } from '../core/i18n.js';
import { requireSignIn } from '../core/signin.js';
import { loading, failure, ticketList, pager } from '../core/widgets.js';
import * as live from '../core/live.js';

export default function minePage(ctx) {
  if (!api.account()) {
    requireSignIn(ctx);
    return;
  }
  const page = Number(ctx.query.page || 0);
  let result = null;
  const load = async () => {
    result = await api.get(`/me/tickets${api.query({ page, size: 20 })}`);
    ctx.render(html`<section class="panel"><h1>${t('mine.title')}</h1>
      ${ticketList(result.items, t('mine.empty'))}
      ${pager(result, (p) => ctx.navigate('mine', { page: p }))}</section>`);
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe((e) => {
    if (result?.items.some((ticket) => String(ticket.id) === String(e.ticketId))) load().catch(() => {});
  });
}
