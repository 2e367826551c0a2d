import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t } from '../core/i18n.js';
import { board as loadBoard } from '../core/boards.js';
import { control, formError } from '../core/forms.js';
import { ticketView } from '../core/ticketview.js';
import { loading, failure } from '../core/widgets.js';
import * as live from '../core/live.js';

const OPEN = ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'reopened'];

export default function ticketPage(ctx) {
  const id = ctx.params.id;
  let view = null;
  let board = null;
  let error = null;
  let notice = '';
  let following = false;
  let open = ''; // which form is open: reply, reopen, rate, flag

  const load = async () => {
    view = await api.get(`/tickets/${encodeURIComponent(id)}`);
    board = board || await loadBoard(view.ticket.boardId);
    draw();
  };

  const act = (fn, done) => async (e) => {
    e?.preventDefault?.();
    error = null;
    try {
      await fn(e);
      notice = done ? t(done) : '';
      open = '';
      await load();
    } catch (err) {
      error = err;
      draw();
    }
  };

  const draw = () => {
    const ticket = view.ticket;
    const me = api.account();
    const author = me && ticket.author && me.id === ticket.author.id;
    const canReply = me && OPEN.includes(ticket.state) && (author || api.isStaff() || board?.citizensMayReply);
    const resolved = ticket.state === 'resolved';
    ctx.render(html`<section class="panel">
      ${ticketView(view, board)}
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
      ${me ? html`<div class="actions">
        ${following ? html`<button type="button" data-action="unfollow" @click=${act(() => api.del(`/tickets/${id}/follow`).then(() => { following = false; }), 'ticket.unfollowed')}>${t('ticket.unfollow')}</button>`
          : html`<button type="button" data-action="follow" @click=${act(() => api.post(`/tickets/${id}/follow`).then(() => { following = true; }), 'ticket.followed')}>${t('ticket.follow')}</button>`}
        ${canReply ? html`<button type="button" data-action="reply" @click=${() => { open = 'reply'; draw(); }}>${t('ticket.reply')}</button>` : nothing}
        ${author && resolved ? html`<button type="button" data-action="confirm" @click=${act(() => transition('confirm'), 'ticket.confirmed')}>${t('ticket.confirm')}</button>
          <button type="button" data-action="reopen" @click=${() => { open = 'reopen'; draw(); }}>${t('ticket.notFixed')}</button>` : nothing}
        ${author && ticket.state === 'closed' ? html`<button type="button" data-action="reopen" @click=${() => { open = 'reopen'; draw(); }}>${t('ticket.notFixed')}</button>` : nothing}
        ${author && !ticket.rating && ['resolved', 'closed'].includes(ticket.state) ? html`<button type="button" data-action="rate" @click=${() => { open = 'rate'; draw(); }}>${t('ticket.rate')}</button>` : nothing}
        <button type="button" class="link" data-action="flag" @click=${() => { open = 'flag'; draw(); }}>${t('ticket.flag')}</button>
      </div>` : html`<p><a href="#/login" @click=${() => sessionStorage.setItem('fq.after-login', location.hash)}>${t('ticket.signInToAct')}</a></p>`}
      ${open === 'reply' ? html`<form class="subform" novalidate @submit=${act((e) => api.post(`/tickets/${id}/replies`, { body: new FormData(e.target).get('body') }), 'ticket.replied')}>
        ${control({ name: 'body', labelText: t('ticket.replyText'), kind: 'textarea', required: true, error })}
        ${formError(error, ['body'])}<button type="submit" class="primary">${t('ticket.send')}</button></form>` : nothing}
      ${open === 'reopen' ? html`<form class="subform" novalidate @submit=${act((e) => transition('reopen', new FormData(e.target).get('reason')), 'ticket.reopened')}>
        ${control({ name: 'reason', labelText: t('ticket.notFixedWhy'), kind: 'textarea', error })}
        ${formError(error, ['reason'])}<button type="submit" class="primary">${t('ticket.notFixed')}</button></form>` : nothing}
      ${open === 'rate' ? html`<form class="subform" novalidate @submit=${act((e) => {
        const d = new FormData(e.target);
        return api.post(`/tickets/${id}/rating`, { score: Number(d.get('score')), comment: d.get('comment') || undefined });
      }, 'ticket.rated')}>
        <fieldset class="field"><legend>${t('ticket.score')}</legend>${[5, 4, 3, 2, 1].map((n) => html`<label class="check">
          <input type="radio" name="score" value=${n} ?checked=${n === 5}> ${'★'.repeat(n)} <span class="sr">${n}</span></label>`)}</fieldset>
        ${control({ name: 'comment', labelText: t('ticket.comment'), kind: 'textarea', error })}
        ${formError(error, ['comment'])}<button type="submit" class="primary">${t('ticket.rate')}</button></form>` : nothing}
      ${open === 'flag' ? html`<form class="subform" novalidate @submit=${act((e) => api.post(`/tickets/${id}/flags`, { reason: new FormData(e.target).get('reason') }), 'ticket.flagged')}>
        ${control({ name: 'reason', labelText: t('ticket.flagWhy'), kind: 'textarea', required: true, error })}
        ${formError(error, ['reason'])}<button type="submit" class="primary">${t('ticket.flag')}</button></form>` : nothing}
      ${!open && error ? formError(error) : nothing}
    </section>`);
  };

  function transition(action, reason) {
    return api.post(`/tickets/${id}/transitions`, { action, version: view.ticket.version, reason: reason || undefined });
  }

  ctx.render(loading());
  load().catch((e) => ctx.render(e.status === 404 ? html`<section class="panel"><h1>${t('ticket.notFound')}</h1></section>` : failure(e)));
  return live.onTicket(id, () => load().catch(() => {}));
}
