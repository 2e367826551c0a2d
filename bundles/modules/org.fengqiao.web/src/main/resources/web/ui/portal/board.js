import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, label } from '../core/i18n.js';
import { board as loadBoard } from '../core/boards.js';
import { loading, failure, ticketList, pager } from '../core/widgets.js';
import * as live from '../core/live.js';

const STATES = ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected', 'reopened'];

export default function boardPage(ctx) {
  const id = ctx.params.id;
  const state = ctx.query.state || '';
  const page = Number(ctx.query.page || 0);
  let board = null;
  let result = null;
  const draw = () => ctx.render(html`
    <section class="panel">
      <p class="crumbs"><a href="#/">${t('nav.home')}</a> › ${label(board.name)}</p>
      <h1>${label(board.name)}</h1>
      <p>${label(board.description)}</p>
      <div class="row">
        <a class="button primary" href="#/board/${id}/post">${t('board.post')}</a>
        <label class="inline" for="state-filter">${t('board.state')}</label>
        <select id="state-filter" @change=${(e) => ctx.navigate(`board/${id}`, { state: e.target.value })}>
          <option value="">${t('board.allStates')}</option>
          ${STATES.map((s) => html`<option value=${s} ?selected=${s === state}>${t(`state.${s}`)}</option>`)}
        </select>
      </div>
      ${board.visibility === 'confidential' ? html`<p class="note">${t('board.confidentialList', { n: result.total })}</p>` : nothing}
      ${ticketList(result.items)}
      ${pager(result, (p) => ctx.navigate(`board/${id}`, { state, page: p }))}
    </section>`);
  ctx.render(loading());
  const load = async () => {
    board = await loadBoard(id);
    if (!board) {
      ctx.render(html`<section class="panel"><h1>${t('board.notInstalled')}</h1><p><a href="#/">${t('nav.home')}</a></p></section>`);
      return;
    }
    result = await api.get(`/boards/${encodeURIComponent(id)}/tickets${api.query({ state, page, size: 20 })}`);
    draw();
  };
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe((e) => {
    if (e.boardId === id) load().catch(() => {});
  });
}
