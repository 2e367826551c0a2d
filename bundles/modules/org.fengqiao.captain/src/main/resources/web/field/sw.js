// The field app's service worker: keeps the app shell so the app starts and works in a stairwell without signal.
// Pages and scripts: network first (a new version arrives as soon as there is a network), the cache when there is
// none. The API is never cached here: the app keeps its data in IndexedDB and queues what it records.
const CACHE = 'fengqiao-field-v1';
const SHELL = [
  '/field/', '/field/app.js', '/field/store.js', '/field/sync.js', '/field/manifest.webmanifest',
  '/ui/app.css', '/ui/icon.svg', '/ui/config.json', '/ui/i18n/zh.json', '/ui/i18n/en.json',
  '/ui/modules/captain/i18n/zh.json', '/ui/modules/captain/i18n/en.json',
  '/ui/core/i18n.js', '/ui/core/api.js', '/ui/core/forms.js', '/webjars/lit-html/lit-html.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(event.request, copy));
    }
    return response;
  }).catch(() => caches.match(event.request, { ignoreSearch: true })
    .then((hit) => hit || (event.request.mode === 'navigate' ? caches.match('/field/') : Response.error()))));
});
