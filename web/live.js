// The Live view: running conferences as cards, kept current by the
// `/api/live` WebSocket. `LiveModel.apply` is the only place a message
// changes state; the view then redraws just the card the message was about.

import { esc, fmtDuration, fmtTime, applyWriteState, confirmAction } from './util.js';
import * as mod from './members.js';

/** The start of a recording, from the time stamp fsconn puts in its name. */
function recordingSince(rec) {
  const started = rec?.started ? Date.parse(rec.started) : NaN;
  if (!Number.isNaN(started)) return started;
  const m = /(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\.\w+$/.exec(rec?.file ?? '');
  const t = m ? Date.parse(m[1]) : NaN;
  return Number.isNaN(t) ? Date.now() : t;
}

function toMs(t) {
  if (typeof t === 'number') return t < 1e12 ? t * 1000 : t;
  const p = Date.parse(t);
  return Number.isNaN(p) ? null : p;
}

export class LiveModel {
  constructor() {
    this.confs = new Map();
    this.regs = new Map();
  }

  member(m, fresh) {
    const joined = m.joined != null ? toMs(m.joined) : fresh ? Date.now() : null;
    return { ...m, joinedAt: joined };
  }

  /** `fresh`: it started while we watched, so its members joined now. */
  addConference(c, fresh = false) {
    const members = new Map();
    for (const m of c.members ?? []) members.set(String(m.confid), this.member(m, fresh));
    const conf = { ...c, members };
    if (c.recording?.status && c.recording.status !== 'norec') conf.recSince = recordingSince(c.recording);
    this.confs.set(c.name, conf);
  }

  /** Apply one server message; what changed: `{all}`, `{conf}`, `{regs}`, `{error}`, `{xml}`. */
  apply(msg) {
    const conf = msg.conference != null ? this.confs.get(msg.conference) : null;
    switch (msg.event) {
      case 'reply':
        if (msg.reply === 'init') {
          this.confs.clear();
          for (const c of msg.data ?? []) this.addConference(c);
          return { all: true };
        }
        if (msg.reply === 'initreg') {
          this.regs.clear();
          for (const r of msg.data ?? []) this.regs.set(`${r.id}/${r.regid}`, r);
          return { regs: true };
        }
        return {};
      case 'newConference':
        this.addConference(msg.data, true);
        return { conf: msg.data.name, added: true };
      case 'delConference':
        this.confs.delete(msg.conference);
        return { conf: msg.conference, removed: true };
      case 'addReg':
        this.regs.set(`${msg.user.id}/${msg.user.regid}`, msg.user);
        return { regs: true };
      case 'delReg':
        this.regs.delete(`${msg.user.id}/${msg.user.regid}`);
        return { regs: true };
      case 'newXML':
        return { xml: true };
      case 'error':
        return { error: msg.error };
    }
    if (!conf) return {};
    // Member events redraw that member's row only (see `LiveView.update`).
    let member = null;
    switch (msg.event) {
      case 'newMember':
        member = String(msg.data.confid);
        conf.members.set(member, this.member(msg.data, true));
        conf.lastjoin = msg.data;
        // FreeSWITCH ends the waiting room when a moderator enters; while
        // it lasts the card counts who waits.
        if (msg.data.moderator) conf.wait_mod = false;
        if (conf.wait_mod || msg.data.moderator) member = null;
        break;
      case 'delMember':
        member = String(msg.data);
        conf.lastleave = conf.members.get(member) ?? {};
        conf.members.delete(member);
        if (conf.wait_mod) member = null;
        break;
      case 'floorchange':
        conf.floor = msg.data;
        break;
      case 'mute':
      case 'unmute': {
        member = String(msg.data);
        const m = conf.members.get(member);
        if (m) m.mute = msg.event === 'mute';
        break;
      }
      case 'startTalking':
      case 'stopTalking':
      case 'deaf':
      case 'undeaf': {
        member = String(msg.data);
        const m = conf.members.get(member);
        if (m && msg.event.endsWith('Talking')) {
          m.talking = msg.event === 'startTalking';
          m.lastTalk = Date.now();
        }
        else if (m) m.deaf = msg.event === 'deaf';
        break;
      }
      case 'hand': {
        // The whole card: it may be the viewer's own "Raise my hand".
        const m = conf.members.get(String(msg.data));
        if (m) m.hand = { raised: msg.raised, since: msg.since };
        if (m && msg.raised) m.handAt ??= Date.now();
        else if (m) m.handAt = null;
        break;
      }
      case 'dialResult':
        return { conf: conf.name, note: `Dial: ${msg.result}` };
      case 'split':
        // Several FreeSWITCH nodes run a conference of this name: its
        // callers on the other node(s) do not hear these.
        conf.split = msg.nodes ?? [];
        break;
      case 'done':
        return {};
      case 'muteAll':
        for (const m of conf.members.values()) m.mute = true;
        break;
      case 'lock':
      case 'unlock':
        conf.locked = msg.event === 'lock';
        break;
      case 'recStart':
        conf.recording = { status: 'running', file: msg.file, started: msg.started };
        conf.recSince = recordingSince(conf.recording);
        break;
      case 'recPause':
      case 'recResume':
        conf.recording = { status: msg.event === 'recPause' ? 'paused' : 'running', file: msg.file };
        conf.recSince ??= recordingSince(conf.recording);
        break;
      case 'recStop':
        conf.recording = { status: 'norec' };
        conf.recSince = null;
        break;
      default: {
        // Newer per-member updates (talking, deaf, hand, volume ...) carry the
        // member's fields: merge what is there.
        const d = msg.data;
        const m = d && typeof d === 'object' && d.confid != null ? conf.members.get(String(d.confid)) : null;
        if (!m) return {};
        Object.assign(m, d);
        member = String(d.confid);
      }
    }
    conf.memcount = conf.members.size;
    return member == null ? { conf: conf.name } : { conf: conf.name, member };
  }
}

/** With several FreeSWITCH nodes: the node that hosts the conference. */
function nodeHtml(conf) {
  return conf.node ? ` · node ${esc(conf.node)}` : '';
}

/** A conference of this name also runs on another node: its callers there do not hear these. */
function splitHtml(conf) {
  if (!conf.split?.length) return '';
  const title = 'Callers on the other node(s) do not hear this conference';
  return `<span class="badge lock" title="${title}">split: ${esc(conf.split.join(', '))}</span> `;
}

function indicators(conf, m, you) {
  const floor = conf.floor && String(conf.floor.confid) === String(m.confid);
  const out = [];
  if (you) out.push('<span class="you">you</span>');
  if (m.talking) out.push('<span class="talk">talking</span>');
  if (m.mute) out.push('<span class="muted">muted</span>');
  if (m.deaf) out.push('<span>deaf</span>');
  if (m.moderator) out.push('<span>moderator</span>');
  if (conf.wait_mod && !m.moderator) out.push('<span>waiting</span>');
  if (floor) out.push('<span>floor</span>');
  if (m.hand?.raised ?? m.hand === true) out.push('<span>hand raised</span>');
  return out.join('');
}

/** Volume steps FreeSWITCH accepts for `volume_in` (-4 .. 4). */
const VOLUMES = [-4, -3, -2, -1, 0, 1, 2, 3, 4];

/**
 * Whether member `m` is the viewer: the member the phone's call became
 * (`mine`), or, with no call from this browser, any member with the
 * viewer's user id.
 */
function isYou(conf, m, me, mine) {
  if (mine) return mine.conf === conf.name && String(mine.confid) === String(m.confid);
  return me != null && String(m.id) === String(me);
}

function memberHtml(conf, m, control, v2, compact = false, you = false) {
  const who = `${m.name} (${m.id})`;
  const joined = m.joinedAt ? `joined ${fmtTime(m.joinedAt)}` : 'joined before you looked';
  const btn = (call, text) => `<button type="button" class="small quiet" data-write data-act="memexec" data-call="${call}" data-member="${esc(m.confid)}" aria-label="${esc(`${text} ${who}`)}">${text}</button>`;
  let ctl = '';
  if (control && compact) {
    ctl = `<span class="ctl">${m.mute ? btn('unmute', 'Unmute') : btn('mute', 'Mute')}</span>`;
  } else if (control) {
    ctl = m.mute ? btn('unmute', 'Unmute') : btn('mute', 'Mute');
    if (v2) {
      ctl += m.deaf ? btn('undeaf', 'Undeaf') : btn('deaf', 'Deaf');
      const vol = m.volume_in ?? 0;
      ctl += `<select class="small" data-write data-act="memexec" data-call="volin" data-member="${esc(m.confid)}" aria-label="${esc(`Gain (input volume) of ${who}`)}">${VOLUMES.map((v) => `<option value="${v}"${v === vol ? ' selected' : ''}>gain ${v > 0 ? '+' : ''}${v}</option>`).join('')}</select>`;
      ctl += mod.moderationControlsHtml(m, who);
      ctl += `<select class="small" data-write data-act="memexec" data-call="transfer" data-member="${esc(m.confid)}" aria-label="${esc(`Transfer ${who} to`)}"><option value="">transfer to…</option>${(conf.targets ?? []).filter((t) => t !== conf.name).map((t) => `<option>${esc(t)}</option>`).join('')}</select>`;
    }
    ctl = `<span class="ctl">${ctl}${btn('kick', 'Kick')}</span>`;
  }
  const times = v2 ? mod.memberTimesHtml(conf, m) : `<span class="muted">${esc(joined)}</span>`;
  return `<li class="member${m.talking ? ' talking' : ''}${you ? ' you' : ''}" data-confid="${esc(m.confid)}">` +
    `<span class="name">${esc(m.name)}</span> <span class="muted">${esc(m.id)}</span>` +
    `<span class="ind">${indicators(conf, m, you)}</span>${times}${ctl}</li>`;
}

function recordingHtml(conf) {
  const st = conf.recording?.status ?? 'norec';
  if (st === 'norec') return '<span class="badge">not recording</span>';
  const label = st === 'paused' ? 'recording paused' : 'recording';
  return `<span class="badge on">${label} <span data-since="${conf.recSince}">${fmtDuration(Date.now() - conf.recSince)}</span></span>`;
}

function controlsHtml(conf, v2) {
  const b = (call, text, pressed) => `<button type="button" class="small" data-write data-act="exec" data-call="${call}"${pressed == null ? '' : ` aria-pressed="${pressed}"`}>${text}</button>`;
  const st = conf.recording?.status ?? 'norec';
  const rec = st === 'norec'
    ? b('startrec', 'Record')
    : `${st === 'paused' ? b('resumerec', 'Resume recording') : b('pauserec', 'Pause recording')}${b('stoprec', 'Stop recording')}`;
  return `<div class="ctlbar" role="group" aria-label="Controls for ${esc(conf.name)}">` +
    `${conf.locked ? b('unlock', 'Unlock', true) : b('lock', 'Lock', false)}${rec}${b('muteall', 'Mute all')}${v2 ? b('unmuteall', 'Unmute all') : ''}${b('kickall', 'End conference').replace('class="small"', 'class="small danger"')}</div>` +
    (v2 ? `<form class="row dial" data-act="exec" data-call="dial"><div class="field"><label for="dial-${esc(conf.name)}">Dial a user in</label><input id="dial-${esc(conf.name)}" name="user" inputmode="numeric" placeholder="user number" size="10"></div><button class="small" data-write type="submit">Dial</button></form>` : '');
}

function countText(n) {
  return `${n} member${n === 1 ? '' : 's'}`;
}

/** The requester's own hand, where they are a member (v2). */
function handHtml(conf, me) {
  const mine = [...conf.members.values()].find((m) => m.id === me);
  // A moderator in the call has no hand to raise.
  if (!mine || mine.moderator) return '';
  const up = mine.hand?.raised;
  return `<div class="ctlbar"><button type="button" class="small quiet" data-act="exec" data-call="${up ? 'lowerhand' : 'hand'}">${up ? 'Lower my hand' : 'Raise my hand'}</button></div>`;
}

/** The phone's "Join" on a card of a conference the viewer may enter. */
function joinHtml(conf, phone) {
  const num = phone?.joinable?.get(conf.name);
  if (num == null) return '';
  return ` <button type="button" class="small" data-join="${esc(num)}"${phone.ready ? '' : ' disabled'} aria-label="Join ${esc(conf.name)} from this browser">Join</button>`;
}

export function cardHtml(conf, control, v2 = false, me = null, prefs = { q: '', sort: 'joined', compact: false }, phone = null) {
  const members = mod.visibleMembers(conf, prefs);
  const id = `conf-${conf.name.replace(/[^\w-]/g, '_')}`;
  const you = (m) => isYou(conf, m, me, phone?.mine);
  return `<header><h3 id="${id}">${esc(conf.name)}</h3><span class="muted">${esc(conf.num)} · ${esc(conf.context)} · ${esc(conf.type)}${nodeHtml(conf)}</span>${joinHtml(conf, phone)}</header>` +
    `<div class="row">${conf.locked ? '<span class="badge lock">locked</span>' : '<span class="badge">open</span>'} ${splitHtml(conf)}${recordingHtml(conf)} <span class="muted" data-count>${countText(conf.members.size)}</span>${v2 ? mod.confTimesHtml(conf) : ''}</div>` +
    (control ? controlsHtml(conf, v2) : '') + (v2 ? handHtml(conf, me) : '') +
    `<p class="err error" role="alert" hidden></p>` + (v2 ? mod.handQueueHtml(conf, control) + mod.toolsHtml(conf, prefs) : '') +
    `<ul class="members" aria-labelledby="${id}">${members.map((m) => memberHtml(conf, m, control, v2, prefs.compact, you(m))).join('')}</ul>`;
}

/** Renders a `LiveModel` into a container and sends the controls clicked. */
export class LiveView {
  constructor(model, control, send, me) {
    this.model = model;
    this.control = control;
    this.send = send;
    this.me = me;
    /** The server speaks protocol v2 (newer controls and member fields). */
    this.v2 = false;
    /** Conferences a member may be transferred to. */
    this.targets = [];
    /** The phone's: conferences it may join (name → number), whether it can call now, and the member its call became. */
    this.joinable = null;
    this.phoneReady = false;
    this.mine = null;
    this.cards = new Map();
    /** Per conference: search, sort, compact (members.js). */
    this.prefs = new Map();
    this.lastControl = null;
    this.el = document.createElement('section');
    this.el.setAttribute('aria-labelledby', 'live-title');
    this.el.innerHTML = '<h2 id="live-title">Live</h2><p class="muted" id="live-state" role="status" aria-live="polite"></p><p class="muted" id="live-empty">No conference is running.</p><div class="cards" id="cards"></div>';
    this.grid = this.el.querySelector('#cards');
    this.el.addEventListener('click', (e) => this.click(e));
    this.el.addEventListener('change', (e) => this.choose(e));
    this.el.addEventListener('submit', (e) => this.dial(e));
    this.el.addEventListener('input', (e) => this.tool(e));
    this.renderAll();
  }

  click(e) {
    const t = e.target.closest('button[data-tool]');
    if (t) return this.tool(e);
    const b = e.target.closest('button[data-act]');
    if (b?.dataset.act === 'lowerall') return this.lowerAll(b);
    if (b) this.request(b, {});
  }

  /** Search, sort and compact: redraw the card's list. */
  tool(e) {
    const t = e.target.closest('[data-tool]');
    if (!t) return;
    const name = t.closest('.card').dataset.conf;
    const p = mod.prefsOf(this.prefs, name);
    if (t.dataset.tool === 'q') p.q = t.value;
    else if (t.dataset.tool === 'sort') p.sort = t.value;
    else if (t.dataset.tool === 'compact' && e.type === 'click') p.compact = !p.compact;
    else return;
    this.renderCard(name);
  }

  lowerAll(b) {
    const card = b.closest('.card');
    const conf = this.model.confs.get(card.dataset.conf);
    for (const m of conf ? mod.handQueue(conf) : []) {
      this.request(b, { member: m.confid }, { act: 'memexec', call: 'lowerhand' });
    }
  }

  /** Volume and transfer menus. */
  choose(e) {
    if (e.target.closest('[data-tool]')) return this.tool(e);
    const s = e.target.closest('select[data-act]');
    if (!s || s.value === '') return;
    this.request(s, s.dataset.call === 'transfer' ? { to: s.value } : { value: Number(s.value) });
  }

  dial(e) {
    const f = e.target.closest('form[data-act]');
    if (!f) return;
    e.preventDefault();
    const user = f.elements.user.value.trim();
    if (!/^\d+$/.test(user)) {
      this.lastControl = f.closest('.card').dataset.conf;
      this.error('Dial: enter the number of a directory user, e.g. 20001.');
      return;
    }
    this.request(f, { user });
  }

  /** Sends a control; kick, end conference and transfer ask first. */
  async request(el, args, over = {}) {
    const card = el.closest('.card');
    const conference = card.dataset.conf;
    const { member, ...rest } = args;
    const req = { req: over.act ?? el.dataset.act, conference, call: over.call ?? el.dataset.call, ...rest };
    if (member ?? el.dataset.member) req.member = member ?? el.dataset.member;
    const conf = this.model.confs.get(conference);
    const ask = conf && mod.confirmation(conf, req.call, req.member, rest);
    if (ask && !(await confirmAction(ask.text, ask.action))) {
      if (el.tagName === 'SELECT') el.value = '';
      return;
    }
    this.lastControl = conference;
    card.querySelector('.err').hidden = true;
    if (!this.send(req)) this.error('The live connection is down; the control was not sent.');
  }

  note(name, text) {
    const card = this.cards.get(name);
    const el = card?.querySelector('.err');
    if (!el) return;
    el.hidden = false;
    el.textContent = text;
  }

  error(text) {
    const card = this.lastControl && this.cards.get(this.lastControl);
    const el = card ? card.querySelector('.err') : this.el.querySelector('#live-state');
    el.hidden = false;
    el.textContent = text;
  }

  renderCard(name) {
    const conf = this.model.confs.get(name);
    let card = this.cards.get(name);
    if (!conf) {
      card?.remove();
      this.cards.delete(name);
    } else {
      if (!card) {
        card = document.createElement('article');
        card.className = 'card';
        card.dataset.conf = name;
        this.cards.set(name, card);
        this.grid.append(card);
      }
      conf.targets = this.targets;
      const phone = { joinable: this.joinable, ready: this.phoneReady, mine: this.mine };
      const prefs = mod.prefsOf(this.prefs, name);
      const focus = document.activeElement?.closest?.('.card') === card ? document.activeElement : null;
      const tool = focus?.dataset.tool;
      const caret = tool === 'q' ? focus.selectionStart : null;
      card.classList.toggle('compact', prefs.compact);
      card.innerHTML = cardHtml(conf, this.control, this.v2, this.me, prefs, phone);
      applyWriteState(card);
      // Typing in the search box goes on across redraws.
      const again = tool && card.querySelector(`[data-tool="${tool}"]`);
      if (again) {
        again.focus();
        if (caret != null) again.setSelectionRange(caret, caret);
      }
    }
    this.el.querySelector('#live-empty').hidden = this.model.confs.size > 0;
  }

  /** One member's row: added, changed or gone. */
  renderMember(card, conf, confid) {
    const prefs = mod.prefsOf(this.prefs, conf.name);
    if (!mod.isPlainOrder(prefs)) return this.renderCard(conf.name);
    const m = conf.members.get(confid);
    const li = card.querySelector(`li[data-confid="${CSS.escape(confid)}"]`);
    if (!m) {
      li?.remove();
    } else {
      const tpl = document.createElement('template');
      tpl.innerHTML = memberHtml(conf, m, this.control, this.v2, prefs.compact, isYou(conf, m, this.me, this.mine));
      const row = tpl.content.firstElementChild;
      applyWriteState(row);
      if (li) li.replaceWith(row);
      else card.querySelector('.members').append(row);
    }
    card.querySelector('[data-count]').textContent = countText(conf.members.size);
  }

  renderAll() {
    for (const c of this.cards.values()) c.remove();
    this.cards.clear();
    for (const name of this.model.confs.keys()) this.renderCard(name);
    this.el.querySelector('#live-empty').hidden = this.model.confs.size > 0;
  }

  /** Show what `LiveModel.apply` said changed. */
  update(change) {
    if (change.all) this.renderAll();
    else if (change.note) this.note(change.conf, change.note);
    else if (change.member != null && this.cards.has(change.conf) && this.model.confs.has(change.conf)) {
      this.renderMember(this.cards.get(change.conf), this.model.confs.get(change.conf), change.member);
    } else if (change.conf) this.renderCard(change.conf);
    else if (change.error) this.error(change.error);
  }

  setState(text) {
    this.el.querySelector('#live-state').textContent = text;
  }

  tick() {
    for (const s of this.el.querySelectorAll('[data-since]')) s.textContent = fmtDuration(Date.now() - Number(s.dataset.since));
  }
}

/** The `/api/live` connection: init on open, reconnect with backoff. */
export class LiveConnection {
  constructor(onMessage, onState) {
    this.onMessage = onMessage;
    this.onState = onState;
    this.delay = 500;
    this.stopped = false;
    this.open();
  }

  open() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/api/live`);
    this.ws = ws;
    ws.onopen = () => {
      this.delay = 500;
      ws.send(JSON.stringify({ req: 'init', version: 2 }));
      ws.send(JSON.stringify({ req: 'initreg' }));
      this.onState(true);
    };
    ws.onmessage = (e) => {
      let msg;
      try { msg = JSON.parse(e.data); } catch { return; }
      this.onMessage(msg);
    };
    ws.onclose = (e) => {
      if (this.stopped) return;
      this.onState(false, e.reason, e.code);
      setTimeout(() => !this.stopped && this.open(), this.delay);
      this.delay = Math.min(this.delay * 2, 10000);
    };
  }

  send(req) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(req));
    return true;
  }

  stop() {
    this.stopped = true;
    this.ws?.close();
  }
}
