// The Backups view (team only): store a tree, the kept generations with
// time and size (download, preview, restore), upload an archive (checked by
// the server as a restore checks it, its diff shown before anything is
// restored), and every failed restore shown with the server's reason.

import { api, esc, say, confirmAction, applyWriteState } from './util.js';
import { fmtSize } from './recordings.js';

const TARGETS = [['directory', 'users'], ['dialplan', 'the dialplan'], ['conferences', 'conferences'], ['freeswitch', 'the whole FreeSWITCH configuration']];
const options = TARGETS.map(([t, what]) => `<option value="${t}">${t} (${esc(what)})</option>`).join('');

const VIEW = `
  <p class="muted">Store writes an archive of a tree on the server and keeps it as a generation. Restoring replaces the tree and reloads FreeSWITCH; nothing is restored before you saw what would change.</p>
  <div class="panel"><h3>Store or restore the last archive</h3><div class="row">
    <div class="field"><label for="b-target">Tree</label><select id="b-target">${options}</select></div>
    <button id="b-store" data-write>Store</button>
    <button id="b-restore-last" class="danger" data-write>Restore last stored</button></div></div>
  <div class="panel"><h3>Upload an archive</h3><form id="b-upload" class="row">
    <div class="field"><label for="b-up-target">Tree it holds</label><select id="b-up-target">${options}</select></div>
    <div class="field"><label for="b-file">Archive (.tar.gz)</label><input id="b-file" type="file" accept=".gz,.tgz,application/gzip" required></div>
    <button type="submit" data-write>Upload and check</button></form></div>
  <p id="b-msg" role="status" hidden></p>
  <div id="b-preview" class="panel" hidden><h3 id="b-preview-title"></h3>
    <ul id="b-changes"></ul>
    <div class="row"><button id="b-restore" class="danger" data-write>Restore this backup</button><button id="b-cancel">Cancel</button></div></div>
  <p id="b-keep" class="muted"></p>
  <table class="stack"><caption class="sr-only">Kept backups, newest first</caption><thead><tr>
    <th>Stored</th><th>Tree</th><th>Size</th><th>Actions</th>
  </tr></thead><tbody id="b-rows"></tbody></table>`;

/** POST without throwing on 422: restores and uploads answer why there. */
async function post(path, body, raw) {
  const headers = { 'X-Fsconn-Console': '1', Accept: 'application/json' };
  const init = { method: 'POST', headers, credentials: 'same-origin', body };
  if (!raw) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  } else {
    headers['Content-Type'] = 'application/gzip';
  }
  const r = await fetch(path, init);
  const data = await r.json().catch(() => null);
  if (r.ok || r.status === 422) return { ok: r.ok, data };
  throw new Error((data && (data.message || data.error)) || r.statusText);
}

function row(b) {
  const when = new Date(b.time).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' });
  const href = `/api/backups/${encodeURIComponent(b.name)}`;
  return `<tr data-name="${esc(b.name)}"><td data-label="Stored"><time datetime="${esc(b.time)}">${esc(when)}</time></td>` +
    `<td data-label="Tree">${esc(b.target)}</td><td data-label="Size">${esc(fmtSize(b.size))}</td>` +
    `<td data-label="Actions"><a href="${href}" download="${esc(b.name)}">Download</a> ` +
    `<button data-preview data-write>Preview restore</button></td></tr>`;
}

export async function backups() {
  const el = document.createElement('section');
  el.setAttribute('aria-labelledby', 't-backups');
  el.innerHTML = `<h2 id="t-backups">Backups</h2>${VIEW}`;
  const $ = (s) => el.querySelector(s);
  const msg = $('#b-msg');
  let pending = null;

  const load = async () => {
    const a = await api('GET', '/api/backups');
    $('#b-keep').textContent = `The newest ${a.keep} of each tree are kept.`;
    $('#b-rows').innerHTML = a.backups.map(row).join('') || '<tr><td colspan="4">No backup is kept yet.</td></tr>';
    applyWriteState(el);
  };
  const show = (p) => {
    pending = p.failed ? null : p;
    $('#b-preview').hidden = false;
    $('#b-preview-title').textContent = p.failed ? `${p.name} cannot be restored` : `Restoring ${p.name} changes`;
    const items = p.failed ? [] : [...p.changes, ...p.commands.map((c) => `then FreeSWITCH: ${c}`)];
    $('#b-changes').innerHTML = items.map((c) => `<li><code>${esc(c)}</code></li>`).join('') || (p.failed ? '' : '<li>Nothing: the tree already holds this.</li>');
    $('#b-restore').hidden = Boolean(p.failed);
    if (p.failed) say(msg, p.failed); else say(msg, `${p.name} passed every restore check.`, true);
  };
  const restore = async (t, body, what) => {
    if (!(await confirmAction(`Restore ${t} from ${what}? The current files are replaced.`, 'Restore'))) return;
    say(msg, 'Restoring…', true);
    try {
      const r = await post(`/api/restore/${t}`, body);
      if (r.ok) say(msg, `Restored ${t} from ${r.data.done}.`, true);
      else say(msg, `Not restored: ${r.data?.failed || 'unknown reason'}`);
      $('#b-preview').hidden = true;
    } catch (err) { say(msg, `Not restored: ${err.message}`); }
  };

  $('#b-store').addEventListener('click', async () => {
    say(msg, 'Storing…', true);
    try {
      const a = await api('POST', `/api/store/${$('#b-target').value}`, {});
      say(msg, `Stored ${a.done}.`, true);
      await load();
    } catch (err) { say(msg, `Not stored: ${err.message}`); }
  });
  $('#b-restore-last').addEventListener('click', () => restore($('#b-target').value, {}, 'the last stored archive'));
  $('#b-rows').addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-preview]');
    if (!b) return;
    try {
      show(await api('GET', `/api/backups/${encodeURIComponent(b.closest('tr').dataset.name)}/preview`));
    } catch (err) { say(msg, err.message); }
  });
  $('#b-upload').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = $('#b-file').files[0];
    if (!file) return;
    say(msg, 'Uploading and checking…', true);
    try {
      const r = await post(`/api/backups?target=${$('#b-up-target').value}`, await file.arrayBuffer(), true);
      show(r.data);
      await load();
    } catch (err) { say(msg, `Not uploaded: ${err.message}`); }
  });
  $('#b-restore').addEventListener('click', () => pending && restore(pending.target, { backup: pending.name }, pending.name));
  $('#b-cancel').addEventListener('click', () => { $('#b-preview').hidden = true; pending = null; });
  await load();
  return el;
}
