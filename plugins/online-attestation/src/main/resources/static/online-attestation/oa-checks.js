// Select-all checkboxes, buttons enabled once something is checked, and confirmations.
(function () {
  function sync(name) {
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + name + '"]');
    var any = Array.prototype.some.call(boxes, function (b) { return b.checked; });
    document.querySelectorAll('[data-oa-needs="' + name + '"]').forEach(function (b) { b.disabled = !any; });
  }
  document.querySelectorAll('[data-oa-all]').forEach(function (all) {
    var name = all.getAttribute('data-oa-all');
    all.addEventListener('change', function () {
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (b) { b.checked = all.checked; });
      sync(name);
    });
  });
  document.querySelectorAll('[data-oa-needs]').forEach(function (button) {
    var name = button.getAttribute('data-oa-needs');
    document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (b) {
      b.addEventListener('change', function () { sync(name); });
    });
    sync(name);
  });
  document.querySelectorAll('form[data-oa-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-oa-confirm'))) { e.preventDefault(); }
    });
  });
})();
