// The Audit view (team only): who did what, from where, with what result,
// newest first, from `GET /api/audit`, filtered by the server by user,
// action, result and time.

import { api, esc, say } from './util.js';

const VIEW = `
  <p class="muted">Every write and every conference control, from the console, the API, the command line (as the operating-system user) and moderators' phone keys. Passwords and PINs are never recorded.</p>
  <form class="row" id="a-filters" role="search" aria-label="Filter the audit log">
    <div class="field"><label for="a-user">User</label><select id="a-user"><option value="">Everyone</option></select></div>
    <div class="field"><label for="a-action">Action contains</label><input id="a-action" type="search" placeholder="users/, live/…"></div>
    <div class="field"><label for="a-result">Result</label><select id="a-result"><option value="">Any</option><option>ok</option><option>partial</option><option>failed</option><option>error</option></select></div>
    <div class="field"><label for="a-since">From</label><input id="a-since" type="date"></div>
    <div class="field"><label for="a-until">To</label><input id="a-until" type="date"></div>
  </form>
  <p id="a-msg" role="status" hidden></p>
  <p id="a-count" class="muted" aria-live="polite"></p>
  <table class="stack"><caption class="sr-only">Audit log, newest first</caption><thead><tr>
    <th>When</th><th>User</th><th>From</th><th>Action</th><th>Arguments</th><th>Result</th><th>Detail</th>
  </tr></thead><tbody id="a-rows"></tbody></table>`;

/** A local calendar day as a UTC instant, so the filter means the admin's day. */
function dayBound(value, end) {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, end ? d + 1 : d).toISOString();
}

function args(v) {
  if (v == null) return '';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

function row(e) {
  const when = new Date(e.when).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' });
  const who = e.context ? `${e.user} (${e.context})` : e.user;
  const cls = e.result === 'ok' ? 'badge' : 'badge on';
  return `<tr data-user="${esc(e.user)}"><td data-label="When"><time datetime="${esc(e.when)}">${esc(when)}</time></td>` +
    `<td data-label="User">${esc(who)}</td><td data-label="From">${esc(e.from)}</td>` +
    `<td data-label="Action"><code>${esc(e.what)}</code></td><td data-label="Arguments"><code>${esc(args(e.args))}</code></td>` +
    `<td data-label="Result"><span class="${cls}">${esc(e.result)}</span></td><td data-label="Detail">${esc(e.detail ?? '')}</td></tr>`;
}

export async function audit() {
  const el = document.createElement('section');
  el.setAttribute('aria-labelledby', 't-audit');
  el.innerHTML = `<h2 id="t-audit">Audit</h2>${VIEW}`;
  const $ = (s) => el.querySelector(s);
  let asked = 0;

  const query = () => {
    const p = new URLSearchParams();
    const add = (k, v) => { if (v) p.set(k, v); };
    add('user', $('#a-user').value);
    add('action', $('#a-action').value.trim());
    add('result', $('#a-result').value);
    add('since', dayBound($('#a-since').value, false));
    add('until', dayBound($('#a-until').value, true));
    const q = p.toString();
    return q ? `?${q}` : '';
  };
  const load = async () => {
    const mine = ++asked;
    let a;
    try {
      a = await api('GET', `/api/audit${query()}`);
    } catch (e) {
      say($('#a-msg'), e.message);
      return;
    }
    if (mine !== asked) return; // a newer filter's answer wins
    say($('#a-msg'), '');
    $('#a-rows').innerHTML = a.entries.map(row).join('') || '<tr><td colspan="7">No entry matches.</td></tr>';
    const more = a.matched > a.entries.length ? ` (the newest ${a.entries.length} shown)` : '';
    $('#a-count').textContent = `${a.matched} entr${a.matched === 1 ? 'y' : 'ies'}${more}`;
  };
  // The users to choose from: everyone in the log.
  const all = await api('GET', '/api/audit?limit=10000');
  const users = [...new Set(all.entries.map((e) => e.user))].sort();
  $('#a-user').innerHTML = '<option value="">Everyone</option>' + users.map((u) => `<option>${esc(u)}</option>`).join('');
  $('#a-filters').addEventListener('change', load);
  $('#a-action').addEventListener('input', load);
  $('#a-filters').addEventListener('submit', (e) => e.preventDefault());
  await load();
  return el;
}
