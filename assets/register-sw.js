// Registers the service worker and, when a newer version has been downloaded,
// shows a small notice with a button to use it. Texts follow the page language.
'use strict';
(function () {
  if (!('serviceWorker' in navigator)) return;
  const texts = {
    nl: { msg: 'Er is een nieuwe versie van de rekenhulp.', btn: 'Nu laden' },
    en: { msg: 'A newer version of the calculator is ready.', btn: 'Load it now' },
  };
  function notify(worker) {
    if (document.getElementById('update-banner')) return;
    const t = texts[document.documentElement.lang] || texts.nl;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
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
    banner.append(text, button);
    document.body.prepend(banner);
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
    navigator.serviceWorker
      .register('sw.js')
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) notify(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) notify(worker);
          });
        });
      })
      .catch(() => {
        /* Without a service worker the page still works online. */
      });
  });
})();
