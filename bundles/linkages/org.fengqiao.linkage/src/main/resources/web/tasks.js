// A department's queue: tasks dispatched to it and the units below it; accept, report the outcome, or send back.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';
import * as live from '/ui/core/live.js';
import { taskItem } from './task.js';

export default function departmentTasks(ctx) {
  const view = { error: null, draw: () => draw() };
  let tasks = [];
  let open = null; // {task, action}
  const start = (action) => (task) => {
    open = { task, action };
    view.error = null;
    draw();
  };
  const accept = async (task) => {
    await api.post(`/dispatches/${task.id}/accept`, { version: task.version }).catch((e) => { view.error = e; });
    await load();
  };
  const actionsFor = (task) => (task.state === 'dispatched' ? { accept, reject: start('reject') }
    : task.state === 'accepted' ? { feedback: start('feedback'), reject: start('reject') } : {});
  const submit = submitter(view, async (d) => {
    const body = open.action === 'feedback' ? { version: open.task.version, body: d.get('text') }
      : { version: open.task.version, reason: d.get('text') };
    await api.post(`/dispatches/${open.task.id}/${open.action}`, body);
    open = null;
    tasks = await api.get('/dispatches/queue?scope=department');
  });
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('linkage.tasksTitle')}</h1>
    ${open ? html`<form class="subform" novalidate @submit=${submit}>
      ${control({ name: 'text', path: open.action === 'feedback' ? 'body' : 'reason', required: true, kind: 'textarea', error: view.error,
        labelText: t(open.action === 'feedback' ? 'linkage.feedbackText' : 'linkage.rejectReason') })}
      ${formError(view.error, ['body', 'reason'])}
      <button type="submit" class="primary">${t(`linkage.${open.action}`)}</button>
      <button type="button" @click=${() => { open = null; draw(); }}>${t('form.cancel')}</button></form>`
    : (view.error ? formError(view.error) : nothing)}
    ${tasks.length ? html`<ul class="tickets">${tasks.map((task) => taskItem(task, actionsFor(task)))}</ul>`
      : html`<p class="empty">${t('queue.empty')}</p>`}
  </section>`);
  const load = async () => {
    tasks = await api.get('/dispatches/queue?scope=department');
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe(() => load().catch(() => {}));
}
