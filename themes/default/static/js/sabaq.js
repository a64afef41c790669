// Light progressive enhancement; every page works without it.
document.documentElement.classList.add('js');

const phone = window.matchMedia('(max-width: 40rem)');

// The phone's menu button is a disclosure: it opens the side navigation below the top bar.
function menuDisclosure() {
  const toggle = document.querySelector('.menu-toggle');
  const menu = document.getElementById('main-menu');
  if (!toggle || !menu) {
    return;
  }
  const show = open => {
    menu.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => show(!menu.classList.contains('open')));
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && menu.classList.contains('open')) {
      show(false);
      toggle.focus();
    }
  });
}

// The user menu (a <details>) closes when the user clicks elsewhere or presses Escape.
function userMenu() {
  const details = document.querySelector('.user-menu');
  if (!details) {
    return;
  }
  document.addEventListener('click', e => {
    if (details.open && !details.contains(e.target)) {
      details.open = false;
    }
  });
  details.addEventListener('keydown', e => {
    if (e.key === 'Escape' && details.open) {
      details.open = false;
      details.querySelector('summary').focus();
    }
  });
}

// A form submits once: a double click must not send it twice. A submission a confirmation
// cancelled (defaultPrevented by a later listener) leaves the buttons as they were.
function submitOnce() {
  document.querySelectorAll('form').forEach(form => {
    form.addEventListener('submit', event => {
      setTimeout(() => {
        if (!event.defaultPrevented) {
          form.querySelectorAll('button[type=submit]').forEach(b => { b.disabled = true; });
        }
      }, 0);
    });
  });
}

// The header's unread badge and the bell's name follow new notifications without a reload.
function bellCounter() {
  const bell = document.querySelector('.bell');
  if (!bell || !window.fetch) {
    return;
  }
  const show = unread => {
    let badge = bell.querySelector('[data-unread]');
    bell.setAttribute('aria-label', unread === 0 ? bell.dataset.label
      : bell.dataset.labelUnread.replace('{0}', String(unread)));
    if (unread === 0) {
      if (badge) {
        badge.remove();
      }
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'badge';
      badge.setAttribute('data-unread', '');
      bell.append(badge);
    }
    badge.textContent = String(unread);
  };
  const refresh = () => {
    if (document.hidden) {
      return;
    }
    fetch('/api/notifications/unread', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(r => (r.ok ? r.json() : null))
      .then(data => {
        if (data && typeof data.unread === 'number') {
          show(data.unread);
        }
      })
      .catch(() => {});
  };
  setInterval(refresh, 60000);
  // A hidden tab skips its refreshes: back on it, the user sees the count at once, not a minute later.
  document.addEventListener('visibilitychange', refresh);
}

// On a phone a table's rows become cards: each cell is labelled by its column's header. A table
// kept as a grid (data-scroll on its wrapper), or one wider than its column on any screen, sits in a
// named, focusable region with a visible scroll hint.
function phoneTables(root) {
  const hint = document.body.dataset.scrollHint;
  (root || document.querySelector('main') || document).querySelectorAll('table').forEach(table => {
    let wrap = table.closest('.table-wrap');
    if (!wrap) {
      wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      table.before(wrap);
      wrap.append(table);
    }
    // A header with a control in it (select all) must stay visible: such a table scrolls instead.
    if (!wrap.hasAttribute('data-scroll') && !table.querySelector('thead input, thead select, thead button')) {
      labelCells(table);
    }
    // Any table still wider than its column (a long header on a laptop) scrolls in a named region.
    scrollRegion(wrap, table, hint);
  });
}

function labelCells(table) {
  const headers = [];
  table.querySelectorAll('thead tr:first-child > th, thead tr:first-child > td').forEach(th => {
    const span = Number(th.getAttribute('colspan') || 1);
    for (let i = 0; i < span; i++) {
      headers.push(th.textContent.trim());
    }
  });
  if (headers.length === 0) {
    return;
  }
  table.classList.add('cards');
  table.querySelectorAll('tbody tr').forEach(row => {
    let column = 0;
    Array.from(row.children).forEach(cell => {
      const label = headers[column];
      if (column === 0 && cell.tagName === 'TD') {
        cell.classList.add('card-title');
      } else if (label && cell.tagName === 'TD' && !cell.hasAttribute('data-label')) {
        cell.setAttribute('data-label', label);
      }
      column += Number(cell.getAttribute('colspan') || 1);
    });
  });
}

function scrollRegion(wrap, table, hint) {
  const note = document.createElement('p');
  note.className = 'scroll-hint';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = hint || '';
  wrap.before(note);
  // Named by the table's caption, else by the heading of the nearest section that has one.
  let name = table.querySelector('caption');
  for (let box = wrap.parentElement; !name && box; box = box.parentElement) {
    name = box.querySelector('h1, h2');
  }
  const check = () => {
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    note.classList.toggle('shown', scrolls);
    if (scrolls) {
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', (name ? name.textContent.trim() + ' — ' : '') + (hint || ''));
    } else {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-label');
    }
  };
  check();
  window.addEventListener('resize', check);
}

// Filters fold into a "Filters" panel on a phone, unless one is chosen; a wider screen always shows them.
function filterPanels() {
  const chosen = panel => Array.from(panel.querySelectorAll('input, select'))
    .some(c => c.type !== 'hidden' && c.type !== 'submit' && c.value !== '');
  const panels = document.querySelectorAll('details.filter-panel');
  const fit = () => panels.forEach(p => {
    if (!phone.matches) {
      p.open = true;
    } else if (!chosen(p)) {
      p.open = false;
    }
  });
  fit();
  phone.addEventListener('change', fit);
}

// A page script that swaps a table in (a live roster) lays it out again with sabaq.tables(container).
window.sabaq = { tables: phoneTables };

document.addEventListener('DOMContentLoaded', () => {
  menuDisclosure();
  userMenu();
  submitOnce();
  bellCounter();
  phoneTables(null);
  filterPanels();
});
