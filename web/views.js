// The views other than Live. Each is `async (ctx) => element`; `ctx` holds
// the signed-in user, the live model and a way to re-render on changes.

import { api, esc, say, describeWrite, confirmAction, applyWriteState } from './util.js';
import { SETTINGS_FORM, settingsForm, summary } from './confsettings.js';

function section(title, html) {
  const el = document.createElement('section');
  const id = `t-${title.toLowerCase().replace(/\W+/g, '-')}`;
  el.setAttribute('aria-labelledby', id);
  el.innerHTML = `<h2 id="${id}">${esc(title)}</h2>${html}`;
  return el;
}

function options(list, selected) {
  return list.map((v) => `<option${v === selected ? ' selected' : ''}>${esc(v)}</option>`).join('');
}

/** Run a write and report its outcome in `msgEl`; true if nothing failed. */
async function write(msgEl, f) {
  say(msgEl, 'Working…', true);
  try {
    const ans = await f();
    const d = describeWrite(ans);
    say(msgEl, d.text, d.ok);
    return d.ok;
  } catch (e) {
    say(msgEl, e.message);
    return false;
  }
}

/** Parse an import file: a JSON array of users, or CSV with a header row. */
export function parseUsers(text) {
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t);
  const lines = t.split(/\r?\n/).filter((l) => l.trim());
  const split = (l) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const head = split(lines.shift() ?? '').map((h) => h.toLowerCase());
  if (!head.includes('name')) throw new Error('the CSV needs a header row with at least name, email and context');
  return lines.map((l) => {
    const cells = split(l);
    const u = {};
    head.forEach((h, i) => { if (cells[i]) u[h] = cells[i]; });
    return u;
  });
}

/** A user's own provisioning URL: the file their phone fetches. */
function provUrl(origin, id) {
  return `${origin}/linphone?user=${encodeURIComponent(id)}`;
}

/** The QR code of a Linphone provisioning URL (drawn by the server). */
function qrImg(url, name) {
  return `<img class="qr" width="200" height="200" src="/linphone/qr?url=${encodeURIComponent(url)}" alt="QR code of the Linphone provisioning URL of ${esc(name)}">`;
}

/**
 * Show a new password once, with a copy button; it is not kept anywhere
 * else in the page (gone with the next message or view).
 */
function showSecret(el, text, pw) {
  el.hidden = false;
  el.classList.add('okmsg');
  el.classList.remove('error');
  el.innerHTML = `<span>${esc(text)} <code class="secret">${esc(pw)}</code> (shown once)</span> <button type="button" class="small quiet" data-copy>Copy</button>`;
  el.querySelector('[data-copy]').addEventListener('click', async (e) => {
    try {
      await navigator.clipboard.writeText(pw);
      e.target.textContent = 'Copied';
    } catch {
      window.getSelection().selectAllChildren(el.querySelector('code'));
      e.target.textContent = 'Selected: press Ctrl+C';
    }
  });
}

function userRow(u, origin) {
  const prov = provUrl(origin, u.id);
  const poly = u.polymac && u.polymac !== 'none' ? ` <span class="muted">Polycom: /polycom/</span>` : '';
  return `<tr data-id="${esc(u.id)}"><td data-label="Id">${esc(u.id)}</td><td data-label="Name">${esc(u.name)}</td>` +
    `<td data-label="Email">${esc(u.email)}</td><td data-label="Context">${esc(u.context)}</td>` +
    `<td data-label="Provisioning"><a href="${esc(prov)}" aria-label="Provisioning link of ${esc(u.name)}">${esc(prov.replace(origin, ''))}</a>${poly} <button class="small quiet" data-do="qr" aria-expanded="false">QR</button><div class="qr-box" hidden></div></td>` +
    `<td class="actions"><button class="small quiet" data-do="edit">Edit</button> <button class="small quiet" data-write data-do="reset">Reset password</button> <button class="small danger" data-write data-do="del">Delete</button></td></tr>`;
}

export async function users(ctx) {
  const el = section('Users', `
    <form class="panel" id="user-add" aria-labelledby="ua-title"><h3 id="ua-title">Add a user</h3>
      <div class="row">
        <div class="field"><label for="ua-name">Name</label><input id="ua-name" name="name" required></div>
        <div class="field"><label for="ua-email">Email</label><input id="ua-email" name="email" type="email" required></div>
        <div class="field"><label for="ua-context">Context</label><select id="ua-context" name="context"></select></div>
        <div class="field"><label for="ua-polymac">Polycom MAC (optional)</label><input id="ua-polymac" name="polymac"></div>
        <button data-write type="submit">Add</button>
      </div>
      <div class="row"><div class="field"><label for="ua-file">Or add many from a CSV or JSON file</label><input id="ua-file" type="file" accept=".csv,.json,text/csv,application/json"></div>
        <button data-write type="button" id="ua-import">Import</button></div>
      <p id="ua-msg" role="status" hidden></p>
    </form>
    <form class="panel" id="user-edit" hidden aria-labelledby="ue-title"><h3 id="ue-title">Edit user</h3>
      <div class="row">
        <div class="field"><label for="ue-name">Name</label><input id="ue-name" name="name"></div>
        <div class="field"><label for="ue-email">Email</label><input id="ue-email" name="email" type="email"></div>
        <div class="field"><label for="ue-context">Context</label><select id="ue-context" name="context"></select></div>
        <div class="field"><label for="ue-polymac">Polycom MAC</label><input id="ue-polymac" name="polymac"></div>
        <div class="field"><label for="ue-conpin">Conference PIN</label><input id="ue-conpin" name="conpin"></div>
        <button data-write type="submit">Save</button> <button type="button" class="quiet" id="ue-cancel">Cancel</button>
      </div></form>
    <div class="row"><div class="field"><label for="u-search">Search users</label><input id="u-search" type="search" placeholder="name, id, email, context"></div></div>
    <p id="u-msg" role="status" hidden></p>
    <table class="stack"><caption class="sr-only">Users</caption><thead><tr><th>Id</th><th>Name</th><th>Email</th><th>Context</th><th>Provisioning</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody id="u-rows"></tbody></table>`);
  const $ = (s) => el.querySelector(s);
  let list = [];
  let editing = null;
  const load = async () => {
    const data = await api('GET', '/api/users');
    list = data.users;
    const ctxs = Object.keys(data.info.contexts);
    $('#ua-context').innerHTML = options(ctxs, $('#ua-context').value || ctxs[0]);
    $('#ue-context').innerHTML = options(ctxs);
    show();
  };
  const show = () => {
    const q = $('#u-search').value.trim().toLowerCase();
    const rows = list.filter((u) => !q || [u.id, u.name, u.email, u.context].some((v) => String(v).toLowerCase().includes(q)));
    $('#u-rows').innerHTML = rows.map((u) => userRow(u, location.origin)).join('') || '<tr><td colspan="6">No user matches.</td></tr>';
    applyWriteState(el);
  };
  const after = async (ok) => { if (ok) await load(); };
  $('#u-search').addEventListener('input', show);
  $('#user-add').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const u = { name: f.get('name').trim(), email: f.get('email').trim(), context: f.get('context') };
    if (f.get('polymac').trim()) u.polymac = f.get('polymac').trim();
    if (!u.name || !u.email) return say($('#ua-msg'), 'Name and email are required.');
    let added = null;
    const ok = await write($('#ua-msg'), async () => { added = await api('POST', '/api/users/add', [u]); return added; });
    const made = added?.done?.[0];
    if (ok && made?.password) showSecret($('#ua-msg'), `Added ${made.name} (${made.id}); password:`, made.password);
    if (ok) e.target.reset();
    await after(ok);
  });
  $('#ua-import').addEventListener('click', async () => {
    const file = $('#ua-file').files[0];
    if (!file) return say($('#ua-msg'), 'Choose a CSV or JSON file first.');
    let items;
    try { items = parseUsers(await file.text()); } catch (e) { return say($('#ua-msg'), `${file.name}: ${e.message}`); }
    await after(await write($('#ua-msg'), () => api('POST', '/api/users/add', items)));
  });
  $('#u-rows').addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-do]');
    if (!b) return;
    const u = list.find((x) => x.id === b.closest('tr').dataset.id);
    if (b.dataset.do === 'qr') {
      const box = b.parentElement.querySelector('.qr-box');
      if (!box.firstChild) box.innerHTML = qrImg(provUrl(location.origin, u.id), u.name);
      box.hidden = !box.hidden;
      b.setAttribute('aria-expanded', String(!box.hidden));
    } else if (b.dataset.do === 'edit') {
      editing = u;
      for (const k of ['name', 'email', 'polymac', 'conpin']) $(`#ue-${k}`).value = u[k] ?? '';
      $('#ue-context').value = u.context;
      $('#ue-title').textContent = `Edit user ${u.id}`;
      $('#user-edit').hidden = false;
      $('#ue-name').focus();
    } else if (b.dataset.do === 'reset') {
      if (!(await confirmAction(`Give ${u.name} (${u.id}) a new random password? Their phone must then be provisioned again.`, 'Reset password'))) return;
      const pw = Array.from(crypto.getRandomValues(new Uint8Array(9)), (x) => 'abcdefghjkmnpqrstuvwxyz23456789'[x % 31]).join('');
      // The phone stays: an item without polymac would remove it.
      const ok = await write($('#u-msg'), () => api('POST', '/api/users/mod', [{ id: u.id, password: pw, polymac: u.polymac || 'none' }]));
      if (ok) showSecret($('#u-msg'), `New password of ${u.name}:`, pw);
      await after(ok);
    } else if (b.dataset.do === 'del') {
      if (!(await confirmAction(`Delete user ${u.name} (${u.id})? This cannot be undone.`, 'Delete'))) return;
      await after(await write($('#u-msg'), () => api('POST', '/api/users/del', [{ id: u.id }])));
    }
  });
  $('#ue-cancel').addEventListener('click', () => { $('#user-edit').hidden = true; });
  $('#user-edit').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const change = { id: editing.id };
    for (const k of ['name', 'email', 'context', 'polymac', 'conpin']) {
      const v = String(f.get(k) ?? '').trim();
      if (v !== String(editing[k] ?? '')) change[k] = v;
    }
    const ok = await write($('#u-msg'), () => api('POST', '/api/users/mod', [change]));
    if (ok) $('#user-edit').hidden = true;
    await after(ok);
  });
  ctx.onXml = load;
  await load();
  return el;
}

export async function conferences(ctx) {
  const el = section('Conferences', `
    <form class="panel" id="conf-add" aria-labelledby="ca-title"><h3 id="ca-title">Add a conference</h3>
      <div class="row">
        <div class="field"><label for="ca-name">Name</label><input id="ca-name" name="name" required></div>
        <div class="field"><label for="ca-type">Type</label><select id="ca-type" name="type"></select></div>
        <div class="field"><label for="ca-context">Context</label><select id="ca-context" name="context"></select></div>
        <button data-write type="submit">Add</button>
      </div><p id="ca-msg" role="status" hidden></p></form>${SETTINGS_FORM}
    <p id="c-msg" role="status" hidden></p>
    <table class="stack"><caption class="sr-only">Conferences</caption><thead><tr><th>Number</th><th>Name</th><th>Type</th><th>Context</th><th>Own settings</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody id="c-rows"></tbody></table>`);
  const $ = (s) => el.querySelector(s);
  let data;
  let own = new Map();
  const load = async () => {
    const [confs, settings] = await Promise.all([api('GET', '/api/conferences'), api('GET', '/api/conferences/settings')]);
    data = confs;
    own = new Map(settings.conferences.map((c) => [c.num, c.settings]));
    const types = data.info.types;
    const ctxs = Object.keys(data.info.contexts);
    $('#ca-type').innerHTML = options(types);
    $('#ca-context').innerHTML = options(ctxs);
    $('#c-rows').innerHTML = data.conferences.map((c) => `<tr data-num="${esc(c.num)}">` +
      `<td data-label="Number">${esc(c.num)}</td>` +
      `<td data-label="Name"><label class="sr-only" for="cn-${esc(c.num)}">Name of ${esc(c.num)}</label><input id="cn-${esc(c.num)}" data-f="name" value="${esc(c.name)}"></td>` +
      `<td data-label="Type"><label class="sr-only" for="ct-${esc(c.num)}">Type of ${esc(c.num)}</label><select id="ct-${esc(c.num)}" data-f="type">${options(types, c.type)}</select></td>` +
      `<td data-label="Context"><label class="sr-only" for="cc-${esc(c.num)}">Context of ${esc(c.num)}</label><select id="cc-${esc(c.num)}" data-f="context">${options(ctxs, c.context)}</select></td>` +
      `<td data-label="Own settings" data-col="settings">${esc(summary(own.get(c.num)))}</td>` +
      `<td class="actions"><button class="small" data-write data-do="save">Save</button> <button class="small" data-write data-do="settings" aria-label="Settings of ${esc(c.name)}">Settings</button> <button class="small danger" data-write data-do="del">Delete</button></td></tr>`).join('') ||
      '<tr><td colspan="6">No conference yet.</td></tr>';
    applyWriteState(el);
  };
  const openSettings = settingsForm(el, load);
  $('#conf-add').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const c = { name: f.get('name').trim(), type: f.get('type'), context: f.get('context') };
    if (!c.name) return say($('#ca-msg'), 'A name is required.');
    const ok = await write($('#ca-msg'), () => api('POST', '/api/conferences/add', [c]));
    if (ok) { e.target.reset(); await load(); }
  });
  $('#c-rows').addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-do]');
    if (!b) return;
    const tr = b.closest('tr');
    const num = tr.dataset.num;
    const old = data.conferences.find((c) => c.num === num);
    if (b.dataset.do === 'settings') return openSettings(num);
    if (b.dataset.do === 'del') {
      const live = ctx.model.confs.get(old.name);
      const n = live?.members?.size ?? 0;
      const running = live ? `${old.name} is running now with ${n} member${n === 1 ? '' : 's'}: they stay connected until they hang up, but nobody can join any more. ` : '';
      if (!(await confirmAction(`${running}Delete conference ${old.name} (${num})?`, 'Delete'))) return;
      if (await write($('#c-msg'), () => api('POST', '/api/conferences/del', [{ num }]))) await load();
      return;
    }
    const change = { num };
    for (const i of tr.querySelectorAll('[data-f]')) if (i.value !== old[i.dataset.f]) change[i.dataset.f] = i.value.trim();
    if (Object.keys(change).length === 1) return say($('#c-msg'), `Nothing changed in ${old.name}.`, true);
    if (await write($('#c-msg'), () => api('POST', '/api/conferences/mod', [change]))) await load();
  });
  ctx.onXml = load;
  await load();
  return el;
}

export async function registrations(ctx) {
  const el = section('Registrations', '<p class="muted">Phones registered with FreeSWITCH, as they come and go.</p><table class="stack"><caption class="sr-only">Registrations</caption><thead><tr><th>User</th><th>Phone address</th><th>Call id</th></tr></thead><tbody id="g-rows"></tbody></table>');
  let names = new Map();
  try { names = new Map((await api('GET', '/api/users')).users.map((u) => [u.id, u.name])); } catch { /* ids only */ }
  const render = () => {
    const regs = [...ctx.model.regs.values()];
    el.querySelector('#g-rows').innerHTML = regs.map((r) => `<tr><td data-label="User">${esc(names.get(r.id) ?? '')} ${esc(r.id)}</td><td data-label="Phone address">${esc(r.sipcon)}</td><td data-label="Call id"><code>${esc(r.regid)}</code></td></tr>`).join('') ||
      '<tr><td colspan="3">No phone is registered.</td></tr>';
  };
  ctx.onRegs = render;
  render();
  return el;
}

export async function status(ctx) {
  const s = await api('GET', '/api/status');
  const row = (k, v) => `<dt>${esc(k)}</dt><dd>${v}</dd>`;
  return section('Status', `<div class="panel"><dl class="kv">` +
    row('Event socket', s.freeswitch.connected ? '<span class="okmsg">connected</span>' : '<span class="error">not connected</span>') +
    row('Event socket address', `<code>${esc(s.freeswitch.address)}</code>`) +
    row('FreeSWITCH version', esc(s.freeswitch.version ?? 'unknown (not connected)')) +
    row('Last reloadxml', esc(s.reloadxml.lastrun)) +
    row('Its answer', `<code>${esc(s.reloadxml.lastmsg)}</code>`) +
    row('Live connection', ctx.liveUp() ? 'open' : 'closed, reconnecting') +
    row('fsconn version', esc(s.fsconn.version)) + '</dl></div>');
}

const MAY = {
  team: 'You may watch and control every running conference, and manage users, conferences, recordings and backups.',
  friends: 'You may watch and control the running conferences of the friends and public contexts, and listen to their recordings.',
  public: 'You may watch the running conferences of the public context.',
};

export async function account(ctx) {
  const u = await api('GET', '/userinfo');
  const row = (k, v) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`;
  const prov = `${location.origin}/linphone`;
  const el = section('Account', `<div class="panel"><dl class="kv">${row('Name', u.name)}${row('Number', u.id)}${row('Email', u.email)}${row('Context', u.context)}${row('Conference PIN', u.conpin)}` +
    `<dt>Phone provisioning</dt><dd><a href="${esc(prov)}">${esc(prov)}</a><br>${qrImg(prov, u.name)}<br><span class="hint">Scan it with Linphone (Assistant, Fetch remote configuration, QR code); it asks for your name and password.</span></dd></dl></div>` +
    `<p>${esc(MAY[ctx.me.role] ?? '')}</p>
    <form class="panel" id="pw-form" aria-labelledby="pw-title" novalidate><h3 id="pw-title">Change your password</h3>
      <p class="hint">It is also your phone's SIP password: your phone gets the new one with its provisioning. Your other sessions and live connections end; this one stays.</p>
      <div class="row">
        <div class="field"><label for="pw-old">Current password</label><input id="pw-old" name="old" type="password" autocomplete="current-password" required></div>
        <div class="field"><label for="pw-new">New password</label><input id="pw-new" name="new" type="password" autocomplete="new-password" required></div>
        <div class="field"><label for="pw-again">New password again</label><input id="pw-again" name="again" type="password" autocomplete="new-password" required></div>
        <button type="submit" data-write id="pw-submit">Change password</button>
      </div>
      <p id="pw-msg" role="status" hidden></p>
    </form>`);
  const $ = (s) => el.querySelector(s);
  $('#pw-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const [old, fresh, again] = ['#pw-old', '#pw-new', '#pw-again'].map((s) => $(s).value);
    if (!old || !fresh) return say($('#pw-msg'), 'Enter your current and your new password.');
    if (fresh !== again) return say($('#pw-msg'), 'The new passwords do not match.');
    say($('#pw-msg'), 'Working…', true);
    try {
      await api('POST', '/api/account/password', { old_password: old, new_password: fresh });
      e.target.reset();
      say($('#pw-msg'), 'Password changed. Your other sessions were signed out.', true);
    } catch (err) {
      say($('#pw-msg'), err.message);
    }
  });
  return el;
}
