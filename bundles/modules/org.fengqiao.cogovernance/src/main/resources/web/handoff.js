// One hand-off in a team's queue, with the receiver's answers.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, dateTime, unitName, language } from '/ui/core/i18n.js';

/** A role's name in the page's language. */
export function roleLabel(role) {
  return language() === 'en' ? (role.labelEn || role.label) : role.label;
}

export function handoffItem(h, team, actions = {}) {
  const roleName = (code) => { const r = team.roles.find((x) => x.role === code); return r ? roleLabel(r) : code; };
  return html`<li class="ticket-row" data-handoff=${h.id} data-state=${h.state}>
    <a href="#/ticket/${h.ticketId}"><span class="title">${h.ticketTitle}</span></a>
    <span class="meta"><span class="state">${t(`cog.state.${h.state}`)}</span>
      ${h.overdue ? html`<span class="overdue">${t('ticket.overdue')}</span>` : nothing}
      · ${t('cog.from', { from: `${h.from?.name ?? ''} (${roleName(h.fromRole)})`, to: h.toRole ? roleName(h.toRole) : unitName(h.toUnit) })}
      · ${t('cog.acceptBy', { at: dateTime(h.acceptBy) })}</span>
    <p class="step-body">${h.reason}</p>
    ${h.answer ? html`<p class="step-body">${h.answer}</p>` : nothing}
    ${Object.keys(actions).length ? html`<div class="actions">${Object.entries(actions).map(([name, run]) => html`
      <button type="button" data-action=${name} @click=${() => run(h)}>${t(`cog.${name}`)}</button>`)}</div>` : nothing}
  </li>`;
}
