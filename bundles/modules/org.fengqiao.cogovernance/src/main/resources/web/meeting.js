// The console: one joint meeting — invitees and attendance, the agenda from open issues, minutes, action items.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, dateTime, fromLocalInput } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';

export default function meetingPage(ctx) {
  const id = ctx.params.id;
  const view = { error: null, draw: () => draw() };
  let meeting = null;
  let candidates = null;
  let notice = '';
  const me = api.account();

  const load = async () => {
    meeting = await api.get(`/meetings/${id}`);
    candidates = meeting.state === 'planned' ? await api.get(`/meetings/${id}/candidates`).catch(() => null) : null;
    draw();
  };
  const act = (fn) => async () => {
    view.error = null;
    try {
      await fn();
    } catch (e) {
      view.error = e;
    }
    await load();
  };
  const addAgenda = (body) => act(() => api.post(`/meetings/${id}/agenda`, body));
  const addFree = submitter(view, async (d, form) => {
    await api.post(`/meetings/${id}/agenda`, { title: d.get('title') });
    form.reset();
    meeting = await api.get(`/meetings/${id}`);
  });
  const saveMinutes = submitter(view, async (d) => {
    meeting = await api.put(`/meetings/${id}/minutes`, { version: meeting.version, summary: d.get('summary'),
      items: meeting.agenda.map((a) => ({ agendaItemId: a.id, minutes: d.get(`minutes-${a.id}`) || '',
        outcome: d.get(`outcome-${a.id}`) || '', publicItem: a.publicItem })) });
    notice = t('cog.saved');
  });
  const addAction = submitter(view, async (d, form) => {
    await api.post(`/meetings/${id}/actions`, { title: d.get('title'), ownerId: Number(d.get('ownerId')),
      due: fromLocalInput(d.get('due')), agendaItemId: d.get('agendaItemId') ? Number(d.get('agendaItemId')) : undefined });
    form.reset();
    meeting = await api.get(`/meetings/${id}`);
  });
  async function calendar() {
    const response = await fetch(`/api/v1/meetings/${id}.ics`, { headers: { Authorization: `Bearer ${api.token()}` } });
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `meeting-${id}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const draw = () => {
    const mine = meeting.invitees.find((i) => i.person && me && i.person.id === me.id);
    const owners = meeting.invitees.filter((i) => i.person);
    ctx.render(html`<section class="panel" data-meeting=${meeting.id} data-state=${meeting.state}>
      <p class="crumbs"><a href="#/team?community=${meeting.community?.code ?? ''}">${t('cog.menu')}</a> › ${meeting.kindLabel ?? meeting.kind}</p>
      <h1>${meeting.title}</h1>
      <p class="meta">${t(`cog.state.${meeting.state}`)} · ${dateTime(meeting.startsAt)}${meeting.place ? ` · ${meeting.place}` : ''}
        ${meeting.onlineLink ? html` · <a href=${meeting.onlineLink} rel="noopener noreferrer">${meeting.onlineLink}</a>` : nothing}</p>
      <div class="actions"><button type="button" @click=${calendar}>${t('cog.calendar')}</button>
        ${mine && !mine.response?.startsWith('accepted') ? html`<button type="button" @click=${act(() => api.post(`/meetings/${id}/responses`, { response: 'accepted' }))}>${t('cog.confirm')}</button>` : nothing}
        ${mine && !mine.attended ? html`<button type="button" @click=${act(() => api.post(`/meetings/${id}/attendance`, {}))}>${t('cog.signIn')}</button>` : nothing}</div>
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
      ${formError(view.error, ['title', 'ownerId', 'due', 'summary'])}
      <h2>${t('cog.invitees')}</h2>
      <ul class="tickets">${meeting.invitees.map((i) => html`<li class="ticket-row" data-invitee=${i.id}>
        <span class="title">${i.name ?? i.person?.name ?? ''}${i.role ? ` · ${i.role}` : ''}</span>
        <span class="meta">${t(`cog.response.${i.response ?? 'pending'}`)}${i.attended ? html` · ${t('cog.attended')} ${dateTime(i.signedAt)}` : nothing}</span>
        ${!i.attended && meeting.state === 'planned' && i !== mine ? html`<button type="button" class="link" @click=${act(() => api.post(`/meetings/${id}/attendance`, { inviteeId: i.id }))}>${t('cog.signIn')}</button>` : nothing}
      </li>`)}</ul>
      <h2>${t('cog.agenda')}</h2>
      <ol>${meeting.agenda.map((a) => html`<li data-agenda=${a.id}>${a.title}${a.ticketId ? html` (<a href="#/ticket/${a.ticketId}">#${a.ticketId}</a>)` : nothing}
        ${a.outcome ? html`<p class="step-body">${t('cog.outcome')}: ${a.outcome}</p>` : nothing}</li>`)}</ol>
      ${candidates ? html`<h3>${t('cog.candidates')}</h3><ul class="tickets">
        ${candidates.handoffs.map((h) => html`<li class="ticket-row"><span class="title">${h.ticketTitle}</span>
          <button type="button" @click=${addAgenda({ handoffId: h.id })}>${t('cog.addAgenda')}</button></li>`)}
        ${(candidates.alerts || []).map((a) => html`<li class="ticket-row"><span class="title">${a.message}</span>
          <button type="button" @click=${addAgenda({ alertId: a.id })}>${t('cog.addAgenda')}</button></li>`)}
      </ul>
      <form class="row" novalidate @submit=${addFree}>
        <label class="inline" for="f-title-free">${t('cog.freeItem')}</label>
        <input id="f-title-free" name="title" required>
        <button type="submit">${t('cog.add')}</button></form>` : nothing}
      <h2>${t('cog.minutes')}</h2>
      <form novalidate @submit=${saveMinutes}>
        ${meeting.agenda.map((a) => html`<fieldset class="field"><legend>${a.title}</legend>
          ${control({ name: `minutes-${a.id}`, labelText: t('cog.itemMinutes'), kind: 'textarea', value: a.minutes ?? '' })}
          ${control({ name: `outcome-${a.id}`, labelText: t('cog.outcome'), value: a.outcome ?? '' })}</fieldset>`)}
        ${control({ name: 'summary', labelText: t('cog.summary'), kind: 'textarea', value: meeting.summary ?? '', error: view.error })}
        <button type="submit" class="primary">${t('cog.saveMinutes')}</button>
      </form>
      <h2>${t('cog.actions')}</h2>
      <ul class="tickets">${(meeting.actions || []).map((a) => html`<li class="ticket-row" data-action-item=${a.id} data-state=${a.state}>
        <span class="title">${a.title}</span>
        <span class="meta">${a.owner?.name ?? ''} · ${t('cog.due')} ${dateTime(a.due)} · ${a.state}
          ${a.ticketId ? html` · <a href="#/ticket/${a.ticketId}">#${a.ticketId}</a>` : nothing}</span>
        ${a.state !== 'done' ? html`<button type="button" class="link" @click=${act(() => api.post(`/meetings/${id}/actions/${a.id}/done`, { version: a.version, note: t('cog.done') }))}>${t('cog.actionDone')}</button>` : nothing}
      </li>`)}</ul>
      <h3>${t('cog.newAction')}</h3>
      <form novalidate @submit=${addAction}>
        ${control({ name: 'title', labelText: t('cog.meetingTitle'), required: true, error: view.error })}
        ${control({ name: 'ownerId', labelText: t('cog.owner'), kind: 'select', required: true, error: view.error,
          options: owners.map((i) => ({ value: i.person.id, text: i.person.name })) })}
        ${control({ name: 'due', labelText: t('cog.due'), kind: 'datetime-local', required: true, error: view.error })}
        ${control({ name: 'agendaItemId', labelText: t('cog.agenda'), kind: 'select',
          options: meeting.agenda.map((a) => ({ value: a.id, text: a.title })) })}
        <button type="submit" class="primary">${t('cog.addAction')}</button>
      </form>
    </section>`);
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
}
