// The building captain's field app: an installable web app that works offline. Buildings, households and the
// record kinds are kept on the phone; records are queued with their own UUIDs and sent when there is a network.
import { html, render, nothing } from '/webjars/lit-html/lit-html.js';
import * as i18n from '/ui/core/i18n.js';
import * as api from '/ui/core/api.js';
import { control, intakeField, readIntake, formError } from '/ui/core/forms.js';
import * as store from './store.js';
import { sync, kinds as loadKinds } from './sync.js';

const { t } = i18n;
const state = { tab: 'record', kinds: null, error: null, notice: '', syncing: false, open: null };

async function start() {
  const config = await fetch('/ui/config.json').then((r) => r.json());
  i18n.configure(config);
  await Promise.all([i18n.loadMessages('/ui/i18n'), i18n.loadMessages('/ui/modules/captain/i18n')]);
  document.getElementById('app').replaceChildren();
  document.title = t('field.title');
  i18n.onLanguage(() => draw());
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/field/sw.js', { scope: '/field/' }).catch(() => {});
  }
  window.addEventListener('online', () => { draw(); syncNow(); });
  window.addEventListener('offline', () => draw());
  if (navigator.onLine && api.token()) await api.restore();
  state.kinds = api.token() ? await loadKinds().catch(() => store.get('meta', 'kinds')) : null;
  await draw();
  if (api.token()) syncNow();
}

async function syncNow() {
  if (!navigator.onLine || !api.token() || state.syncing) return;
  state.syncing = true;
  await draw();
  try {
    await sync();
    if (!state.kinds) state.kinds = await loadKinds();
    state.error = null;
  } catch (e) {
    state.error = e instanceof api.ApiError ? e : null; // a lost network is not an error: it is tried again
  }
  state.syncing = false;
  await draw();
}

async function draw() {
  const signedIn = !!api.token();
  const lastSync = await store.get('meta', 'lastSync').catch(() => null);
  const other = i18n.language() === 'zh' ? 'en' : 'zh';
  const body = signedIn ? await page() : signInForm();
  render(html`
    <header class="top">
      <span class="brand">${t('field.title')}</span>
      <span class="net" data-online=${navigator.onLine ? 'yes' : 'no'}>${navigator.onLine ? t('field.online') : t('field.offline')}</span>
      <div class="tools">
        <button type="button" class="lang" data-lang=${other} @click=${() => i18n.setLanguage(other)}>${t('nav.otherLanguage')}</button>
        ${signedIn ? html`<button type="button" class="link" @click=${signOut}>${t('nav.signOut')}</button>` : nothing}
      </div>
    </header>
    ${signedIn ? html`<nav class="tabs" aria-label=${t('nav.label')}>
      ${['record', 'outbox', 'buildings'].map((tab) => html`<a href="#${tab}" role="tab" aria-selected=${state.tab === tab}
        data-tab=${tab} @click=${(e) => { e.preventDefault(); state.tab = tab; state.notice = ''; draw(); }}>${t(`field.${tab}`)}</a>`)}
    </nav>
    <div class="row"><button type="button" data-action="sync" ?disabled=${!navigator.onLine || state.syncing} @click=${syncNow}>
      ${state.syncing ? t('field.syncing') : t('field.sync')}</button>
      ${lastSync ? html`<span class="meta" data-last-sync=${lastSync}>${t('field.lastSync', { at: i18n.dateTime(lastSync) })}</span>` : nothing}</div>` : nothing}
    <main id="main" tabindex="-1">${body}</main>`, document.getElementById('app'));
}

function signInForm() {
  return html`<section class="panel narrow"><h1>${t('field.signIn')}</h1>
    <form novalidate @submit=${signIn}>
      ${control({ name: 'username', labelText: t('auth.username'), required: true, error: state.error, autocomplete: 'username' })}
      ${control({ name: 'password', labelText: t('auth.password'), kind: 'password', required: true, error: state.error, autocomplete: 'current-password' })}
      ${formError(state.error, ['username', 'password'])}
      <button type="submit" class="primary">${t('auth.signInButton')}</button>
    </form></section>`;
}

async function signIn(e) {
  e.preventDefault();
  const d = new FormData(e.target);
  state.error = null;
  try {
    await api.login(d.get('username'), d.get('password'));
    state.kinds = await loadKinds();
    await syncNow();
  } catch (err) {
    if (err.status === 403) {
      await api.logout();
      err = new api.ApiError(403, { error: 'not_a_captain', message: t('field.notCaptain') });
    }
    state.error = err;
  }
  draw();
}

async function signOut() {
  await api.logout().catch(() => {});
  await store.clear();
  state.kinds = null;
  draw();
}

async function page() {
  if (state.tab === 'outbox') return outbox();
  if (state.tab === 'buildings') return buildings();
  return recordForm();
}

function typeOf(field) {
  return { ...field, type: String(field.type).toLowerCase() };
}

async function recordForm() {
  if (!state.kinds) return html`<p class="loading">${t('page.loading')}</p>`;
  const kind = state.kinds.kinds.find((k) => k.code === (state.open || state.kinds.kinds[0]?.code));
  const addresses = (await store.all('addresses')).sort((a, b) => a.fullName.localeCompare(b.fullName));
  const steps = state.kinds.workflows?.[kind.code] || [];
  return html`<section class="panel"><h1>${t('field.record')}</h1>
    ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
    <form novalidate @submit=${saveRecord} data-kind=${kind.code}>
      ${control({ name: 'kind', labelText: t('field.kind'), kind: 'select', required: true, value: kind.code,
        options: state.kinds.kinds.map((k) => ({ value: k.code, text: i18n.label(k.name) || t(`field.kind.${k.code}`) })) })}
      ${kind.addressRequired ? control({ name: 'address', labelText: t('field.where'), kind: 'select', required: true,
        options: addresses.map((a) => ({ value: a.code, text: a.fullName })) }) : nothing}
      ${kind.fields.map((f) => intakeField(typeOf(f), undefined, null))}
      ${steps.length ? html`<fieldset class="field"><legend>${t('field.steps')}</legend>
        ${steps.map((s) => control({ name: `steps.${s.code}`, labelText: i18n.label(s.label), required: s.required }))}</fieldset>` : nothing}
      <div class="field"><label for="f-photo">${t('field.photo')}</label>
        <input id="f-photo" name="photo" type="file" accept="image/*" capture="environment"></div>
      <button type="submit" class="primary">${t('field.save')}</button>
    </form></section>`;
}

async function saveRecord(e) {
  e.preventDefault();
  const form = e.target;
  const d = new FormData(form);
  if (d.get('kind') !== form.dataset.kind) {
    state.open = d.get('kind');
    draw();
    return;
  }
  const kind = state.kinds.kinds.find((k) => k.code === d.get('kind'));
  const data = readIntake(form, kind.fields.map(typeOf));
  if (kind.addressRequired) data.address = d.get('address');
  const steps = state.kinds.workflows?.[kind.code] || [];
  if (steps.length) {
    data.steps = Object.fromEntries(steps.map((s) => [s.code, String(d.get(`steps.${s.code}`) || '').trim()])
      .filter(([, v]) => v));
  }
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const changes = { outbox: [[{ id, kind: kind.code, recordedAt: now, data, status: 'pending', createdAt: now }]] };
  const photo = d.get('photo');
  if (photo && photo.size > 0) {
    changes.photos = [[{ key: `${id}/${photo.name}`, recordId: id, name: photo.name.replace(/[^A-Za-z0-9_.-]/g, '_'),
      type: photo.type, blob: photo, sent: false }]];
  }
  await store.putMany(changes);
  state.notice = t('field.saved');
  form.reset();
  await draw();
  syncNow();
}

// the record form re-draws when the kind changes, before anything is saved
document.addEventListener('change', (e) => {
  if (e.target.name === 'kind' && e.target.form?.dataset.kind && e.target.value !== e.target.form.dataset.kind) {
    state.open = e.target.value;
    draw();
  }
});

async function outbox() {
  const records = (await store.all('outbox')).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const photos = await store.all('photos');
  return html`<section class="panel"><h1>${t('field.outbox')}</h1>
    ${formError(state.error)}
    ${records.length === 0 ? html`<p class="empty">${t('field.empty')}</p>` : html`<ul class="tickets">${records.map((r) => html`
      <li class="ticket-row" data-record=${r.id} data-status=${r.status}>
        <span class="title">${t(`field.kind.${r.kind}`)} · ${i18n.dateTime(r.recordedAt)}</span>
        <span class="meta">${t(`field.${r.status}`)}${r.result?.ticketId ? html` · <span data-ticket=${r.result.ticketId}>${t('field.ticket', { id: r.result.ticketId })}</span>` : nothing}
          ${photos.filter((p) => p.recordId === r.id).map((p) => html` · ${p.sent ? t('field.photoSent') : t('field.photoPending')}`)}</span>
        ${r.result?.errors?.length ? html`<ul>${r.result.errors.map((err) => html`<li class="field-error">${err.field ? `${err.field}: ` : ''}${err.message}</li>`)}</ul>` : nothing}
        ${['rejected', 'conflict'].includes(r.status) ? html`<button type="button" @click=${async () => { await store.remove('outbox', r.id); draw(); }}>${t('field.discard')}</button>` : nothing}
      </li>`)}</ul>`}</section>`;
}

async function buildings() {
  const [list, addresses, people] = await Promise.all([store.all('buildings'), store.all('addresses'), store.all('people')]);
  const doorsOf = (code) => {
    const below = addresses.filter((a) => a.parent === code);
    return below.flatMap((a) => (a.level === 'door' ? [a] : doorsOf(a.code)));
  };
  return html`<section class="panel"><h1>${t('field.buildings')}</h1>
    ${list.length === 0 ? html`<p class="empty">${t('field.empty')}</p>` : list.map((b) => html`<details class="building" data-building=${b.code}>
      <summary>${b.name}</summary>
      <ul class="tickets">${doorsOf(b.code).map((door) => {
        const living = people.filter((p) => p.door === door.code && !p.movedOutAt);
        return html`<li class="ticket-row"><span class="title">${door.fullName.split(' ').slice(-2).join(' ')}</span>
          <span class="meta">${t('field.people', { n: living.length })}: ${living.map((p) => p.name).join('、')}</span></li>`;
      })}</ul></details>`)}
  </section>`;
}

start();
