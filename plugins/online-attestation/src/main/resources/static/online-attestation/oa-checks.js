// Select-all checkboxes, buttons enabled once something is checked, confirmations, and a small
// rich-text editor over textareas marked data-oa-rich (the server sanitises whatever arrives).
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
  document.querySelectorAll('textarea[data-oa-rich]').forEach(function (area) {
    var editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.className = 'card oa-rich';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-labelledby', area.id);
    editor.innerHTML = area.value;
    var bar = document.createElement('div');
    bar.className = 'actions';
    [['bold', 'B'], ['italic', 'I'], ['insertUnorderedList', '•'], ['insertOrderedList', '1.']].forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = c[1];
      b.addEventListener('click', function () { document.execCommand(c[0]); editor.focus(); });
      bar.appendChild(b);
    });
    area.style.display = 'none';
    area.parentNode.insertBefore(bar, area);
    area.parentNode.insertBefore(editor, area);
    area.form.addEventListener('submit', function () { area.value = editor.innerHTML; });
  });
})();
