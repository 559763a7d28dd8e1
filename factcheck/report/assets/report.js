/* factcheck HTML report: filters, selecting a finding, keyboard navigation.
 * It reads only the markup (data-* attributes); it never builds HTML from text, so article text
 * cannot become markup here. window.factcheckReport.init(container) (re)binds a report that was
 * put into a page after loading (the page of `factcheck serve` does that after each check). */
(function () {
  'use strict';
  var RANK = { info: 0, warning: 1, error: 2 };
  var root = null;       // the [data-fc-report] element in use
  var cards = [];        // the finding cards, in report order
  var current = null;    // id of the selected finding ("r0-f1"), or null
  var landed = null;     // role of the claim last jumped to ("a" or "b")

  function $all(selector, scope) { return Array.prototype.slice.call((scope || root).querySelectorAll(selector)); }
  function card(id) { return document.getElementById(id); }
  function visibleCards() { return cards.filter(function (c) { return !c.hidden; }); }
  function claimsOf(id) { return $all('mark[data-claims]').filter(function (m) {
    return m.dataset.claims.split(' ').some(function (c) { return c === id + '-a' || c === id + '-b'; }); }); }

  function applyFilters() {
    var wanted = { severity: {}, kind: {} };
    $all('input[data-filter]').forEach(function (box) { wanted[box.dataset.filter][box.value] = box.checked; });
    var shown = 0, hiddenIds = {};
    cards.forEach(function (c) {
      var hide = !wanted.severity[c.dataset.severity] || !wanted.kind[c.dataset.kind];
      c.hidden = hide;
      if (hide) { hiddenIds[c.dataset.finding] = true; } else { shown += 1; }
    });
    $all('.fc-ref').forEach(function (ref) { ref.hidden = !!hiddenIds[ref.dataset.finding]; });
    $all('mark[data-claims]').forEach(function (mark) {
      var worst = null;
      mark.dataset.claims.split(' ').forEach(function (claim) {
        var id = claim.replace(/-[ab]$/, '');
        if (hiddenIds[id]) { return; }
        var severity = card(id).dataset.severity;
        if (worst === null || RANK[severity] > RANK[worst]) { worst = severity; }
      });
      mark.classList.toggle('fc-off', worst === null);
      ['error', 'warning', 'info'].forEach(function (s) { mark.classList.toggle('fc-sev-' + s, s === worst); });
    });
    var status = root.querySelector('.fc-shown');
    if (status) {
      status.textContent = (shown === cards.length ? 'Showing all ' : 'Showing ' + shown + ' of ') + cards.length
        + (cards.length === 1 ? ' finding.' : ' findings.');
    }
    if (current && hiddenIds[current]) { select(null); }
  }

  function select(id) {
    $all('.fc-selected').forEach(function (el) { el.classList.remove('fc-selected'); });
    $all('.fc-current').forEach(function (el) { el.classList.remove('fc-current'); });
    current = id;
    landed = null;
    if (!id) { return; }
    card(id).classList.add('fc-selected');
    claimsOf(id).forEach(function (m) { m.classList.add('fc-current'); });
    ['a', 'b'].forEach(function (role) { var ref = document.getElementById(id + '-' + role);
      if (ref) { ref.classList.add('fc-current'); } });
  }

  function showCard(id) {
    select(id);
    var c = card(id);
    c.focus({ preventScroll: true });
    c.scrollIntoView({ block: 'nearest' });
    var a = document.getElementById(id + '-a');  // the editor sees where the finding is as they move
    if (a) { a.scrollIntoView({ block: 'center' }); }
  }

  function goTo(id, role) {
    var target = document.getElementById(id + '-' + role);
    if (!target) { return; }
    if (current !== id) { select(id); }
    landed = role;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
    if (window.history && history.replaceState) { history.replaceState(null, '', '#' + target.id); }
  }

  function move(step) {
    var shown = visibleCards();
    if (!shown.length) { return; }
    var at = shown.findIndex(function (c) { return c.dataset.finding === current; });
    var next = at < 0 ? (step > 0 ? 0 : shown.length - 1) : Math.min(Math.max(at + step, 0), shown.length - 1);
    showCard(shown[next].dataset.finding);
  }

  function onLink(event) {
    var match = /^#(.+)-([ab])$/.exec(this.getAttribute('href') || '');
    if (!match || !document.getElementById(match[1])) { return; }
    event.preventDefault();
    goTo(match[1], match[2]);
  }

  function onMark(event) {
    var ids = event.currentTarget.dataset.claims.split(' ').map(function (c) { return c.replace(/-[ab]$/, ''); })
      .filter(function (id, i, all) { return all.indexOf(id) === i && !card(id).hidden; });
    if (!ids.length) { return; }
    var at = ids.indexOf(current);  // a second click on shared text moves to the next finding there
    var id = ids[(at + 1) % ids.length];
    select(id);
    card(id).focus({ preventScroll: true });
    card(id).scrollIntoView({ block: 'nearest' });
  }

  function typing(target) {
    return target && target.closest && target.closest('input, textarea, select, [contenteditable], button, summary');
  }

  function onKey(event) {
    if (!root || !document.body.contains(root) || event.defaultPrevented || event.altKey || event.ctrlKey
        || event.metaKey) { return; }
    var target = event.target;
    if (typing(target)) { return; }
    if (event.key === 'Enter' && target && target.tagName === 'A') { return; }  // the link itself jumps
    switch (event.key) {
      case 'j': case 'n': move(1); break;
      case 'k': case 'p': move(-1); break;
      case 'Enter':
        if (!current) { return; }
        goTo(current, landed === 'a' ? 'b' : 'a');
        break;
      case 'Escape':
        if (!current) { return; }
        card(current).focus();
        landed = null;
        break;
      default: return;
    }
    event.preventDefault();
  }

  function init(container) {
    root = (container || document).querySelector('[data-fc-report]');
    current = null; landed = null;
    if (!root) { cards = []; return; }
    cards = $all('.fc-finding');
    $all('input[data-filter]').forEach(function (box) { box.addEventListener('change', applyFilters); });
    $all('.fc-select').forEach(function (button) {
      button.addEventListener('click', function () { goTo(button.dataset.finding, 'a'); });
    });
    $all('a[href^="#"]').forEach(function (link) { link.addEventListener('click', onLink); });
    $all('mark[data-claims]').forEach(function (mark) { mark.addEventListener('click', onMark); });
    applyFilters();
  }

  document.addEventListener('keydown', onKey);
  window.factcheckReport = { init: init };
  init(document);
}());
