// Messages in Chinese and English (Q4): every string on a page comes from a message bundle; the choice is
// remembered on the device; dates are shown in the city's zone.
const LANGS = ['zh', 'en'];
const bundles = { zh: {}, en: {} };
let lang = 'zh';
let zone = 'Asia/Shanghai';
const listeners = new Set();

export function configure(config) {
  zone = config.zone || zone;
  const saved = localStorage.getItem('fq.lang');
  lang = LANGS.includes(saved) ? saved : (config.defaultLanguage || 'zh');
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export async function loadMessages(url) {
  const [zh, en] = await Promise.all(LANGS.map((l) => fetch(`${url}/${l}.json`).then((r) => r.json())));
  addMessages('zh', zh);
  addMessages('en', en);
}

export function addMessages(language, map) {
  Object.assign(bundles[language] || (bundles[language] = {}), map || {});
}

export function language() {
  return lang;
}

export function setLanguage(l) {
  if (!LANGS.includes(l) || l === lang) return;
  lang = l;
  localStorage.setItem('fq.lang', l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  listeners.forEach((fn) => fn(l));
}

export function onLanguage(fn) {
  listeners.add(fn);
}

/** The message for key, with {name} replaced from params; the key itself when no bundle has it. */
export function t(key, params) {
  let text = bundles[lang][key] ?? bundles.zh[key] ?? key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
  }
  return text;
}

export function has(key) {
  return key in bundles[lang] || key in bundles.zh;
}

/** A {zh, en} label from the API in the current language. */
export function label(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value[lang] || value.zh || value.en || '';
}

export function unitName(unit) {
  if (!unit) return '';
  return lang === 'en' ? (unit.nameEn || unit.nameZh || unit.code) : (unit.nameZh || unit.nameEn || unit.code);
}

function format(options) {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: zone, ...options });
}

export function dateTime(iso) {
  return iso ? format({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
}

export function date(iso) {
  return iso ? format({ dateStyle: 'medium' }).format(new Date(iso)) : '';
}

/** A value for an input of type datetime-local, in the city's zone. */
export function localInput(iso) {
  if (!iso) return '';
  const parts = Object.fromEntries(format({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a datetime-local value means in the city's zone (whatever the device's own zone is). */
export function fromLocalInput(value) {
  if (!value) return null;
  const asUtc = new Date(`${value}Z`);
  const shown = new Date(`${localInput(asUtc.toISOString())}Z`);
  return new Date(asUtc.getTime() - (shown.getTime() - asUtc.getTime())).toISOString();
}

export function duration(seconds) {
  if (seconds == null) return '';
  if (seconds < 3600) return t('time.minutes', { n: Math.max(1, Math.round(seconds / 60)) });
  if (seconds < 172800) return t('time.hours', { n: (seconds / 3600).toFixed(1) });
  return t('time.days', { n: (seconds / 86400).toFixed(1) });
}
