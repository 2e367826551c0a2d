import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, label, date } from '../core/i18n.js';
import * as api from '../core/api.js';
import { boards } from '../core/boards.js';
import { widgets } from '../core/shell.js';
import { loading, failure } from '../core/widgets.js';

export default function home(ctx) {
  ctx.render(loading());
  const parts = widgets('home');
  Promise.all([boards(), Promise.all(parts.map((w) => w.load().then((m) => m.default).catch(() => null))),
    api.get('/statements?size=3').catch(() => [])])
    .then(([list, renderers, statements]) => {
      const slots = renderers.map(() => loading());
      const draw = () => ctx.render(html`
        <section class="hero"><h1>${t('home.title')}</h1><p>${t('home.lead')}</p></section>
        ${statements.length ? html`<section class="panel" aria-labelledby="statements-h"><h2 id="statements-h">${t('home.statements')}</h2>
          <ul class="tickets">${statements.map((s) => html`<li class="ticket-row statement" data-statement=${s.id}>
            <a href="#/ticket/${s.id}"><span class="title">${s.title}</span></a>
            <p class="step-body">${s.statement.body}</p>
            <span class="meta">${date(s.statement.at)}</span></li>`)}</ul></section>` : nothing}
        ${slots.map((s) => html`<div class="widget">${s}</div>`)}
        <section aria-labelledby="boards-h"><h2 id="boards-h">${t('home.boards')}</h2>
          <ul class="boards">${list.map((b) => html`<li class="board-card" data-board=${b.id}>
            <a href="#/board/${b.id}"><strong>${label(b.name)}</strong></a>
            <p>${label(b.description)}</p>
            ${b.visibility === 'confidential' ? html`<p class="note">${t('board.confidential')}</p>` : nothing}
          </li>`)}</ul>
        </section>`);
      renderers.forEach((render, i) => {
        if (!render) {
          slots[i] = nothing;
          return;
        }
        Promise.resolve(render(ctx)).then((tpl) => { slots[i] = tpl; draw(); })
          .catch(() => { slots[i] = nothing; draw(); });
      });
      draw();
    })
    .catch((e) => ctx.render(failure(e)));
}
