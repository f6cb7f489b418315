// Small helpers shared by the views: the API call, escaping, confirmations.

/** HTML-escape a value for a template string. */
export function esc(v) {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Raised by `api` with the server's own words. */
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

let onSignedOut = () => {};
export function whenSignedOut(f) { onSignedOut = f; }

/**
 * Call the API with the session cookie. The marker header asks the server not
 * to answer with a digest challenge (the browser would open its own dialog).
 */
export async function api(method, path, body) {
  const headers = { 'X-Fsconn-Console': '1', Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `fsconn did not answer (${e.message}); check that it is running`);
  }
  const text = await r.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!r.ok) {
    const msg = (data && (data.message || data.error)) || text || r.statusText;
    if (r.status === 401 && path !== '/api/session') onSignedOut(msg);
    throw new ApiError(r.status, `${msg}`);
  }
  return data;
}

/** What a write item is about: its name, number, id or file. */
function label(x) {
  if (typeof x === 'string') return x;
  const subject = x && typeof x === 'object' ? Object.entries(x).find(([k]) => k !== 'error')?.[1] : x;
  if (typeof subject === 'string') return subject;
  return subject?.name ?? subject?.num ?? subject?.id ?? subject?.file ?? JSON.stringify(subject);
}

/** The outcome of a write (`{op, done, failed}`) in words; failures named. */
export function describeWrite(ans) {
  const failed = ans?.failed ?? [];
  const done = ans?.done ?? [];
  const parts = [];
  if (done.length) parts.push(`Done: ${done.map(label).join(', ')}`);
  for (const f of failed) parts.push(`Failed: ${label(f)}: ${f.error ?? ''}`);
  return { ok: failed.length === 0, text: parts.join('. ') || 'Nothing to do' };
}

/** Show a message in a view's own status line. */
export function say(el, text, ok = false) {
  if (!el) return;
  el.hidden = !text;
  el.textContent = text || '';
  el.classList.toggle('okmsg', ok);
  el.classList.toggle('error', !ok);
}

/** Ask before something that cannot be undone (a modal <dialog>). */
let confirmations = 0;

export function confirmAction(text, action = 'Confirm') {
  const d = document.getElementById('confirm');
  const mine = ++confirmations;
  document.getElementById('confirm-text').textContent = text;
  document.getElementById('confirm-ok').textContent = action;
  d.returnValue = '';
  d.showModal();
  document.getElementById('confirm-cancel').focus();
  // A dialog's `close` event comes as a later task: cancel, then ask again
  // at once, and the first close arrives while the second question is open.
  // It must neither answer the second question nor (as a superseded one)
  // anything but "no".
  return new Promise((resolve) => {
    const onClose = () => {
      if (mine !== confirmations) {
        d.removeEventListener('close', onClose);
        resolve(false);
      } else if (!d.open) {
        d.removeEventListener('close', onClose);
        resolve(d.returnValue === 'ok');
      }
    };
    d.addEventListener('close', onClose);
  });
}

/** Writes need FreeSWITCH: disable every write control while it is down. */
export function applyWriteState(root = document) {
  const down = document.body.classList.contains('fs-down');
  for (const b of root.querySelectorAll('[data-write]')) b.disabled = down;
}

export function fmtDuration(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const two = (n) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}

export function fmtTime(t) {
  return new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
