// A ticket as everyone sees it: the official statement first, the post, its fields, deadlines and timeline.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, label, unitName, dateTime } from './i18n.js';
import { fieldsOf } from './boards.js';
import { showValue } from './forms.js';
import { person, stateBadge, timeline, deadlines } from './widgets.js';

export function ticketView(view, board) {
  const ticket = view.ticket;
  const fields = fieldsOf(board, ticket.category);
  const category = board?.categories.find((c) => c.code === ticket.category);
  return html`<article class="ticket" data-ticket=${ticket.id} data-state=${ticket.state} data-version=${ticket.version}>
    ${ticket.statement ? html`<aside class="statement" aria-label=${t('ticket.statement')}>
      <strong>${t('ticket.statement')}</strong><p>${ticket.statement.body ?? ticket.statement}</p></aside>` : nothing}
    <h1 class="ticket-title">${ticket.hidden ? t('ticket.hiddenTitle') : ticket.title}</h1>
    <p class="meta">${stateBadge(ticket.state)}
      ${ticket.overdue ? html`<span class="overdue">${t('ticket.overdue')}</span>` : nothing}
      ${ticket.emergency ? html`<span class="emergency">${t('ticket.emergency')}</span>` : nothing}
      · ${label(board?.name) || ticket.boardId} / ${label(category?.name) || ticket.category}
      · ${person(ticket.author)} · <time datetime=${ticket.createdAt}>${dateTime(ticket.createdAt)}</time></p>
    ${ticket.hidden ? html`<p class="note">${t('ticket.hiddenBecause', { reason: ticket.hidden.reason })}</p>` : html`
      <div class="ticket-body">${ticket.body}</div>
      ${Object.keys(ticket.fields || {}).length ? html`<dl class="facts">${Object.entries(ticket.fields).map(([code, value]) => {
        const field = fields.find((f) => f.code === code);
        return html`<dt>${field ? label(field.label) : code}</dt><dd data-field=${code}>${showValue(field, value)}</dd>`;
      })}</dl>` : nothing}`}
    <dl class="facts">
      ${ticket.unit ? html`<dt>${t('ticket.unit')}</dt><dd>${unitName(ticket.unit)}</dd>` : nothing}
      ${ticket.addressee ? html`<dt>${t('ticket.addressee')}</dt><dd>${person(ticket.addressee)}</dd>` : nothing}
      ${ticket.assignee ? html`<dt>${t('ticket.assignee')}</dt><dd>${person(ticket.assignee)}</dd>` : nothing}
      ${ticket.rating ? html`<dt>${t('ticket.rating')}</dt><dd>${'★'.repeat(ticket.rating.score)}${ticket.rating.comment ? ` ${ticket.rating.comment}` : ''}</dd>` : nothing}
      ${ticket.rejectReason ? html`<dt>${t('ticket.rejectReason')}</dt><dd>${ticket.rejectReason}</dd>` : nothing}
      ${ticket.contact ? html`<dt>${t('ticket.contact')}</dt><dd>${[ticket.contact.name, ticket.contact.phone, ticket.contact.email].filter(Boolean).join(' · ')}</dd>` : nothing}
    </dl>
    ${deadlines(ticket)}
    <h2>${t('ticket.timeline')}</h2>
    ${timeline(view.timeline)}
  </article>`;
}
