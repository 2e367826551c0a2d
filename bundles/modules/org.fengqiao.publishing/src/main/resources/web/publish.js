// The console: staff publish notices, policies, warnings and calls for clues.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, label, date } from '/ui/core/i18n.js';
import { control, formError, submitter } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';
import { KINDS } from './notices.js';

export default function publishPage(ctx) {
  let articles = [];
  let boards = [];
  const view = { error: null, draw: () => draw() };
  let notice = '';
  const draw = () => ctx.render(html`<section class="panel">
    <h1>${t('publishing.new')}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    <form novalidate @submit=${publish}>
      ${control({ name: 'kind', labelText: t('publishing.kind'), kind: 'select', required: true, error: view.error,
        options: KINDS.map((k) => ({ value: k, text: t(`publishing.kind.${k}`) })) })}
      ${control({ name: 'boardId', labelText: t('publishing.board'), kind: 'select', error: view.error,
        options: boards.map((b) => ({ value: b.id, text: label(b.name) })) })}
      ${control({ name: 'title', labelText: t('publishing.title'), required: true, error: view.error, maxLength: 200 })}
      ${control({ name: 'body', labelText: t('publishing.body'), kind: 'textarea', required: true, error: view.error })}
      ${formError(view.error, ['kind', 'boardId', 'title', 'body'])}
      <button type="submit" class="primary">${t('publishing.publish')}</button>
    </form>
    <h2>${t('publishing.latest')}</h2>
    <ul class="tickets">${articles.map((a) => html`<li class="ticket-row"><span class="title">${a.title}</span>
      <span class="meta">${t(`publishing.kind.${a.kind}`)} · ${a.authorName} · ${date(a.publishedAt)}</span></li>`)}</ul>
  </section>`);
  const publish = submitter(view, async (d, form) => {
    await api.post('/articles', { kind: d.get('kind'), boardId: d.get('boardId') || undefined, title: d.get('title'),
      body: d.get('body') });
    notice = t('publishing.published');
    form.reset();
    articles = await api.get('/articles?size=20');
  });
  const load = async () => {
    [articles, boards] = await Promise.all([api.get('/articles?size=20'), api.get('/boards')]);
    draw();
  };
  ctx.render(loading());
  load().catch((e) => ctx.render(failure(e)));
}
