(function () {
  'use strict';
  // Claims are listed this many at a time: the list of a large suite is never all in the page.
  var CHUNK = 300;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var claims = data.claims;
  var nav = document.querySelector('nav');
  var list = document.getElementById('claims');
  var more = document.getElementById('more');
  var section = document.querySelector('section');
  var failuresOnly = document.getElementById('failures-only');
  var listed = document.getElementById('listed');
  var shown = [];
  var rendered = 0;
  var shownArticle = -1;
  var selected = -1;
  var step = 0;

  function filter() {
    shown = [];
    for (var i = 0; i < claims.length; i++) {
      if (!failuresOnly.checked || !claims[i].passed) shown.push(i);
    }
    rendered = 0;
    list.textContent = '';
    listed.textContent = shown.length + (failuresOnly.checked ? ' failed' : ' claims');
    document.body.dataset.listing = failuresOnly.checked ? 'failures' : 'all';
    renderMore();
    if (!shown.length) {
      list.innerHTML = '<p class="hint">' + (failuresOnly.checked ? 'No claim failed.' : 'No claims.') + '</p>';
    }
    fill();
  }

  function renderMore() {
    var end = Math.min(rendered + CHUNK, shown.length);
    var html = '';
    var file = -1;
    for (; rendered < end; rendered++) {
      var claim = claims[shown[rendered]];
      if (claim.file !== file) {
        if (file !== -1) html += '</ul>';
        var before = rendered > 0 ? claims[shown[rendered - 1]].file : -1;
        if (claim.file !== before) html += '<h2>' + data.files[claim.file] + '</h2>';
        html += '<ul>';
        file = claim.file;
      }
      html += listItem(claim, shown[rendered]);
    }
    if (file !== -1) html += '</ul>';
    list.insertAdjacentHTML('beforeend', html);
    more.hidden = rendered >= shown.length;
    more.textContent = (shown.length - rendered) + ' more claims';
    document.body.dataset.listed = rendered;
    if (selected >= 0) markSelected();
  }

  // The data's text is escaped already: it goes into the markup as it is.
  function listItem(claim, index) {
    var target = claim.evidence.length
      ? ' href="#ev-' + claim.evidence[0][0] + '" data-target="ev-' + claim.evidence[0][0] + '"'
      : '';
    return '<li class="' + (claim.passed ? 'passed' : 'failed') + ' verdict-' + claim.verdict + '">' +
      '<a data-claim="' + index + '"' + target + '><span class="verdict">' +
      (claim.expected || claim.verdict) + '</span><span class="sign">' +
      (claim.passed ? '✓' : '✗') + '</span> <span class="id">' + claim.id + '</span><br>' +
      claim.says + '</a>' +
      (claim.details ? '<pre class="diff">' + claim.details + '</pre>' : '') + '</li>';
  }

  // List more claims while the end of the list is in sight.
  function fill() {
    while (!more.hidden && nav.scrollTop + nav.clientHeight > nav.scrollHeight - 800) {
      renderMore();
    }
  }

  function markSelected() {
    var old = list.querySelector('li.selected');
    if (old) old.classList.remove('selected');
    var link = list.querySelector('a[data-claim="' + selected + '"]');
    if (link) link.parentNode.classList.add('selected');
  }

  function showArticle(number) {
    if (number === shownArticle) return;
    var block = document.getElementById('article-' + number);
    if (!block) return;
    section.innerHTML = JSON.parse(block.textContent);
    shownArticle = number;
  }

  // Show the claim's evidence in its article; each further click shows its next piece.
  function select(index) {
    var claim = claims[index];
    step = index === selected ? step + 1 : 0;
    selected = index;
    markSelected();
    if (!claim.evidence.length) return;
    var evidence = claim.evidence[step % claim.evidence.length];
    showArticle(evidence[1]);
    var target = document.getElementById('ev-' + evidence[0]);
    if (!target) return;
    var mark = target.closest('mark') || target;
    mark.scrollIntoView({ block: 'center' });
    section.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
    mark.classList.add('flash');
    document.body.dataset.selected = 'ev-' + evidence[0];
  }

  list.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-claim]');
    if (!link) return;
    event.preventDefault();
    select(Number(link.dataset.claim));
  });
  nav.addEventListener('scroll', fill, { passive: true });
  more.addEventListener('click', renderMore);
  failuresOnly.addEventListener('change', filter);
  filter();

  if (location.hash === '#selftest') {
    // The browser test's hook: list the failures with the switch, click the first one.
    failuresOnly.click();
    var first = list.querySelector('li.failed a[href]') || list.querySelector('a[href]');
    if (first) first.click();
    document.body.dataset.selftestMs = Math.round(performance.now());
    document.body.dataset.selftest = 'done';
    // Chromium's --dump-dom would spend seconds writing out tens of megabytes of data the
    // test does not read: it reads the file for that.
    document.querySelectorAll('script[type="application/json"]').forEach(function (block) {
      block.textContent = '';
    });
  } else {
    for (var i = 0; i < claims.length; i++) {
      if (!claims[i].passed && claims[i].evidence.length) {
        select(i);
        break;
      }
    }
  }
})();
