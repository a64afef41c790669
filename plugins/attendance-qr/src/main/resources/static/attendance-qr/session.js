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
  const roster = document.getElementById('roster');
  // Not while the trainer is using a form in the roster: what they typed would be lost.
  const busy = () => roster.querySelector('details[open]') || roster.contains(document.activeElement);

  // One confirmation before marking everyone still without a mark (the roster is swapped in, so listen on the page).
  document.addEventListener('submit', event => {
    const button = event.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });

  // When the marking window opens or closes the page shows the code or the banner instead.
  if (root.dataset.attChangesIn) {
    const reload = () => (busy() ? setTimeout(reload, 3000) : location.reload());
    setTimeout(reload, Number(root.dataset.attChangesIn));
  }
  // The code follows the server's rotation while marking is open (a banner stands instead otherwise).
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
  if (image) {
    setTimeout(refresh, Number(root.dataset.attRefresh || 0) + 150);
  }

  const full = document.querySelector('[data-att-fullscreen]');
  const figure = document.getElementById('att-qr');
  if (full && figure.requestFullscreen) {
    full.addEventListener('click', () => figure.requestFullscreen());
  } else if (full) {
    full.hidden = true;
  }

  // Who has marked: the server renders the list; swap it in unless the trainer is using a form in it.
  let pending = null;
  const swap = () => {
    pending = null;
    if (busy()) {
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
