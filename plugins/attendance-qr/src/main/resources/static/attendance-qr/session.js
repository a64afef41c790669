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
    fetch(`/attendance-qr/sessions/${id}/code/${phase}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
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
  let pending = null;
  const swap = () => {
    pending = null;
    if (roster.querySelector('details[open]') || roster.contains(document.activeElement)) {
      pending = setTimeout(swap, 3000);
      return;
    }
    fetch(location.pathname + location.search, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(r => (r.ok ? r.text() : null))
      .then(html => {
        const fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById('roster');
        if (fresh) {
          roster.innerHTML = fresh.innerHTML;
          if (window.sabaq) {
            window.sabaq.tables(roster);
          }
        }
      })
      .catch(() => {});
  };
  // A burst of scans (a whole group at the door) becomes one refresh a second.
  const soon = () => {
    if (!pending) {
      pending = setTimeout(swap, 1000);
    }
  };
  if (window.EventSource) {
    let first = true;
    new EventSource(`/attendance-qr/sessions/${id}/events`).addEventListener('marks', () => {
      if (first) {
        first = false;
        return;
      }
      soon();
    });
  } else {
    setInterval(soon, 5000);
  }
});
