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
  // found at once (it takes no room while empty).
  function liveRegion() {
    if (region) return region;
    region = document.createElement('div');
    region.id = 'update-banner';
    region.className = 'update-banner';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.prepend(region);
    return region;
  }
  function notify(worker) {
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
    // Filled in a later task than the region was made: an update, not a new node.
    setTimeout(() => banner.append(text, button), 0);
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
    liveRegion();
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
