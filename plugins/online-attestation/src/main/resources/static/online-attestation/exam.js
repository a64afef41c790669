// The final control page (its editors are oa-editor.js's): the answer's autosaved draft (and a beacon when the
// page is hidden), "Send answer" enabled by the same rules the server checks and confirmed first, the
// "Choose a ticket" tiles kept current (a tile confirmed before it is taken), and the student's presence
// heartbeat, which also ends "Please wait".
(function () {
  'use strict';
  var page = document.querySelector('[data-oa-exam]');
  if (!page) { return; }
  var base = page.getAttribute('data-oa-exam');
  var csrf = page.getAttribute('data-csrf');
  function label(name, fallback) { return page.getAttribute('data-label-' + name) || fallback; }

  function textLength(html) {
    var div = document.createElement('div');
    div.innerHTML = html;
    return (div.textContent || '').replace(/\s+/g, ' ').trim().length;
  }

  function post(url, fields, asBeacon) {
    var body = new URLSearchParams(fields || {});
    body.set('_csrf', csrf || '');
    if (asBeacon && navigator.sendBeacon) {
      return navigator.sendBeacon(url, body);
    }
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin', keepalive: !!asBeacon,
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrf || '' } });
  }

  // A confirmation before a step that cannot be undone: a modal dialog that names the step, with
  // Cancel focused first; Cancel or Escape closes it and leaves the page as it was (the answer, its
  // draft and the buttons untouched), the focus back where it was.
  function confirmStep(name, proceed) {
    var dialog = document.querySelector('dialog[data-oa-confirm="' + name + '"]');
    if (!dialog || typeof dialog.showModal !== 'function') { proceed(); return; }
    var opener = document.activeElement;
    var yes = dialog.querySelector('[data-oa-confirm-yes]');
    var no = dialog.querySelector('[data-oa-confirm-no]');
    var finish = function (confirmed) {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) { dialog.close(); }
      if (confirmed) { proceed(); } else if (opener && opener.isConnected && !opener.disabled) { opener.focus(); }
    };
    var onYes = function () { finish(true); };
    var onNo = function () { finish(false); };
    var onClose = function () { finish(false); };
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    no.focus();
  }

  // The answer: "Send answer" rule, autosave every few seconds, a beacon when the page is hidden.
  var answer = document.querySelector('[data-oa-answer]');
  var form = document.querySelector('[data-oa-answer-form]');
  if (answer && form) {
    var minChars = parseInt(answer.getAttribute('data-min-chars'), 10) || 10;
    var every = (parseInt(answer.getAttribute('data-draft-seconds'), 10) || 5) * 1000;
    var body = form.querySelector('textarea[name="body"]');
    var draftUrl = body.getAttribute('data-oa-draft');
    var send = form.querySelector('[data-oa-send]');
    var status = form.querySelector('[data-oa-draft-status]');
    var saved = body.value;
    var sending = false;
    var refresh = function () {
      send.disabled = textLength(body.value) < minChars;
    };
    body.addEventListener('input', refresh);
    refresh();
    var save = function (beacon) {
      if (sending || body.value === saved) { return; }
      var value = body.value;
      var r = post(draftUrl, { body: value }, beacon);
      if (r && r.then) {
        r.then(function (res) {
          if (res.ok) { saved = value; if (status) { status.textContent = label('saved', '✓'); } }
        }).catch(function () { /* kept locally; the next tick tries again */ });
      } else if (r) {
        saved = value;
      }
    };
    setInterval(function () { save(false); }, every);
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });
    window.addEventListener('pagehide', function () { save(true); });
    var confirmed = false;
    form.addEventListener('submit', function (e) {
      var action = e.submitter ? e.submitter.value : '';
      if (action === 'send' && !confirmed) {
        e.preventDefault();
        confirmStep('send', function () { confirmed = true; form.requestSubmit(send); });
        return;
      }
      sending = true;
      if (action === 'send') {
        // one click sends once; the server ignores a second one anyway
        setTimeout(function () { send.disabled = true; }, 0);
      }
    });
  }

  // "Choose a ticket": tiles without numbers, free and taken told by a word as well as green and
  // grey, kept current in place (the button that has the focus stays the same element).
  var choose = document.querySelector('[data-oa-tiles]');
  if (choose) {
    var url = choose.getAttribute('data-oa-tiles');
    var list = choose.querySelector('[data-oa-tile-list]');
    var error = choose.querySelector('[data-oa-tiles-error]');
    var render = function (tiles) {
      var focused = list.contains(document.activeElement) ? document.activeElement : null;
      while (list.children.length > tiles.length) { list.removeChild(list.lastElementChild); }
      tiles.forEach(function (t, i) {
        var item = list.children[i];
        if (!item) {
          item = document.createElement('li');
          var made = document.createElement('button');
          made.type = 'button';
          made.addEventListener('click', function () {
            var position = made.getAttribute('data-position');
            confirmStep('tile', function () { take(position); });
          });
          item.appendChild(made);
          list.appendChild(item);
        }
        var b = item.firstElementChild;
        var state = t.free ? 'free' : 'taken';
        b.className = 'oa-tile oa-' + state;
        b.disabled = !t.free;
        b.setAttribute('data-position', t.position);
        b.setAttribute('aria-label', list.getAttribute('data-label-' + state));
        b.textContent = list.getAttribute('data-word-' + state);
      });
      // a classmate took the focused tile: the focus moves to the nearest free one, not to the page
      if (focused && focused.disabled) {
        var free = list.querySelectorAll('.oa-free');
        var next = null;
        for (var k = 0; k < free.length && !next; k++) {
          if (focused.compareDocumentPosition(free[k]) & Node.DOCUMENT_POSITION_FOLLOWING) { next = free[k]; }
        }
        next = next || free[free.length - 1];
        if (next) { next.focus(); }
      }
    };
    var load = function () {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && data.tiles) { render(data.tiles); } })
        .catch(function () { /* next poll */ });
    };
    var take = function (position) {
      fetch(url + '/' + position, { method: 'POST', credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrf || '' } })
        .then(function (r) {
          if (r.ok) { window.location.reload(); return null; }
          return r.json().then(function (data) {
            error.textContent = (data && data.message) || '';
            error.hidden = false;
            if (data && data.tiles) { render(data.tiles); } else { load(); }
          });
        })
        .catch(function () { load(); });
    };
    load();
    setInterval(load, 3000);
  }

  // Presence: the student's open page beats; a closed page says so at once. The beat's answer says
  // whether the questions are sent: "Please wait" then asks for them as its button would, and beats
  // more often meanwhile so the questions appear soon after staff send them.
  if (page.getAttribute('data-oa-student') === 'true') {
    var waiting = document.querySelector('[data-oa-wait]');
    var ask = document.querySelector('form#questions');
    var beat = function () {
      post(base + '/presence', {})
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (state) {
          if (waiting && ask && state && state.questionsSent) {
            waiting = null;
            ask.submit();
          }
        })
        .catch(function () { /* the next beat tries again */ });
    };
    setInterval(beat, waiting && ask ? 3000 : 10000);
    window.addEventListener('pagehide', function () { post(base + '/presence/leave', {}, true); });
  }
}());
