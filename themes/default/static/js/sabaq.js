// Light progressive enhancement; every page works without it.
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.querySelector('.menu-toggle');
  const menu = document.getElementById('main-menu');
  if (toggle && menu) {
    toggle.addEventListener('click', () => {
      const open = menu.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
  // A form submits once: a double click must not send it twice.
  document.querySelectorAll('form').forEach(form => {
    form.addEventListener('submit', () => {
      form.querySelectorAll('button[type=submit]').forEach(b => setTimeout(() => { b.disabled = true; }, 0));
    });
  });
  // The header's unread badge follows new notifications without a reload.
  const bell = document.querySelector('.bell');
  if (bell && window.fetch) {
    const refresh = () => {
      if (document.hidden) {
        return;
      }
      fetch('/api/notifications/unread', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(r => (r.ok ? r.json() : null))
        .then(data => {
          if (!data || typeof data.unread !== 'number') {
            return;
          }
          let badge = bell.querySelector('[data-unread]');
          if (data.unread === 0) {
            if (badge) {
              badge.remove();
            }
            return;
          }
          if (!badge) {
            badge = document.createElement('span');
            badge.className = 'badge';
            badge.setAttribute('data-unread', '');
            bell.append(' ', badge);
          }
          badge.textContent = String(data.unread);
        })
        .catch(() => {});
    };
    setInterval(refresh, 60000);
    // A hidden tab skips its refreshes: back on it, the user sees the count at once, not a minute later.
    document.addEventListener('visibilitychange', refresh);
  }
});
