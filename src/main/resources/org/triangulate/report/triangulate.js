// Triangulate: filters and sorts the tables, and highlights the piece of evidence a link points to
// (#ev-KEY). Loaded as a file by the web app (script-src 'self'); inlined with its hash in the single-file report.
(function () {
  'use strict';

  function highlight() {
    document.querySelectorAll('.focus').forEach(function (e) { e.classList.remove('focus'); });
    var m = /^#ev-([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (!m) return;
    var marks = document.querySelectorAll('[data-ev~="' + m[1] + '"]');
    marks.forEach(function (e) { e.classList.add('focus'); });
    if (marks.length) marks[0].scrollIntoView({block: 'center'});
  }

  function filterClaims() {
    var table = document.getElementById('claims-table');
    if (!table) return;
    var status = document.getElementById('status-filter').value;
    var text = document.getElementById('text-filter').value.trim().toLowerCase();
    var shown = 0;
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var ok = (!status || row.dataset.status === status)
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.classList.toggle('hidden', !ok);
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' shown';
  }

  function key(row, column) {
    var cell = row.children[column];
    return cell ? (cell.dataset.key !== undefined ? cell.dataset.key : cell.textContent.trim()) : '';
  }

  function sortBy(th) {
    var table = th.closest('table');
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var descending = th.classList.contains('asc');
    table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
    th.classList.add(descending ? 'desc' : 'asc');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var number = /^-?[0-9]+(\.[0-9]+)?$/;
      var c = number.test(x) && number.test(y) ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function init() {
    document.querySelectorAll('th[data-sort]').forEach(function (th) {
      th.addEventListener('click', function () { sortBy(th); });
    });
    var status = document.getElementById('status-filter');
    if (status) {
      var wanted = new URLSearchParams(location.search).get('status');
      if (wanted) status.value = wanted;
      status.addEventListener('change', filterClaims);
      document.getElementById('text-filter').addEventListener('input', filterClaims);
      filterClaims();
    }
    document.querySelectorAll('a.status-count').forEach(function (a) {
      a.addEventListener('click', function () {
        if (status) { status.value = a.dataset.status; filterClaims(); }
      });
    });
    window.addEventListener('hashchange', highlight);
    highlight();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
