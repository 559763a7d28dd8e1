/* The page of `factcheck serve`: send the article to POST v1/check?format=html and show the report
 * that comes back in place of the last one. URLs are relative, so the page works under any prefix a
 * reverse proxy gives it. The report's markup comes from the server, where all article text is
 * escaped; this script only moves it into the page and never builds HTML from text. */
(function () {
  'use strict';
  var EXTENSIONS = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };
  var NAMES = { text: 'plain text', markdown: 'markdown', html: 'HTML' };
  function $(id) { return document.getElementById(id); }
  var form = $('fc-form'), area = $('fc-article'), drop = $('fc-drop'), fileInput = $('fc-file');
  var format = $('fc-format'), title = $('fc-title'), threshold = $('fc-threshold');
  var progress = $('fc-progress'), statusText = $('fc-status-text'), errorBox = $('fc-error');
  var result = $('fc-result');
  var fileFormat = null;   // the format a dropped or opened file's extension gives
  var running = null;      // the AbortController of the check in flight
  var ticker = null;

  function detect(text) {
    if (format.value !== 'auto') { return format.value; }
    if (fileFormat) { return fileFormat; }
    if (/^\s*(<!doctype html|<html|<body|<article|<main|<p[\s>]|<div[\s>]|<h[1-6][\s>])/i.test(text)) { return 'html'; }
    if (/^(#{1,6} |```)|\[[^\]\n]+\]\([^)\n]+\)/m.test(text)) { return 'markdown'; }
    return 'text';
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function busy(on, started) {
    progress.hidden = !on;
    result.setAttribute('aria-busy', on ? 'true' : 'false');
    clearInterval(ticker);
    if (on) {
      statusText.textContent = 'Checking…';
      ticker = setInterval(function () {
        statusText.textContent = 'Checking… ' + Math.round((performance.now() - started) / 1000) + ' s';
      }, 1000);
    }
  }

  function show(html, kind, started) {
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    var report = parsed.querySelector('[data-fc-report]');
    if (!report) { throw new Error('The server sent no report.'); }
    result.replaceChildren(document.importNode(report, true));
    window.factcheckReport.init(result);
    if (result.getBoundingClientRect().top > window.innerHeight * 0.6) { result.scrollIntoView({ block: 'start' }); }
    var summary = result.querySelector('.fc-summary');
    var found = summary && summary.firstChild ? summary.firstChild.textContent.replace(/ in 1 file\.\s*$/, '.') : '';
    statusText.textContent = 'Checked as ' + NAMES[kind] + ' in ' + ((performance.now() - started) / 1000).toFixed(1)
      + ' s. ' + found;
  }

  function check() {
    var text = area.value;
    errorBox.hidden = true;
    if (!text.trim()) { showError('Paste an article or drop a file first.'); return; }
    var body = {}, kind = detect(text);
    body[kind] = text;
    if (title.value.trim()) { body.title = title.value.trim(); }
    if (threshold.value !== '') {
      var value = Number(threshold.value);
      if (!(value >= 0 && value <= 1)) { showError('The threshold is a number from 0 to 1.'); return; }
      body.threshold = value;
    }
    if (running) { running.abort(); }
    var controller = new AbortController(), started = performance.now();
    running = controller;
    busy(true, started);
    fetch('v1/check?format=html', {
      method: 'POST', signal: controller.signal, body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/html' }
    }).then(function (response) {
      if (response.ok) { return response.text().then(function (html) { show(html, kind, started); }); }
      return response.json().then(function (answer) { throw new Error(answer.error || response.statusText); },
        function () { throw new Error('The server answered ' + response.status + ' ' + response.statusText + '.'); });
    }).catch(function (error) {
      if (error.name === 'AbortError') { return; }
      statusText.textContent = '';
      showError(error.message || String(error));
    }).finally(function () {
      if (running === controller) { running = null; busy(false); }
    });
  }

  function load(file) {
    var extension = (file.name.split('.').pop() || '').toLowerCase();
    file.text().then(function (text) {
      area.value = text;
      fileFormat = EXTENSIONS[extension] || null;
      title.value = file.name;
      check();
    }, function () { showError('Cannot read ' + file.name + '.'); });
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); check(); });
  area.addEventListener('input', function (event) {
    if (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop') {
      fileFormat = null;
      check();
    }
  });
  area.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
  });
  format.addEventListener('change', function () { if (area.value.trim()) { check(); } });
  fileInput.addEventListener('change', function () { if (fileInput.files.length) { load(fileInput.files[0]); } });
  ['dragenter', 'dragover'].forEach(function (name) {
    drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add('fc-dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove('fc-dragging'); });
  });
  drop.addEventListener('drop', function (event) {
    var files = event.dataTransfer && event.dataTransfer.files;
    if (files && files.length) { event.preventDefault(); load(files[0]); }
  });
  // A file dropped beside the box must not make the browser leave the page to show it.
  document.addEventListener('dragover', function (event) { event.preventDefault(); });
  document.addEventListener('drop', function (event) { if (!drop.contains(event.target)) { event.preventDefault(); } });
}());
