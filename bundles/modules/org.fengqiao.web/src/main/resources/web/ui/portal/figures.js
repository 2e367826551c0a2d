import { html } from '/webjars/lit-html/lit-html.js';
import * as api from '../core/api.js';
import { t, label, duration, date, unitName } from '../core/i18n.js';
import { boards } from '../core/boards.js';
import { loading, failure } from '../core/widgets.js';

// Apache ECharts (WebJar), loaded only on this page; it draws into canvases, so it needs no inline style or script
async function echarts() {
  await import('/webjars/echarts/dist/echarts.common.min.js');
  return window.echarts;
}

export default function figuresPage(ctx) {
  const charts = [];
  ctx.render(loading());
  Promise.all([api.get(`/stats${api.query({ from: ctx.query.from, to: ctx.query.to })}`), boards(), echarts(),
    api.get('/units')])
    .then(([stats, list, ec, tree]) => {
      const f = stats.figures;
      const boardName = (id) => label(list.find((b) => b.id === id)?.name) || id;
      const units = {};
      const walk = (nodes) => (nodes || []).forEach((u) => { units[u.code] = u; walk(u.children); });
      walk(Array.isArray(tree) ? tree : [tree]);
      ctx.render(html`<section class="panel">
        <h1>${t('figures.title')}</h1>
        <p>${t('figures.period', { from: date(stats.period.from), to: date(new Date(new Date(stats.period.to) - 1).toISOString()) })}</p>
        <dl class="facts figures">
          <dt>${t('figures.tickets')}</dt><dd data-figure="tickets">${f.tickets}</dd>
          <dt>${t('figures.replies')}</dt><dd>${f.replies}</dd>
          <dt>${t('figures.firstResponse')}</dt><dd>${duration(f.firstResponse.medianSeconds)} (${t('figures.withinDeadline', { p: Math.round(f.firstResponse.withinDeadline * 100) })})</dd>
          <dt>${t('figures.resolution')}</dt><dd>${duration(f.resolution.medianSeconds)} (${t('figures.withinDeadline', { p: Math.round(f.resolution.withinDeadline * 100) })})</dd>
          <dt>${t('figures.satisfaction')}</dt><dd>${f.satisfaction ?? '–'} / 5 (${t('figures.ratings', { n: f.ratings })})</dd>
          <dt>${t('figures.members')}</dt><dd>${stats.members.total}</dd>
        </dl>
        <h2>${t('figures.byBoard')}</h2><div class="chart" id="chart-board" role="img" aria-label=${t('figures.byBoard')}></div>
        <h2>${t('figures.byDay')}</h2><div class="chart" id="chart-day" role="img" aria-label=${t('figures.byDay')}></div>
        <h2>${t('figures.byUnit')}</h2><div class="chart" id="chart-unit" role="img" aria-label=${t('figures.byUnit')}></div>
      </section>`);
      const bar = (el, rows, name) => {
        const chart = ec.init(document.getElementById(el), null, { renderer: 'canvas' });
        chart.setOption({
          tooltip: {}, legend: { data: [t('figures.tickets'), t('figures.resolved')] },
          grid: { left: 8, right: 8, containLabel: true },
          xAxis: { type: 'category', data: rows.map((r) => name(r.key)), axisLabel: { rotate: 30 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ name: t('figures.tickets'), type: 'bar', data: rows.map((r) => r.tickets) },
            { name: t('figures.resolved'), type: 'bar', data: rows.map((r) => r.resolved) }],
        });
        charts.push(chart);
      };
      bar('chart-board', f.byBoard, boardName);
      bar('chart-unit', f.byUnit, (k) => (units[k] ? unitName(units[k]) : k));
      const day = ec.init(document.getElementById('chart-day'));
      day.setOption({
        tooltip: { trigger: 'axis' }, grid: { left: 8, right: 8, containLabel: true },
        xAxis: { type: 'category', data: f.byDay.map((r) => r.key) }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: t('figures.tickets'), type: 'line', data: f.byDay.map((r) => r.tickets) },
          { name: t('figures.replies'), type: 'line', data: f.byDay.map((r) => r.replies) }],
      });
      charts.push(day);
    })
    .catch((e) => ctx.render(failure(e)));
  const resize = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    charts.forEach((c) => c.dispose());
  };
}
