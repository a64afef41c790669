// A running test: every answer is saved the moment it is given, and the remaining time is counted
// down from what the server said. The server alone decides the deadline: when the count reaches
// zero the page reloads and the server shows the closed attempt.
(function () {
  'use strict';
  var form = document.getElementById('et-answers');
  if (!form) { return; }
  var attempt = document.getElementById('et-attempt').getAttribute('data-attempt');
  var csrf = form.querySelector('input[name="_csrf"]').value;
  var texts = document.getElementById('et-texts').dataset;
  var error = form.querySelector('[data-et-error]');

  function save(fieldset) {
    var position = fieldset.getAttribute('data-et-item');
    var status = fieldset.querySelector('[data-et-saved]');
    var body = new URLSearchParams();
    fieldset.querySelectorAll('input:checked').forEach(function (input) { body.append('option', input.value); });
    status.textContent = texts.saving;
    return fetch('/exam-test/attempts/' + attempt + '/answers/' + position, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrf }
    }).then(function (r) {
      if (r.ok) { status.textContent = texts.saved; return; }
      return r.json().then(function (data) {
        status.textContent = texts.failed;
        error.textContent = (data && data.message) || texts.failed;
        error.hidden = false;
        if (r.status === 409) { window.location.reload(); }
      });
    }).catch(function () {
      // The connection dropped: the answer stays checked on the page and is sent again with the next change or "Finish".
      status.textContent = texts.failed;
    });
  }

  form.addEventListener('change', function (event) {
    var fieldset = event.target.closest('[data-et-item]');
    if (fieldset) { save(fieldset); }
  });

  var remaining = document.querySelector('[data-et-remaining]');
  var seconds = parseInt(remaining.getAttribute('data-et-remaining'), 10);
  var started = Date.now();
  function tick() {
    var left = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
    var m = Math.floor(left / 60), s = left % 60;
    remaining.textContent = m + ':' + (s < 10 ? '0' : '') + s;
    if (left === 0) {
      remaining.textContent = texts.ended;
      window.location.reload();
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();

  // While the page is open the student is present at the final control: online attestation shows
  // them online to staff, as it does while its own page is open (its window is 30 s).
  function beat() {
    fetch('/exam-test/attempts/' + attempt + '/presence', {
      method: 'POST', credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrf }
    }).catch(function () { /* the next beat tries again */ });
  }
  window.setInterval(beat, 10000);
}());
