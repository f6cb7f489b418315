// The Recordings view: newest first with conference, start, duration and
// size (`GET /api/recordings?details=true`, or `/fr/friendsrec?details=true`
// for friends), filtered by conference, date and name; play, download and
// delete one or several; the recording being made now with its time so far.

import { api, esc, say, describeWrite, confirmAction, fmtDuration } from './util.js';

const VIEW = `
  <form class="row" id="r-filters" role="search" aria-label="Filter recordings">
    <div class="field"><label for="r-conf">Conference</label><select id="r-conf"><option value="">All conferences</option></select></div>
    <div class="field"><label for="r-from">From</label><input id="r-from" type="date"></div>
    <div class="field"><label for="r-to">To</label><input id="r-to" type="date"></div>
    <div class="field"><label for="r-search">Search recordings</label><input id="r-search" type="search"></div>
  </form>
  <div class="panel" id="r-player" hidden><h3 id="r-now">Playing</h3><audio id="r-audio" controls preload="auto" aria-labelledby="r-now"></audio></div>
  <p id="r-msg" role="status" hidden></p>
  <div class="row"><button class="danger" id="r-del-selected" disabled>Delete selected</button> <span id="r-count" class="muted" aria-live="polite"></span></div>
  <table class="stack"><caption class="sr-only">Recordings, newest first</caption><thead><tr>
    <th><input type="checkbox" id="r-all" aria-label="Select all recordings shown"></th><th>Started</th><th>Conference</th><th>Duration</th><th>Size</th><th>File</th><th><span class="sr-only">Actions</span></th>
  </tr></thead><tbody id="r-rows"></tbody></table>`;

/** Bytes for people. */
export function fmtSize(n) {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i += 1; }
  return `${v.toFixed(1)} ${units[i]}`;
}

/** The local calendar day of a time, `YYYY-MM-DD`, as `<input type=date>` gives it. */
function localDay(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** When a recording started: its name's time stamp, else when it was written. */
function startOf(r) {
  return Date.parse(r.started ?? r.modified);
}

function durationCell(r) {
  if (r.running) return `<span class="badge on" data-elapsed="${startOf(r)}">recording, ${esc(fmtDuration(Date.now() - startOf(r)))}</span>`;
  return r.duration == null ? '<span class="muted">unknown</span>' : esc(fmtDuration(r.duration * 1000));
}

function row(r, url) {
  const f = r.file;
  const when = new Date(startOf(r)).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' });
  return `<tr data-file="${esc(f)}"${r.running ? ' data-running' : ''}>` +
    `<td><input type="checkbox" data-select aria-label="Select ${esc(f)}"${r.running ? ' disabled' : ''}></td>` +
    `<td data-label="Started"><time datetime="${esc(r.started ?? r.modified)}">${esc(when)}</time></td>` +
    `<td data-label="Conference">${esc(r.conference ?? '')}</td>` +
    `<td data-label="Duration" data-col="duration">${durationCell(r)}</td>` +
    `<td data-label="Size">${esc(fmtSize(r.size))}</td>` +
    `<td data-label="File">${esc(f)}</td>` +
    `<td class="actions"><button class="small" data-do="play" aria-label="Play ${esc(f)}">Play</button> ` +
    `<a href="${esc(url(f))}" download="${esc(f)}" aria-label="Download ${esc(f)}">Download</a> ` +
    `<button class="small danger" data-do="del" aria-label="Delete ${esc(f)}"${r.running ? ' disabled title="being recorded"' : ''}>Delete</button></td></tr>`;
}

/** The files the live view says are being recorded now. */
function runningNow(model) {
  const names = [];
  for (const c of model.confs.values()) {
    const st = c.recording?.status;
    if (st && st !== 'norec' && c.recording.file) names.push(c.recording.file.split('/').pop());
  }
  return names.sort().join('\n');
}

export async function recordings(ctx) {
  const team = ctx.me.role === 'team';
  const base = team ? '/api/recordings' : '/fr/friendsrec';
  const el = document.createElement('section');
  el.setAttribute('aria-labelledby', 't-recordings');
  el.innerHTML = `<h2 id="t-recordings">Recordings</h2>${VIEW}`;
  const $ = (s) => el.querySelector(s);
  const url = (f) => `${base}/${encodeURIComponent(f)}`;
  let list = [];
  let seen = runningNow(ctx.model);

  const shown = () => {
    const conf = $('#r-conf').value;
    const from = $('#r-from').value;
    const to = $('#r-to').value;
    const q = $('#r-search').value.trim().toLowerCase();
    return list.filter((r) => (!conf || r.conference === conf) &&
      (!from || localDay(startOf(r)) >= from) && (!to || localDay(startOf(r)) <= to) &&
      (!q || r.file.toLowerCase().includes(q)));
  };
  const selected = () => [...el.querySelectorAll('#r-rows input[data-select]:checked')].map((i) => i.closest('tr').dataset.file);
  const count = () => {
    const n = selected().length;
    $('#r-del-selected').textContent = n ? `Delete selected (${n})` : 'Delete selected';
    $('#r-del-selected').disabled = n === 0;
  };
  const show = () => {
    const rows = shown();
    $('#r-rows').innerHTML = rows.map((r) => row(r, url)).join('') || '<tr><td colspan="7">No recording.</td></tr>';
    $('#r-all').checked = false;
    $('#r-count').textContent = `${rows.length} of ${list.length} recording${list.length === 1 ? '' : 's'} shown`;
    count();
  };
  const load = async () => {
    list = (await api('GET', `${base}?details=true`)).recordings;
    const confs = [...new Set(list.map((r) => r.conference).filter(Boolean))].sort();
    const sel = $('#r-conf');
    const keep = sel.value;
    sel.innerHTML = '<option value="">All conferences</option>' + confs.map((c) => `<option${c === keep ? ' selected' : ''}>${esc(c)}</option>`).join('');
    show();
  };
  const del = async (files) => {
    const what = files.length === 1 ? `recording ${files[0]}` : `${files.length} recordings`;
    if (!(await confirmAction(`Delete ${what}? This cannot be undone.`, 'Delete'))) return;
    const path = team ? '/api/recordings/del' : '/fr/delfriendsrec';
    say($('#r-msg'), 'Working…', true);
    try {
      const d = describeWrite(await api('POST', path, files.map((file) => ({ file }))));
      say($('#r-msg'), d.text, d.ok);
    } catch (e) {
      say($('#r-msg'), e.message);
    }
    await load();
  };
  const play = (file) => {
    $('#r-player').hidden = false;
    $('#r-now').textContent = `Playing ${file}`;
    const a = $('#r-audio');
    a.onerror = () => say($('#r-msg'), `${file} cannot be played in this browser (error ${a.error?.code}).`);
    a.src = url(file);
    a.play().catch(() => {});
  };

  $('#r-filters').addEventListener('input', show);
  $('#r-filters').addEventListener('change', show);
  $('#r-filters').addEventListener('submit', (e) => e.preventDefault());
  $('#r-all').addEventListener('change', () => {
    for (const i of el.querySelectorAll('#r-rows input[data-select]:not(:disabled)')) i.checked = $('#r-all').checked;
    count();
  });
  $('#r-rows').addEventListener('change', count);
  $('#r-del-selected').addEventListener('click', () => del(selected()));
  $('#r-rows').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-do]');
    if (!b) return;
    const file = b.closest('tr').dataset.file;
    if (b.dataset.do === 'play') play(file);
    else del([file]);
  });
  await load();
  // Every second: the running recordings' time so far; a recording started
  // or stopped in the live view reloads the list (its duration is known).
  const timer = setInterval(() => {
    if (!el.isConnected) { clearInterval(timer); return; }
    for (const s of el.querySelectorAll('[data-elapsed]')) s.textContent = `recording, ${fmtDuration(Date.now() - Number(s.dataset.elapsed))}`;
    const now = runningNow(ctx.model);
    if (now !== seen) { seen = now; load().catch((err) => say($('#r-msg'), err.message)); }
  }, 1000);
  return el;
}
