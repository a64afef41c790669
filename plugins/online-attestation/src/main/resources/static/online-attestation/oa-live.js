// Live rows of the stream page's slot tables: every element [data-oa-live="{slotId}"] listens to
// /online-attestation/slots/{slotId}/live and updates its rows tr[data-student="{userId}"], cells
// [data-cell="presence|viewed|sent|ticket|grade"]; presence cells get data-online="true|false".
(function () {
  'use strict';
  document.querySelectorAll('[data-oa-live]').forEach(function (table) {
    var slot = table.getAttribute('data-oa-live');
    if (!window.EventSource || !slot) { return; }
    var source = new EventSource('/online-attestation/slots/' + encodeURIComponent(slot) + '/live');
    source.addEventListener('student', function (e) {
      var row;
      try { row = JSON.parse(e.data); } catch (err) { return; }
      var tr = table.querySelector('tr[data-student="' + row.student + '"]');
      if (!tr) { return; }
      var presence = tr.querySelector('[data-cell="presence"]');
      if (presence) {
        presence.setAttribute('data-online', row.online ? 'true' : 'false');
        var label = presence.getAttribute(row.online ? 'data-label-online' : 'data-label-offline');
        var text = presence.querySelector('[data-presence-text]');
        if (label && text) { text.textContent = label; }
      }
      ['viewed', 'sent', 'ticket', 'grade'].forEach(function (name) {
        var cell = tr.querySelector('[data-cell="' + name + '"]');
        if (cell && row[name] !== undefined && row[name] !== null) { cell.textContent = row[name]; }
      });
    });
  });
}());
