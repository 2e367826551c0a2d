// The frame every application shares: header, menu (the core's pages and those of the modules present now),
// language switch, sign-in state, and a hash router that mounts one page at a time into <main>.
import { html, render, nothing } from '/webjars/lit-html/lit-html.js';
import * as i18n from './i18n.js';
import * as api from './api.js';
import * as live from './live.js';

const { t } = i18n;

const state = {
  app: null,
  config: null,
  corePages: [],
  modules: [],
  manifestTag: null,
  current: null, // {page, cleanup, token}
  mountCount: 0,
  options: {},
};

/**
 * Starts an application. pages: [{route: 'board/:id', load: () => import(...), menu: {label, order, roles}}].
 * options.requireStaff: the whole application is for staff (the console).
 */
export async function start(app, pages, options = {}) {
  state.app = app;
  state.corePages = pages;
  state.options = options;
  state.config = await fetch('/ui/config.json').then((r) => r.json());
  i18n.configure(state.config);
  document.getElementById('app').replaceChildren(); // the static "loading" line; lit-html renders from here on
  await Promise.all([i18n.loadMessages('/ui/i18n'), refreshModules(), api.restore()]);
  document.title = t(`${app}.title`, { city: i18n.label(state.config.city) });
  i18n.onLanguage(() => {
    document.title = t(`${app}.title`, { city: i18n.label(state.config.city) });
    route();
  });
  window.addEventListener('hashchange', () => route());
  live.connect();
  await route();
}

async function refreshModules() {
  const response = await fetch('/ui/modules.json', { cache: 'no-cache' });
  const tag = response.headers.get('ETag');
  if (tag && tag === state.manifestTag) return;
  const manifest = await response.json();
  state.manifestTag = tag;
  state.modules = manifest.modules;
  for (const m of manifest.modules) {
    for (const [l, messages] of Object.entries(m.messages || {})) i18n.addMessages(l, messages);
  }
}

function modulePages() {
  return state.modules.flatMap((m) => (m.pages || []).filter((p) => p.app === state.app).map((p) => ({
    route: p.route,
    module: m.id,
    load: () => import(m.base + p.script),
    menu: p.menu === false ? null : { label: p.label, order: p.order ?? 50, roles: p.roles },
  })));
}

/** Widgets modules add to a slot of this application, e.g. the portal's front page. */
export function widgets(slot) {
  return state.modules.flatMap((m) => (m.widgets || []).filter((w) => w.app === state.app && w.slot === slot)
    .map((w) => ({ module: m.id, load: () => import(m.base + w.script) })));
}

export function moduleInstalled(id) {
  return state.modules.some((m) => m.id === id);
}

export function config() {
  return state.config;
}

function allowed(menu) {
  if (!menu) return false;
  if (!menu.roles || menu.roles.length === 0) return true;
  if (menu.roles.includes('signed-in')) return !!api.account();
  if (menu.roles.includes('staff') && api.isStaff()) return true;
  return api.hasRole(...menu.roles);
}

function parseHash() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [path, q] = hash.split('?');
  return { path: path.replace(/\/$/, ''), query: Object.fromEntries(new URLSearchParams(q || '')) };
}

function match(pages, path) {
  const parts = path ? path.split('/') : [];
  for (const page of pages) {
    const pattern = page.route ? page.route.split('/') : [];
    if (pattern.length !== parts.length) continue;
    const params = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? (params[p.slice(1)] = parts[i], true) : p === parts[i]))) {
      return { page, params };
    }
  }
  return null;
}

export function navigate(path, query) {
  const q = query ? api.query(query) : '';
  const target = `#/${path}${q}`;
  if (location.hash === target) route();
  else location.hash = target;
}

/** Mounts the page of the current hash again (after a sign-in, a language switch or a change of modules). */
export async function route() {
  await refreshModules().catch(() => {});
  const { path, query } = parseHash();
  if (state.current?.cleanup) state.current.cleanup();
  const token = ++state.mountCount;
  const pages = [...state.corePages, ...modulePages()];
  const found = match(pages, path);
  drawFrame(pages);
  const main = document.getElementById('main');
  main.setAttribute('aria-busy', 'true'); // the previous page stays until this one draws
  const ctx = {
    app: state.app,
    params: found?.params || {},
    query,
    path,
    render: (template) => {
      if (token !== state.mountCount) return;
      render(template, main);
      main.dataset.page = path;
      main.removeAttribute('aria-busy');
    },
    current: () => token === state.mountCount,
    navigate,
    refresh: route,
  };
  state.current = { cleanup: null };
  if (state.options.requireStaff && !api.isStaff() && path !== 'login') {
    if (path) sessionStorage.setItem('fq.after-login', location.hash); // back here once signed in
    const login = await import('./signin.js');
    state.current.cleanup = login.default(ctx, { staffOnly: true });
    return;
  }
  if (!found) {
    ctx.render(html`<section class="panel"><h1>${t('page.notFound')}</h1>
      <p><a href="#/">${t('page.home')}</a></p></section>`);
    return;
  }
  try {
    const module = await found.page.load();
    if (token !== state.mountCount) return;
    state.current.cleanup = module.default(ctx) || null;
  } catch (e) {
    console.error(e);
    ctx.render(html`<section class="panel"><h1>${t('page.failed')}</h1><p>${e.message}</p></section>`);
  }
  main.focus({ preventScroll: true });
}

function drawFrame(pages) {
  const menu = pages.filter((p) => allowed(p.menu)).sort((a, b) => (a.menu.order ?? 50) - (b.menu.order ?? 50));
  const { path } = parseHash();
  const account = api.account();
  const other = i18n.language() === 'zh' ? 'en' : 'zh';
  render(html`
    <a class="skip" href="#main" @click=${(e) => { e.preventDefault(); document.getElementById('main').focus(); }}>${t('nav.skip')}</a>
    <header class="top">
      <a class="brand" href="#/">${t(`${state.app}.brand`, { city: i18n.label(state.config.city) })}</a>
      <nav aria-label=${t('nav.label')}>
        <ul>${menu.map((p) => html`<li><a href="#/${p.route}" aria-current=${p.route === path ? 'page' : 'false'}
          data-route=${p.route}>${t(p.menu.label)}</a></li>`)}</ul>
      </nav>
      <div class="tools">
        <button type="button" class="lang" lang=${other === 'zh' ? 'zh-CN' : 'en'} data-lang=${other}
          @click=${() => i18n.setLanguage(other)}>${t('nav.otherLanguage')}</button>
        ${account ? html`<span class="who" data-account=${account.username}>${account.displayName}</span>
          <button type="button" class="link" @click=${signOut}>${t('nav.signOut')}</button>`
          : html`<a href="#/login">${t('nav.signIn')}</a>`}
      </div>
    </header>
    <main id="main" tabindex="-1"></main>
    <footer class="bottom">${t(`${state.app}.footer`)}${state.app === 'portal'
      ? html` · <a href="/console/">${t('nav.console')}</a>` : html` · <a href="/">${t('nav.portal')}</a>`}</footer>`,
  document.getElementById('app'));
}

async function signOut() {
  await api.logout();
  navigate('');
}

export { nothing };
