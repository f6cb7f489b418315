// Running a big meeting from a conference card: the raised-hand queue, the
// member list's search, sort and compact view, each member's times (call
// duration, last talked), the waiting room, and which controls ask first.
// `live.js` calls these; the live state itself stays in `LiveModel`.

import { esc, fmtDuration } from './util.js';

/** Noise-gate levels offered (FreeSWITCH's `energy`; 0 lets all through). */
const ENERGIES = [0, 50, 100, 200, 300, 400, 600, 800, 1200, 2000];

/** The card's own view settings, kept across redraws. */
export function prefsOf(store, name) {
  let p = store.get(name);
  if (!p) {
    p = { q: '', sort: 'joined', compact: false };
    store.set(name, p);
  }
  return p;
}

/** Join order and no search: rows can be redrawn one by one. */
export function isPlainOrder(p) {
  return !p.q.trim() && p.sort === 'joined';
}

/** The members to show, filtered by the search and in the chosen order. */
export function visibleMembers(conf, p) {
  const q = p.q.trim().toLowerCase();
  let list = [...conf.members.values()];
  if (q) list = list.filter((m) => `${m.name} ${m.id}`.toLowerCase().includes(q));
  if (p.sort === 'name') list.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  if (p.sort === 'talking') {
    list.sort((a, b) => (Number(Boolean(b.talking)) - Number(Boolean(a.talking))) || ((b.lastTalk ?? 0) - (a.lastTalk ?? 0)));
  }
  return list;
}

function handSince(m) {
  const t = Date.parse(m.hand?.since ?? '');
  return Number.isNaN(t) ? (m.handAt ?? Date.now()) : t;
}

/** Raised hands, first raised first. */
export function handQueue(conf) {
  return [...conf.members.values()].filter((m) => m.hand?.raised).sort((a, b) => handSince(a) - handSince(b));
}

/** The queue on top of the card; moderators lower one hand or all. */
export function handQueueHtml(conf, control) {
  const queue = handQueue(conf);
  if (!queue.length) return '';
  const lower = (m) => `<button type="button" class="small quiet" data-act="memexec" data-call="lowerhand" data-member="${esc(m.confid)}" aria-label="${esc(`Lower the hand of ${m.name} (${m.id})`)}">Lower</button>`;
  const items = queue.map((m) => `<li data-hand="${esc(m.confid)}"><span class="name">${esc(m.name)}</span> <span class="muted">${esc(m.id)}</span> ` +
    `<span class="muted">for <span data-since="${handSince(m)}">${fmtDuration(Date.now() - handSince(m))}</span></span>${control ? lower(m) : ''}</li>`).join('');
  const all = control && queue.length > 1 ? '<button type="button" class="small quiet" data-act="lowerall">Lower all hands</button>' : '';
  return `<section class="hands" aria-label="${esc(`Raised hands in ${conf.name}`)}"><div class="row"><h4>Raised hands (${queue.length})</h4>${all}</div><ol>${items}</ol></section>`;
}

/** Search, sort and compact switch of a card. */
export function toolsHtml(conf, p) {
  const id = `q-${conf.name.replace(/[^\w-]/g, '_')}`;
  const opt = (v, t) => `<option value="${v}"${p.sort === v ? ' selected' : ''}>${t}</option>`;
  return `<div class="tools row"><div class="field"><label for="${id}">Find a member</label>` +
    `<input id="${id}" type="search" data-tool="q" value="${esc(p.q)}" placeholder="name or number" autocomplete="off"></div>` +
    `<div class="field"><label for="${id}-sort">Sort by</label><select id="${id}-sort" data-tool="sort">${opt('joined', 'joined')}${opt('name', 'name')}${opt('talking', 'talking')}</select></div>` +
    `<button type="button" class="small quiet" data-tool="compact" aria-pressed="${p.compact}">Compact list</button></div>`;
}

/** Conference badges: running time and the waiting room. */
export function confTimesHtml(conf) {
  const started = conf.started ? Date.parse(conf.started) : NaN;
  const run = Number.isNaN(started) ? '' : `<span class="muted">running <span data-since="${started}">${fmtDuration(Date.now() - started)}</span></span>`;
  const waiting = [...conf.members.values()].filter((m) => !m.moderator).length;
  const wait = conf.wait_mod ? `<span class="badge warn">waiting for a moderator · ${waiting} waiting</span>` : '';
  return `${run}${wait}`;
}

/** Per member: number, call duration, talking now or last talked. */
export function memberTimesHtml(conf, m) {
  const dur = m.joinedAt ? `<span class="dur" title="in the call for"><span class="sr-only">in the call for </span><span data-since="${m.joinedAt}">${fmtDuration(Date.now() - m.joinedAt)}</span></span>` : '';
  let talk = '';
  if (!m.talking && m.lastTalk) talk = `<span class="muted">talked <span data-since="${m.lastTalk}">${fmtDuration(Date.now() - m.lastTalk)}</span> ago</span>`;
  return `${dur}${talk}`;
}

/** Noise gate and moderator rights of a member (v2 controls). */
export function moderationControlsHtml(m, who) {
  const energy = m.energy ?? 0;
  const levels = ENERGIES.includes(energy) ? ENERGIES : [...ENERGIES, energy].sort((a, b) => a - b);
  const gate = `<select class="small" data-write data-act="memexec" data-call="energy" data-member="${esc(m.confid)}" aria-label="${esc(`Noise gate (energy level) of ${who}`)}">` +
    levels.map((v) => `<option value="${v}"${v === energy ? ' selected' : ''}>gate ${v}</option>`).join('') + '</select>';
  const call = m.moderator ? 'revokemod' : 'grantmod';
  const text = m.moderator ? 'Revoke moderator' : 'Make moderator';
  return `${gate}<button type="button" class="small quiet" data-write data-act="memexec" data-call="${call}" data-member="${esc(m.confid)}" aria-label="${esc(`${text}: ${who}`)}">${text}</button>`;
}

/** What to ask before a control that cannot be undone; null: just do it. */
export function confirmation(conf, call, member, args) {
  const m = member != null ? conf.members.get(String(member)) : null;
  const who = m ? `${m.name} (${m.id})` : `member ${member}`;
  const n = conf.members.size;
  switch (call) {
    case 'kick': return { text: `Kick ${who} out of ${conf.name}? Their call ends.`, action: 'Kick' };
    case 'kickall': return { text: `End conference ${conf.name}? All ${n} member${n === 1 ? '' : 's'} will be kicked and their calls end.`, action: 'End conference' };
    case 'transfer': return { text: `Transfer ${who} from ${conf.name} to ${args.to}?`, action: 'Transfer' };
    default: return null;
  }
}
