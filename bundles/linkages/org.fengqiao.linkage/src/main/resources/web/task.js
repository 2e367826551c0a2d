// One department task, with what the caller may do next; shared by the dispatch screen and the department queue.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, label, unitName, dateTime } from '/ui/core/i18n.js';

/** actions: {name: handler}; a handler gets the task. */
export function taskItem(task, actions = {}) {
  return html`<li class="ticket-row" data-dispatch=${task.id} data-state=${task.state}>
    <span class="title">${label(task.linkageName)} · ${label(task.categoryName)}</span>
    <span class="meta"><span class="state">${t(`linkage.state.${task.state}`)}</span>
      ${task.overdue ? html`<span class="overdue">${t('linkage.overdue')}</span>` : nothing}
      · <a href="#/ticket/${task.ticketId}">${t('linkage.ticket')} #${task.ticketId}</a>
      · ${unitName(task.department)} · ${t('linkage.due', { at: dateTime(task.due) })}</span>
    ${task.note ? html`<p class="step-body">${task.note}</p>` : nothing}
    ${task.feedback ? html`<p class="step-body">${t('linkage.feedbackShown', { text: task.feedback })}</p>` : nothing}
    ${task.returnReason ? html`<p class="step-body">${task.returnReason}</p>` : nothing}
    ${Object.keys(actions).length ? html`<div class="actions">${Object.entries(actions).map(([name, run]) => html`
      <button type="button" data-action=${name} @click=${() => run(task)}>${t(`linkage.${name}`)}</button>`)}</div>` : nothing}
  </li>`;
}
