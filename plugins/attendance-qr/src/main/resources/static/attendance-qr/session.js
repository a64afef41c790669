// The trainer's session page: the code follows the server's rotation, the roster updates itself.
document.addEventListener('DOMContentLoaded', () => {
  const root = document.querySelector('[data-att-session]');
  if (!root || !window.fetch) {
    return;
  }
  const id = root.dataset.attSession;
  const phase = root.dataset.attPhase;
  const image = document.getElementById('att-qr-image');
  const typed = document.getElementById('att-typed');
  const refresh = () => {
    fetch(`/attendance/sessions/${id}/code/${phase}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(r => (r.ok ? r.json() : Promise.reject(r.status)))
      .then(code => {
        image.src = code.image;
        typed.textContent = code.typed;
        setTimeout(refresh, code.refreshInMs + 150);
      })
      .catch(() => setTimeout(refresh, 5000));
  };
  setTimeout(refresh, Number(root.dataset.attRefresh || 0) + 150);

  const full = document.querySelector('[data-att-fullscreen]');
  const figure = document.getElementById('att-qr');
  if (full && figure.requestFullscreen) {
    full.addEventListener('click', () => figure.requestFullscreen());
  } else if (full) {
    full.hidden = true;
  }

  // Who has marked: the server renders the list; swap it in unless the trainer is using a form in it.
  const roster = document.getElementById('roster');
  const swap = () => {
    if (document.hidden || roster.querySelector('details[open]') || roster.contains(document.activeElement)) {
      return;
    }
    fetch(location.pathname + location.search, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(r => (r.ok ? r.text() : null))
      .then(html => {
        const fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById('roster');
        if (fresh) {
          roster.innerHTML = fresh.innerHTML;
        }
      })
      .catch(() => {});
  };
  setInterval(swap, 5000);
});
