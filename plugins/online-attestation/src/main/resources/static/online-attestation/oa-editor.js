// Rich-text editors of the exam page and the ticket form: a contenteditable area, named by the
// textarea's own label, with a toolbar in place of the textarea. Each button's name starts with
// the letter or sign it shows (B, I, U, •, 1.) and says whether its style is on (aria-pressed).
// The textarea stays the form's field: every edit is copied back and announced as an input event.
(function () {
  'use strict';
  var commands = [['bold', 'B', 'bold'], ['italic', 'I', 'italic'], ['underline', 'U', 'underline'],
    ['insertUnorderedList', '•', 'bullets'], ['insertOrderedList', '1.', 'numbers']];

  document.querySelectorAll('textarea[data-oa-rich]').forEach(function (area) {
    var labels = area.closest('[data-label-bold]') || area;
    var caption = area.id ? document.querySelector('label[for="' + area.id + '"]') : null;
    var edit = document.createElement('div');
    edit.className = 'oa-editor';
    edit.contentEditable = 'true';
    edit.setAttribute('role', 'textbox');
    edit.setAttribute('aria-multiline', 'true');
    if (caption) {
      caption.id = caption.id || area.id + '-label';
      edit.setAttribute('aria-labelledby', caption.id);
      // The label now names the editor: a click on it goes there, not to the hidden textarea.
      caption.addEventListener('click', function (e) { e.preventDefault(); edit.focus(); });
    }
    edit.innerHTML = area.value;

    var bar = document.createElement('div');
    bar.className = 'oa-toolbar actions';
    bar.setAttribute('role', 'toolbar');
    if (caption) { bar.setAttribute('aria-labelledby', caption.id); }
    var buttons = commands.map(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = c[1];
      var word = labels.getAttribute('data-label-' + c[2]);
      b.setAttribute('aria-label', word ? c[1] + ' — ' + word : c[1]);
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', function () { edit.focus(); document.execCommand(c[0]); sync(); pressed(); });
      bar.appendChild(b);
      return b;
    });
    function pressed() {
      if (!edit.contains(document.getSelection().anchorNode)) { return; }
      commands.forEach(function (c, i) {
        buttons[i].setAttribute('aria-pressed', String(document.queryCommandState(c[0])));
      });
    }
    function sync() {
      area.value = edit.innerHTML;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    area.hidden = true;
    area.parentNode.insertBefore(bar, area);
    area.parentNode.insertBefore(edit, area);
    edit.addEventListener('input', sync);
    document.addEventListener('selectionchange', pressed);
    if (area.form) { area.form.addEventListener('submit', function () { area.value = edit.innerHTML; }); }
  });
}());
