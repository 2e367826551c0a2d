// The console: a community's five-in-one team — members, the hand-offs between them, meetings and figures.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, dateTime, unitName, language, fromLocalInput } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';
import * as live from '/ui/core/live.js';
import { handoffItem, roleLabel } from './handoff.js';

function flatten(units, out = []) {
  for (const u of units || []) {
    out.push(u);
    flatten(u.children, out);
  }
  return out;
}

export default function teamPage(ctx) {
  let community = ctx.query.community || '';
  const view = { error: null, draw: () => draw() };
  let units = [];
  let team = null;
  let queue = null;
  let meetings = [];
  let figures = null;
  let notice = '';
  let answering = null; // {handoff, action}

  const load = async () => {
    const tree = await api.get('/units').then((u) => (Array.isArray(u) ? u : [u]));
    const all = flatten(tree);
    const communities = all.filter((u) => u.kind === 'community');
    units = communities.length ? communities : all; // teams belong to communities
    if (!community) {
      // the staff member's own community, or the first community below their unit
      const own = all.find((u) => u.code === api.account()?.staff?.unit?.code);
      community = (own && flatten([own]).find((u) => u.kind === 'community'))?.code || units[0]?.code || '';
    }
    const teams = community ? await api.get(`/teams?community=${encodeURIComponent(community)}`).catch(() => []) : [];
    team = teams[0] || null;
    if (team) {
      [queue, meetings, figures] = await Promise.all([api.get(`/teams/${team.id}/queue`).catch(() => null),
        api.get(`/teams/${team.id}/meetings`).catch(() => []), api.get(`/teams/${team.id}/figures`).catch(() => null)]);
    }
    draw();
  };
  const start = (action) => (handoff) => {
    answering = { handoff, action };
    view.error = null;
    draw();
  };
  const accept = async (h) => {
    await api.post(`/handoffs/${h.id}/accept`, { version: h.version }).catch((e) => { view.error = e; });
    await load();
  };
  const answer = submitter(view, async (d) => {
    const { handoff, action } = answering;
    await api.post(`/handoffs/${handoff.id}/${action}`, action === 'decline'
      ? { version: handoff.version, reason: d.get('text') } : { version: handoff.version, note: d.get('text') });
    answering = null;
    await load();
  });
  const handOff = submitter(view, async (d, form) => {
    await api.post('/handoffs', { ticketId: Number(d.get('ticketId')), teamId: team.id, toRole: d.get('toRole'),
      reason: d.get('reason') });
    notice = t('cog.handedOffNotice');
    form.reset();
    await load();
  });
  const convene = submitter(view, async (d) => {
    const meeting = await api.post('/meetings', { teamId: team.id, kind: d.get('kind'), title: d.get('title'),
      startsAt: fromLocalInput(d.get('startsAt')), place: d.get('place') || undefined,
      onlineLink: d.get('onlineLink') || undefined });
    ctx.navigate(`meetings/${meeting.id}`);
  });
  const queueList = (name, items, actionsFor) => html`<h3>${t(`cog.${name}`)} (${items.length})</h3>
    ${items.length ? html`<ul class="tickets">${items.map((h) => handoffItem(h, team, actionsFor(h)))}</ul>` : html`<p class="empty">${t('cog.none')}</p>`}`;
  const receiverActions = (h) => (h.state === 'pending' ? { accept, decline: start('decline') }
    : h.state === 'accepted' ? { done: start('done') } : {});

  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('cog.title')}</h1>
    <form class="row" @submit=${(e) => { e.preventDefault(); ctx.navigate('team', { community: new FormData(e.target).get('community') }); }}>
      <label class="inline" for="cog-community">${t('cog.community')}</label>
      <select id="cog-community" name="community">${units.map((u) => html`<option value=${u.code} ?selected=${u.code === community}>${unitName(u)}</option>`)}</select>
      <button type="submit">${t('cog.show')}</button>
    </form>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    ${!team ? html`<p class="empty">${t('cog.noTeam')}</p>` : html`
      <h2>${team.name}</h2>
      <h3>${t('cog.roles')}</h3>
      <dl class="facts">${team.roles.map((r) => html`<dt>${roleLabel(r)}</dt>
        <dd data-role=${r.role}>${r.member ? r.member.name : t('cog.vacant')}${r.contact ? ` · ${r.contact}` : ''}
          ${r.substitutes.length ? html`<span class="meta"> ${t('cog.substitutes', { names: r.substitutes.map((s) => s.name).join('、') })}</span>` : nothing}</dd>`)}</dl>
      ${figures ? html`<p data-figures>${t('cog.figuresLine', { made: figures.handoffs.made, done: figures.handoffs.done,
        overdue: figures.handoffs.overdue, held: figures.meetings.held, actions: figures.actions.made, actionsDone: figures.actions.done })}</p>` : nothing}
      ${answering ? html`<form class="subform" novalidate @submit=${answer}>
        ${control({ name: 'text', path: answering.action === 'decline' ? 'reason' : 'note', kind: 'textarea', required: true, error: view.error,
          labelText: t(answering.action === 'decline' ? 'cog.declineReason' : 'cog.doneNote') })}
        ${formError(view.error, ['reason', 'note'])}
        <button type="submit" class="primary">${t(`cog.${answering.action}`)}</button>
        <button type="button" @click=${() => { answering = null; draw(); }}>${t('form.cancel')}</button></form>`
    : (view.error ? formError(view.error, ['ticketId', 'toRole', 'reason', 'kind', 'title', 'startsAt']) : nothing)}
      ${queue ? html`<h2>${t('cog.queue')}</h2>
        ${queueList('held', queue.held, receiverActions)}
        ${queueList('returned', queue.returned, () => ({}))}
        ${queueList('overdue', queue.overdue, () => ({}))}
        ${queueList('handedOff', queue.handedOff, () => ({}))}
        <h3>${t('cog.handoff')}</h3>
        <form novalidate @submit=${handOff}>
          ${control({ name: 'ticketId', labelText: t('cog.ticketId'), kind: 'number', required: true, error: view.error })}
          ${control({ name: 'toRole', labelText: t('cog.toRole'), kind: 'select', required: true, error: view.error,
            options: team.roles.map((r) => ({ value: r.role, text: `${roleLabel(r)}${r.member ? ` · ${r.member.name}` : ''}` })) })}
          ${control({ name: 'reason', labelText: t('cog.reason'), kind: 'textarea', required: true, error: view.error })}
          <button type="submit" class="primary">${t('cog.handoffButton')}</button>
        </form>` : nothing}
      <h2>${t('cog.meetings')}</h2>
      <ul class="tickets">${meetings.map((m) => html`<li class="ticket-row" data-meeting=${m.id}>
        <a href="#/meetings/${m.id}"><span class="title">${m.title}</span></a>
        <span class="meta">${m.kindLabel ?? m.kind} · ${t(`cog.state.${m.state}`)} · ${dateTime(m.startsAt)}${m.place ? ` · ${m.place}` : ''}</span></li>`)}</ul>
      <h3>${t('cog.newMeeting')}</h3>
      <form novalidate @submit=${convene}>
        ${control({ name: 'kind', labelText: t('cog.kind'), kind: 'select', required: true, error: view.error,
          options: (team.meetingKinds || []).map((k) => ({ value: k.code, text: language() === 'en' ? k.labelEn : k.label })) })}
        ${control({ name: 'title', labelText: t('cog.meetingTitle'), required: true, error: view.error })}
        ${control({ name: 'startsAt', labelText: t('cog.startsAt'), kind: 'datetime-local', required: true, error: view.error })}
        ${control({ name: 'place', labelText: t('cog.place'), error: view.error })}
        ${control({ name: 'onlineLink', labelText: t('cog.onlineLink'), error: view.error })}
        <button type="submit" class="primary">${t('cog.convene')}</button>
      </form>`}
  </section>`);
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
  return live.subscribe(() => { if (!answering) load().catch(() => {}); });
}
