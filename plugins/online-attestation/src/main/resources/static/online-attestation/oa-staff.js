// Staff pages of online attestation: "Distribute students" (select all, Save enabled once a student
// is chosen, the group select reloads the list) and confirmations of deletions.
(function () {
  'use strict';
  var form = document.querySelector('[data-oa-distribute]');
  if (form) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll('[data-student-box]'));
    var all = form.querySelector('[data-select-all]');
    var save = form.querySelector('[data-save]');
    var update = function () {
      var chosen = boxes.filter(function (b) { return b.checked; }).length;
      save.disabled = chosen === 0;
      if (all) {
        all.checked = chosen > 0 && chosen === boxes.length;
        all.indeterminate = chosen > 0 && chosen < boxes.length;
      }
    };
    boxes.forEach(function (b) { b.addEventListener('change', update); });
    if (all) {
      all.addEventListener('change', function () {
        boxes.forEach(function (b) { b.checked = all.checked; });
        update();
      });
    }
    update();
  }
  var filter = document.querySelector('[data-oa-group-filter]');
  if (filter) {
    filter.querySelector('select').addEventListener('change', function () { filter.submit(); });
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.getAttribute('data-confirm'))) {
        e.preventDefault();
      }
    });
  });
})();
