// Service worker: the calculator works offline once loaded. Written into the
// build by scripts/post_build.mjs, which fills in the version and file list.
'use strict';
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `rekenhulp-${VERSION}`;

// `cache: 'reload'` fetches every file from the server, past the browser's
// HTTP cache: a host that lets browsers cache index.html for a while
// (GitHub Pages: 10 minutes) would otherwise put the old page in the new cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

// A new version waits until the page asks for it (the user chose "reload").
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('rekenhulp-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// Same-origin GETs only; built files are served from the cache first (their
// names carry a content hash), the page itself from the cached index.html.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup =
    request.mode === 'navigate'
      ? caches.open(CACHE).then((cache) => cache.match('./'))
      : caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
