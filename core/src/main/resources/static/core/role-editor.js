// Role editor: an edit-only right can be ticked only while its module is in edit mode; rights of a
// module that is not added are greyed out. The server checks the same rules; this only helps.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-role-editor] [data-module]').forEach(block => {
    const added = block.querySelector('[data-module-added]');
    const mode = block.querySelector('[data-module-mode]');
    const update = () => {
      const locked = added.matches(':disabled');
      mode.disabled = locked || !added.checked;
      block.querySelectorAll('input[name=right]').forEach(right => {
        const blocked = !added.checked || (right.hasAttribute('data-edit-only') && mode.value !== 'EDIT');
        right.disabled = locked || blocked;
        if (blocked) {
          right.checked = false;
        }
      });
    };
    added.addEventListener('change', update);
    mode.addEventListener('change', update);
    update();
  });
});
