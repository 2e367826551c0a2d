// The dispatcher's screen (12345 and the police's own dispatchers): a post, the departments the classifier
// suggests with its reasons, dispatch with a note; the post's tasks, and those that came back to be closed.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, label } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure, ticketList } from '/ui/core/widgets.js';
import { taskItem } from './task.js';

export default function dispatchPage(ctx) {
  return ctx.params.id ? dispatchOne(ctx, ctx.params.id) : chooser(ctx);
}

function chooser(ctx) {
  ctx.render(loading());
  Promise.all([api.get('/me/queue?scope=unit&size=50'), api.get('/dispatches/queue?scope=dispatcher')])
    .then(([queue, returned]) => {
      const close = (action, field) => async (task) => {
        const reason = field ? window.prompt(t(field)) : null;
        if (field && !reason) return;
        await api.post(`/dispatches/${task.id}/${action}`, { version: task.version, ...(field ? { reason } : {}) })
          .catch((e) => window.alert(e.message));
        ctx.refresh();
      };
      ctx.render(html`<section class="panel">
        <h1>${t('linkage.dispatchTitle')}</h1>
        ${returned.length ? html`<h2>${t('linkage.returned')}</h2><ul class="tickets">${returned.map((task) => taskItem(task,
          task.state === 'answered' ? { complete: close('complete'), sendBack: close('send-back', 'linkage.sendBackReason') } : {}))}</ul>` : nothing}
        <h2>${t('linkage.choose')}</h2>
        ${ticketList(queue.items, t('queue.empty'), (ticket) => `#/dispatch/${ticket.id}`)}
      </section>`);
    })
    .catch((e) => ctx.render(failure(e)));
}

function dispatchOne(ctx, id) {
  const view = { error: null, draw: () => draw() };
  let ticket = null;
  let suggestions = [];
  let linkages = [];
  let tasks = [];
  let notice = '';
  let chosen = '';
  const draw = () => ctx.render(html`<section class="panel">
    <p class="crumbs"><a href="#/dispatch">${t('linkage.dispatchMenu')}</a> › #${id}</p>
    <h1 class="ticket-title">${ticket.title}</h1>
    <div class="ticket-body">${ticket.body}</div>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    <h2>${t('linkage.suggestions')}</h2>
    ${suggestions.length === 0 ? html`<p class="empty">${t('linkage.noSuggestion')}</p>` : html`<ul class="tickets">
      ${suggestions.map((s) => html`<li class="ticket-row" data-suggestion=${`${s.linkage}/${s.category}`}>
        <span class="title">${label(s.linkageName)} · ${label(s.categoryName)}</span><span class="meta">${s.reason}</span>
        <div class="actions"><button type="button" @click=${() => { chosen = `${s.linkage}/${s.category}`; draw(); document.getElementById('f-target').focus(); }}>${t('linkage.send')}</button></div>
      </li>`)}</ul>`}
    <form novalidate @submit=${send}>
      ${control({ name: 'target', labelText: t('linkage.department'), kind: 'select', required: true, error: view.error, value: chosen,
        options: linkages.flatMap((l) => l.categories.map((c) => ({ value: `${l.id}/${c.code}`, text: `${label(l.name)} · ${label(c.name)}` }))) })}
      ${control({ name: 'note', labelText: t('linkage.note'), kind: 'textarea', error: view.error })}
      ${formError(view.error, ['target', 'note', 'linkage', 'category'])}
      <button type="submit" class="primary">${t('linkage.dispatchButton')}</button>
    </form>
    <h2>${t('linkage.tasks')}</h2>
    ${tasks.length ? html`<ul class="tickets">${tasks.map((task) => taskItem(task))}</ul>` : html`<p class="empty">${t('linkage.noTasks')}</p>`}
  </section>`);
  const send = submitter(view, async (d) => {
    const [linkage, category] = String(d.get('target') || '/').split('/');
    await api.post('/dispatches', { ticketId: Number(id), linkage, category, note: d.get('note') || undefined });
    notice = t('linkage.dispatched');
    tasks = await api.get(`/dispatches?ticket=${id}`);
  });
  ctx.render(loading());
  Promise.all([api.get(`/tickets/${id}`), api.get(`/dispatches/suggestions?ticket=${id}`), api.get('/linkages'),
    api.get(`/dispatches?ticket=${id}`)])
    .then(([v, s, l, d]) => {
      ticket = v.ticket;
      suggestions = s;
      linkages = l;
      tasks = d;
      chosen = s[0] ? `${s[0].linkage}/${s[0].category}` : '';
      draw();
    })
    .catch((e) => ctx.render(failure(e)));
}
