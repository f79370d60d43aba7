// Registers the service worker and, when a newer version has been downloaded,
// shows a small notice with a button to use it. Texts follow the page language.
// An open tab asks for a new version every 30 minutes and whenever it comes
// back into view. The notice is a live region that is on the page (empty)
// before its text arrives, so screen readers announce it.
'use strict';
(function () {
  if (!('serviceWorker' in navigator)) return;
  const texts = {
    nl: { msg: 'Er is een nieuwe versie van de rekenhulp.', btn: 'Nu laden' },
    en: { msg: 'A newer version of the calculator is ready.', btn: 'Load it now' },
  };
  const CHECK_EVERY_MS = 30 * 60 * 1000;
  let region = null;
  // The live region, empty until there is news; first in the page so it is
  // found at once (it takes no room while empty). Made once the app has
  // rendered (Yew empties <body> when it starts), and again if it was removed.
  function liveRegion() {
    if (region && region.isConnected) return region;
    region = document.createElement('div');
    region.id = 'update-banner';
    region.className = 'update-banner';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.prepend(region);
    return region;
  }
  // Runs `f` once the app has rendered (it marks <body data-ready>).
  function whenReady(f) {
    if (document.body.dataset.ready) return f();
    const watch = new MutationObserver(() => {
      if (!document.body.dataset.ready) return;
      watch.disconnect();
      f();
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  }
  function notify(worker) {
    const fresh = !(region && region.isConnected);
    const banner = liveRegion();
    if (banner.childElementCount > 0) return;
    const t = texts[document.documentElement.lang] || texts.nl;
    const text = document.createElement('span');
    text.textContent = t.msg + ' ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = t.btn;
    button.addEventListener('click', () => {
      requested = true;
      worker.postMessage('skip-waiting');
    });
    // Filled a moment after the region is on the page: screen readers
    // announce a change to a live region they already know.
    setTimeout(() => banner.append(text, button), fresh ? 500 : 0);
  }
  // Reload only when the user asked for the new version (not when the first
  // service worker takes control).
  let requested = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!requested) return;
    requested = false;
    window.location.reload();
  });
  window.addEventListener('load', () => {
    whenReady(liveRegion);
    navigator.serviceWorker
      .register('sw.js', { updateViaCache: 'none' })
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) notify(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) notify(worker);
          });
        });
        const check = () => reg.update().catch(() => {});
        setInterval(check, CHECK_EVERY_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      })
      .catch(() => {
        /* Without a service worker the page still works online. */
      });
  });
})();
