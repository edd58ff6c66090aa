(function () {
  var form = document.getElementById('filters');
  if (!form) { return; }
  var boxes = form.querySelectorAll('input[name="verdict"]');
  var tool = form.querySelector('select[name="tool"]');
  var uses = document.querySelectorAll('tbody.use');
  var shown = document.getElementById('shown');
  function apply() {
    var wanted = {};
    boxes.forEach(function (box) { wanted[box.value] = box.checked; });
    var count = 0;
    uses.forEach(function (use) {
      var visible = wanted[use.dataset.verdict]
          && (tool.value === '' || use.dataset.tool === tool.value);
      use.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + ' of ' + uses.length + ' uses shown';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
