import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, unitName } from '../core/i18n.js';
import { control, formError, submitter } from '../core/forms.js';
import { loading, failure } from '../core/widgets.js';

const ROLES = ['officer', 'leader', 'department_staff', 'lawyer', 'deputy', 'grid_worker', 'property_manager',
  'committee_member', 'supervisor', 'admin'];

function flatten(units, depth = 0, out = []) {
  for (const u of units || []) {
    out.push({ value: u.code, text: `${'　'.repeat(depth)}${unitName(u)}` });
    flatten(u.children, depth + 1, out);
  }
  return out;
}

export default function adminStaffPage(ctx) {
  const view = { error: null, draw: () => draw() };
  let notice = '';
  let people = [];
  let units = [];
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('adminStaff.title')}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
    <h2>${t('adminStaff.new')}</h2>
    <form novalidate @submit=${create}>
      ${control({ name: 'username', labelText: t('auth.username'), required: true, error: view.error })}
      ${control({ name: 'password', labelText: t('auth.password'), kind: 'password', required: true, error: view.error, autocomplete: 'new-password' })}
      ${control({ name: 'fullName', labelText: t('staff.name'), required: true, error: view.error })}
      ${control({ name: 'staffNumber', labelText: t('staff.number'), required: true, error: view.error })}
      ${control({ name: 'unit', labelText: t('staff.unit'), kind: 'select', required: true, error: view.error, options: units })}
      ${control({ name: 'title', labelText: t('staff.jobTitle'), error: view.error })}
      ${control({ name: 'publicPhone', labelText: t('staff.phone'), error: view.error })}
      <fieldset class="field"><legend>${t('adminStaff.roles')}</legend>${ROLES.map((r) => html`<label class="check">
        <input type="checkbox" name="roles" value=${r}> ${t(`role.${r}`)}</label>`)}</fieldset>
      ${formError(view.error, ['username', 'password', 'fullName', 'staffNumber', 'unit', 'title', 'publicPhone'])}
      <button type="submit" class="primary">${t('adminStaff.create')}</button>
    </form>
    <h2>${t('staff.title')}</h2>
    <table class="grid"><thead><tr><th scope="col">${t('staff.name')}</th><th scope="col">${t('staff.number')}</th>
      <th scope="col">${t('staff.unit')}</th><th scope="col">${t('adminStaff.roles')}</th></tr></thead>
      <tbody>${people.map((p) => html`<tr><td>${p.fullName}</td><td>${p.staffNumber}</td><td>${unitName(p.unit)}</td>
        <td>${p.roles.map((r) => t(`role.${r}`)).join('、')}</td></tr>`)}</tbody></table>
  </section>`);
  const create = submitter(view, async (d, form) => {
    const made = await api.post('/staff', { username: d.get('username'), password: d.get('password'),
      fullName: d.get('fullName'), staffNumber: d.get('staffNumber'), unit: d.get('unit'),
      title: d.get('title') || undefined, publicPhone: d.get('publicPhone') || undefined, roles: d.getAll('roles') });
    notice = t('adminStaff.created', { name: made.displayName || d.get('fullName') });
    form.reset();
    people = await api.get('/staff?size=100');
  });
  const load = async () => {
    [people, units] = await Promise.all([api.get('/staff?size=100'), api.get('/units').then((u) => flatten(Array.isArray(u) ? u : [u]))]);
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
}
