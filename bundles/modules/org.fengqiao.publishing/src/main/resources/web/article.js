import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from '/ui/core/api.js';
import { t, dateTime } from '/ui/core/i18n.js';
import { control, formError } from '/ui/core/forms.js';
import { loading, failure } from '/ui/core/widgets.js';

export default function articlePage(ctx) {
  let article = null;
  let error = null;
  let notice = '';
  const draw = () => ctx.render(html`<article class="panel" data-article=${article.id}>
    <p class="crumbs"><a href="#/notices">${t('publishing.menu')}</a> › ${t(`publishing.kind.${article.kind}`)}</p>
    <h1>${article.title}</h1>
    <p class="meta">${t('publishing.by', { name: article.authorName, at: dateTime(article.publishedAt) })}</p>
    <div class="ticket-body">${article.body}</div>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    ${article.kind === 'call_for_clues' ? (api.account() ? html`<form class="subform" novalidate @submit=${answer}>
      ${control({ name: 'body', labelText: t('publishing.answerText'), kind: 'textarea', required: true, error })}
      ${formError(error, ['body'])}<button type="submit" class="primary">${t('publishing.answer')}</button></form>`
    : html`<p><a href="#/login">${t('publishing.signInToAnswer')}</a></p>`) : nothing}
  </article>`);
  async function answer(e) {
    e.preventDefault();
    error = null;
    try {
      await api.post(`/articles/${article.id}/replies`, { body: new FormData(e.target).get('body') });
      notice = t('publishing.answered');
      e.target.reset();
    } catch (err) {
      error = err;
    }
    draw();
  }
  ctx.render(loading());
  api.get(`/articles/${encodeURIComponent(ctx.params.id)}`).then((a) => { article = a; draw(); })
    .catch((e) => ctx.render(failure(e)));
}
