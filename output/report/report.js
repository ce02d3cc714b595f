// newsfacts review pages: layer toggles, error filter, relation evidence, index sort and search.
// Plain DOM, no library, works from file://.
(function () {
  'use strict';
  var body = document.body;

  document.querySelectorAll('.layer-toggle').forEach(function (box) {
    box.addEventListener('change', function () {
      body.classList.toggle('show-' + box.dataset.layer, box.checked);
    });
  });

  document.querySelectorAll('.kind-toggle').forEach(function (box) {
    box.addEventListener('change', function () {
      var kind = box.dataset.kind;
      document.querySelectorAll('li.error').forEach(function (li) {
        if (li.dataset.kind === kind) {
          li.classList.toggle('kind-hidden', !box.checked);
        }
      });
      document.querySelectorAll('.err.k-' + CSS.escape(kind)).forEach(function (mark) {
        mark.classList.toggle('kind-hidden', !box.checked);
      });
    });
  });

  function flash(id) {
    var target = document.getElementById(id);
    if (target) {
      target.classList.remove('flash');
      void target.offsetWidth;
      target.classList.add('flash');
    }
  }
  document.querySelectorAll('a.jump').forEach(function (a) {
    a.addEventListener('click', function () { flash(a.getAttribute('href').slice(1)); });
  });

  document.querySelectorAll('.evidence-button').forEach(function (button) {
    button.addEventListener('click', function () {
      var id = button.dataset.evidence;
      var wasOn = button.classList.contains('on');
      document.querySelectorAll('.evid.on, .evidence-button.on').forEach(function (el) { el.classList.remove('on'); });
      if (!id || wasOn) {
        return;
      }
      button.classList.add('on');
      var first = document.getElementById(id);
      if (first) {
        // A split mark is several elements: light them all.
        document.querySelectorAll('.evid[data-start="' + first.dataset.start + '"][data-end="' + first.dataset.end + '"]')
          .forEach(function (el) { el.classList.add('on'); });
        first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    });
  });

  var table = document.getElementById('articles');
  if (!table) {
    return;
  }
  var tbody = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, column) {
    th.addEventListener('click', function () {
      var descending = th.getAttribute('aria-sort') !== 'descending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      var numeric = th.dataset.type === 'number';
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent.trim();
        var y = b.cells[column].textContent.trim();
        var order;
        if (numeric) {
          var nx = parseFloat(x), ny = parseFloat(y);
          // Undefined figures ("–") sort last either way.
          if (isNaN(nx) || isNaN(ny)) { return isNaN(nx) - isNaN(ny); }
          order = nx - ny;
        } else {
          order = x.localeCompare(y);
        }
        return descending ? -order : order;
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
    });
  });

  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var text = (row.cells[0].textContent + ' ' + row.cells[1].textContent).toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      count += match ? 1 : 0;
    });
    shown.textContent = count + ' of ' + tbody.rows.length + ' shown';
  }
  search.addEventListener('input', filter);
  filter();
}());
