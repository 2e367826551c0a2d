import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, dateTime } from '../core/i18n.js';
import { board as loadBoard } from '../core/boards.js';
import { control, formError } from '../core/forms.js';
import { ticketView } from '../core/ticketview.js';
import { loading, failure } from '../core/widgets.js';
import * as live from '../core/live.js';

// what a handler may do in each state (docs/architecture.md); the server decides who
const ACTIONS = {
  submitted: ['accept', 'reject'],
  reopened: ['accept', 'reject'],
  accepted: ['assign', 'start', 'resolve', 'reject'],
  assigned: ['assign', 'start', 'resolve'],
  in_progress: ['assign', 'resolve'],
};
const NEEDS_FORM = ['assign', 'reject', 'reply', 'hide', 'statement', 'instruction', 'supervise'];

export default function handlePage(ctx) {
  const id = ctx.params.id;
  let view = null;
  let board = null;
  let error = null;
  let notice = '';
  let open = '';
  let colleagues = [];
  let instructions = [];

  const load = async () => {
    view = await api.get(`/tickets/${encodeURIComponent(id)}`);
    board = board || await loadBoard(view.ticket.boardId);
    instructions = await api.get(`/tickets/${encodeURIComponent(id)}/instructions`).catch(() => []);
    draw();
  };
  const run = (fn, done) => async (e) => {
    e?.preventDefault?.();
    error = null;
    try {
      await fn(e ? new FormData(e.target.closest?.('form') || undefined) : null);
      notice = t(done);
      open = '';
      await load();
    } catch (err) {
      error = err;
      draw();
    }
  };
  const transition = (action, extra = {}) => api.post(`/tickets/${id}/transitions`,
    { action, version: view.ticket.version, ...extra });

  const openForm = async (name) => {
    open = name;
    error = null;
    if (name === 'assign' && view.ticket.unit) {
      colleagues = await api.get(`/staff${api.query({ unit: view.ticket.unit.code, size: 100 })}`).catch(() => []);
    }
    draw();
  };

  const draw = () => {
    const state = view.ticket.state;
    const actions = ACTIONS[state] || [];
    const isOpen = !['closed', 'rejected'].includes(state);
    ctx.render(html`<section class="panel">
      <p class="crumbs"><a href="#/">${t('nav.queue')}</a> › #${id}</p>
      ${ticketView(view, board)}
      ${instructions.length ? html`<h2>${t('handle.instructions')}</h2><ul class="tickets">${instructions.map((i) => html`
        <li class="ticket-row" data-instruction=${i.id}><span class="title">${i.body}</span>
          <span class="meta">${dateTime(i.createdAt)} · ${i.acknowledgedAt ? t('handle.acknowledged', { at: dateTime(i.acknowledgedAt) })
            : html`<button type="button" data-action="acknowledge" @click=${run(() => api.post(`/tickets/${id}/instructions/${i.id}/acknowledge`), 'done.acknowledge')}>${t('action.acknowledge')}</button>`}</span>
        </li>`)}</ul>` : nothing}
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
      <div class="actions" role="group" aria-label=${t('handle.actions')}>
        ${actions.map((a) => (NEEDS_FORM.includes(a)
    ? html`<button type="button" data-action=${a} @click=${() => openForm(a)}>${t(`action.${a}`)}</button>`
    : html`<button type="button" data-action=${a} @click=${run(() => transition(a), `done.${a}`)}>${t(`action.${a}`)}</button>`))}
        ${isOpen ? html`<button type="button" data-action="reply" @click=${() => openForm('reply')}>${t('action.reply')}</button>` : nothing}
        <button type="button" data-action="statement" @click=${() => openForm('statement')}>${t('action.statement')}</button>
        ${api.hasRole('leader') ? html`<button type="button" data-action="supervise" @click=${() => openForm('supervise')}>${t('action.supervise')}</button>
          <button type="button" data-action="instruction" @click=${() => openForm('instruction')}>${t('action.instruction')}</button>` : nothing}
        ${!view.ticket.hidden ? html`<button type="button" data-action="hide" @click=${() => openForm('hide')}>${t('action.hide')}</button>` : nothing}
        <button type="button" data-action="follow" @click=${run(() => api.post(`/tickets/${id}/follow`), 'done.follow')}>${t('action.follow')}</button>
      </div>
      ${open ? form() : (error ? formError(error) : nothing)}
    </section>`);
  };

  const form = () => {
    const textForm = (name, path, fieldLabel, submit, required = true) => html`<form class="subform" novalidate @submit=${submit}>
      ${control({ name, labelText: fieldLabel, kind: 'textarea', required, error, path })}
      ${formError(error, [path])}
      <button type="submit" class="primary">${t(`action.${open}`)}</button>
      <button type="button" @click=${() => { open = ''; error = null; draw(); }}>${t('form.cancel')}</button></form>`;
    switch (open) {
      case 'reply':
        return textForm('body', 'body', t('handle.replyText'), run((d) => api.post(`/tickets/${id}/replies`, { body: d.get('body') }), 'done.reply'));
      case 'reject':
        return textForm('reason', 'reason', t('handle.rejectReason'), run((d) => transition('reject', { reason: d.get('reason') }), 'done.reject'));
      case 'hide':
        return textForm('reason', 'reason', t('handle.hideReason'), run((d) => api.post(`/tickets/${id}/hide`, { reason: d.get('reason') }), 'done.hide'));
      case 'statement':
        return textForm('body', 'body', t('handle.statementText'), run((d) => api.post(`/tickets/${id}/statement`, { body: d.get('body') }), 'done.statement'));
      case 'supervise':
        return textForm('note', 'note', t('handle.superviseNote'), run((d) => api.post(`/tickets/${id}/supervise`, { note: d.get('note') || undefined }), 'done.supervise'), false);
      case 'instruction':
        return textForm('body', 'body', t('handle.instructionText'), run((d) => api.post(`/tickets/${id}/instructions`, { body: d.get('body') }), 'done.instruction'));
      case 'assign':
        return html`<form class="subform" novalidate @submit=${run((d) => transition('assign', { assigneeId: Number(d.get('assigneeId')) }), 'done.assign')}>
          ${control({ name: 'assigneeId', labelText: t('handle.assignee'), kind: 'select', required: true, error,
            options: colleagues.map((c) => ({ value: c.id, text: `${c.fullName} · ${c.staffNumber}${c.title ? ` · ${c.title}` : ''}` })) })}
          ${formError(error, ['assigneeId'])}
          <button type="submit" class="primary">${t('action.assign')}</button>
          <button type="button" @click=${() => { open = ''; draw(); }}>${t('form.cancel')}</button></form>`;
      default:
        return nothing;
    }
  };

  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.onTicket(id, () => load().catch(() => {}));
}
