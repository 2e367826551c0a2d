import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, label } from '../core/i18n.js';
import { board as loadBoard, fieldsOf } from '../core/boards.js';
import { control, intakeField, readIntake, formError } from '../core/forms.js';
import { requireSignIn } from '../core/signin.js';
import { loading, failure } from '../core/widgets.js';

export default function postPage(ctx) {
  if (!api.account()) {
    requireSignIn(ctx);
    return;
  }
  const id = ctx.params.id;
  let board = null;
  let category = '';
  let values = { title: '', body: '', fields: {} };
  let error = null;
  let busy = false;
  let staffFound = [];
  let addressee = null;

  const draw = () => {
    const fields = fieldsOf(board, category);
    const complaint = board.complaintCategories.includes(category);
    const shown = ['category', 'title', 'body', 'addresseeId', ...fields.map((f) => `fields.${f.code}`)];
    ctx.render(html`<section class="panel">
      <p class="crumbs"><a href="#/">${t('nav.home')}</a> › <a href="#/board/${id}">${label(board.name)}</a> › ${t('board.post')}</p>
      <h1>${t('post.title', { board: label(board.name) })}</h1>
      <p class="hint">${t('post.requiredNote')}</p>
      <form novalidate @submit=${submit} @change=${remember}>
        ${control({ name: 'category', labelText: t('post.category'), kind: 'select', value: category, required: true,
          error, options: board.categories.map((c) => ({ value: c.code, text: label(c.name) })) })}
        ${control({ name: 'title', labelText: t('post.subject'), value: values.title, required: true, error, maxLength: 200 })}
        ${control({ name: 'body', labelText: t('post.body'), kind: 'textarea', value: values.body, required: true, error,
          maxLength: 10000 })}
        ${fields.map((f) => intakeField(f, values.fields[f.code], error))}
        ${complaint ? html`<fieldset class="field"><legend>${t('post.addressee')}<span class="required" aria-hidden="true"> *</span></legend>
          <label for="staff-q">${t('post.findStaff')}</label>
          <input id="staff-q" type="search" @input=${findStaff}>
          ${staffFound.map((s) => html`<label class="check"><input type="radio" name="addresseeId" value=${s.id}
            ?checked=${addressee === s.id} @change=${() => { addressee = s.id; }}> ${s.fullName} · ${s.staffNumber} · ${s.title || ''}</label>`)}
          ${error?.detail?.('addresseeId') ? html`<p class="field-error" role="alert">${error.detail('addresseeId').message}</p>` : nothing}
        </fieldset>` : nothing}
        ${formError(error, shown)}
        <button type="submit" class="primary" ?disabled=${busy}>${t('post.submit')}</button>
      </form>
    </section>`);
  };

  function remember(e) {
    const form = e.currentTarget;
    const data = new FormData(form);
    if (e.target.name === 'category' && data.get('category') !== category) {
      category = data.get('category');
      values = { title: data.get('title'), body: data.get('body'), fields: {} };
      draw();
    }
  }

  async function findStaff(e) {
    const q = e.target.value.trim();
    staffFound = q.length < 1 ? [] : await api.get(`/staff${api.query({ q, size: 10 })}`);
    draw();
  }

  async function submit(e) {
    e.preventDefault();
    const form = e.target;
    const data = new FormData(form);
    const fields = readIntake(form, fieldsOf(board, category));
    values = { title: data.get('title'), body: data.get('body'), fields };
    busy = true;
    error = null;
    draw();
    try {
      const ticket = await api.post(`/boards/${encodeURIComponent(id)}/tickets`, {
        category: data.get('category') || null, title: values.title, body: values.body, fields,
        addresseeId: addressee ?? undefined,
      });
      ctx.navigate(`ticket/${ticket.id}`);
    } catch (err) {
      error = err;
      busy = false;
      draw();
      const first = document.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
    }
  }

  ctx.render(loading());
  loadBoard(id).then((b) => {
    if (!b) {
      ctx.render(html`<section class="panel"><h1>${t('board.notInstalled')}</h1></section>`);
      return;
    }
    board = b;
    category = ctx.query.category || b.categories[0]?.code || '';
    draw();
  }).catch((e) => ctx.render(failure(e)));
}
