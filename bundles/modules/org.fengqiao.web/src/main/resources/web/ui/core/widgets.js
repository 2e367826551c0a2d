// Pieces shown on many pages: people with their real names, units and badges; states; ticket rows; a timeline;
// paging. All user text goes through lit-html bindings, so it is always text, never markup.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, label, unitName, dateTime, duration } from './i18n.js';
import { errorText } from './forms.js';

export function person(p) {
  if (!p) return nothing;
  return html`<span class="person">${p.name}${p.staff ? html`<span class="badge-staff">${p.badge ? ` ${p.badge}` : ''}
    ${p.title ? ` · ${p.title}` : ''}${p.unit ? ` · ${unitName(p.unit)}` : ''}</span>` : nothing}</span>`;
}

export function stateBadge(state) {
  return html`<span class="state state-${state}" data-state=${state}>${t(`state.${state}`)}</span>`;
}

export function ticketRow(ticket, href = `#/ticket/${ticket.id}`) {
  const title = ticket.hidden ? t('ticket.hiddenTitle') : ticket.title;
  return html`<li class="ticket-row" data-ticket=${ticket.id}>
    <a href=${href}><span class="title">${title}</span></a>
    <span class="meta">${stateBadge(ticket.state)} ${ticket.overdue ? html`<span class="overdue">${t('ticket.overdue')}</span>` : nothing}
      ${ticket.emergency ? html`<span class="emergency">${t('ticket.emergency')}</span>` : nothing}
      · ${person(ticket.author)} · <time datetime=${ticket.createdAt}>${dateTime(ticket.createdAt)}</time>
      ${ticket.unit ? html` · ${unitName(ticket.unit)}` : nothing}</span>
  </li>`;
}

export function ticketList(items, empty = t('list.empty'), href) {
  if (!items || items.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ul class="tickets">${items.map((ticket) => ticketRow(ticket, href ? href(ticket) : undefined))}</ul>`;
}

export function timeline(steps) {
  return html`<ol class="timeline" aria-label=${t('ticket.timeline')}>${steps.map((s) => html`
    <li class="step step-${s.kind.replace('.', '-')}" data-kind=${s.kind}>
      <div class="step-head"><strong>${label(s.label) || s.kind}</strong>
        ${s.toState && s.fromState !== s.toState ? html` → ${stateBadge(s.toState)}` : nothing}
        · ${person(s.actor)} · <time datetime=${s.at}>${dateTime(s.at)}</time></div>
      ${s.body ? html`<p class="step-body">${s.body}</p>` : nothing}
    </li>`)}</ol>`;
}

/** Previous/next for a page of {items, page, size, total, totalExact}. */
export function pager(result, go) {
  if (!result) return nothing;
  const last = result.totalExact ? Math.max(0, Math.ceil(result.total / result.size) - 1) : result.page + 1;
  return html`<nav class="pager" aria-label=${t('list.pages')}>
    <button type="button" ?disabled=${result.page === 0} @click=${() => go(result.page - 1)}>${t('list.previous')}</button>
    <span>${t('list.pageOf', { page: result.page + 1, total: result.totalExact ? result.total : `${result.total}+` })}</span>
    <button type="button" ?disabled=${result.page >= last || result.items.length < result.size}
      @click=${() => go(result.page + 1)}>${t('list.next')}</button>
  </nav>`;
}

export function loading() {
  return html`<p class="loading" role="status">${t('page.loading')}</p>`;
}

/** A page that could not be shown: why, in the user's language where the API's code is known. */
export function failure(error) {
  const title = error?.status === 403 ? t('page.forbidden') : error?.status === 404 ? t('page.notFound')
    : t('page.failed');
  return html`<section class="panel"><h1>${title}</h1>
    <p class="form-error" role="alert">${errorText(error)}</p></section>`;
}

export function deadlines(ticket) {
  const d = ticket.deadlines || {};
  return html`<dl class="facts">
    ${d.firstResponseDue ? html`<dt>${t('ticket.firstResponseDue')}</dt><dd>${dateTime(d.firstResponseDue)}</dd>` : nothing}
    ${d.resolutionDue ? html`<dt>${t('ticket.resolutionDue')}</dt><dd>${dateTime(d.resolutionDue)}</dd>` : nothing}
    ${ticket.responseSeconds != null ? html`<dt>${t('ticket.responseTime')}</dt><dd>${duration(ticket.responseSeconds)}</dd>` : nothing}
    ${d.escalationLevel ? html`<dt>${t('ticket.escalation')}</dt><dd>${d.escalationLevel}</dd>` : nothing}
  </dl>`;
}
