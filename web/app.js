// The console's entry: sign-in, navigation, the FreeSWITCH banner and the
// one live connection every view shares.

import { api, say, whenSignedOut, applyWriteState } from './util.js';
import { LiveModel, LiveView, LiveConnection } from './live.js';
import * as views from './views.js';
import { recordings } from './recordings.js';
import { audit } from './audit.js';
import { backups } from './backups.js';
import { Phone } from './phone.js';

const VIEWS = {
  live: { title: 'Live', roles: ['team', 'friends', 'public'] },
  users: { title: 'Users', roles: ['team'], make: views.users },
  conferences: { title: 'Conferences', roles: ['team'], make: views.conferences },
  recordings: { title: 'Recordings', roles: ['team', 'friends'], make: recordings },
  registrations: { title: 'Registrations', roles: ['team'], make: views.registrations },
  backups: { title: 'Backups', roles: ['team'], make: backups },
  audit: { title: 'Audit', roles: ['team'], make: audit },
  status: { title: 'Status', roles: ['team'], make: views.status },
  account: { title: 'Account', roles: ['team', 'friends', 'public'], make: views.account },
};

const $ = (id) => document.getElementById(id);
let ctx = null;

function banner() {
  const msgs = [];
  if (ctx && !ctx.me.freeswitch) msgs.push('FreeSWITCH is not reachable: changes are disabled until it is back.');
  if (ctx && !ctx.liveOpen) msgs.push('The live connection is down; reconnecting…');
  $('banner').textContent = msgs.join(' ');
  $('banner').hidden = msgs.length === 0;
  document.body.classList.toggle('fs-down', Boolean(ctx && !ctx.me.freeswitch));
  applyWriteState();
}

function showSignin(message) {
  ctx?.phone?.stop();
  ctx?.live.stop();
  clearInterval(ctx?.timer);
  ctx = null;
  $('app').hidden = true;
  $('banner').hidden = true;
  $('signin').hidden = false;
  say($('signin-error'), message || '');
  $('si-user').focus();
}

async function signIn(e) {
  e.preventDefault();
  const user = $('si-user').value.trim();
  const password = $('si-pass').value;
  if (!user || !password) return say($('signin-error'), 'Enter your user name and password.');
  $('si-submit').disabled = true;
  try {
    const me = await api('POST', '/api/session', { user, password });
    $('si-pass').value = '';
    await start(me);
    // Keyboard and screen-reader users land in the view they signed in to.
    $('main').focus();
  } catch (err) {
    say($('signin-error'), err.status === 401 ? 'Wrong user name or password.' : err.message);
    $('si-pass').select();
  } finally {
    $('si-submit').disabled = false;
  }
}

function start(me) {
  $('signin').hidden = true;
  $('app').hidden = false;
  $('who').textContent = `${me.user} · ${me.role}`;
  const model = new LiveModel();
  ctx = { me, model, liveOpen: false, onXml: null, onRegs: null, liveUp: () => ctx?.liveOpen };
  ctx.liveView = new LiveView(model, me.role !== 'public', (req) => ctx.live.send(req), me.id);
  loadTargets(me.role);
  ctx.live = new LiveConnection(onLive, (open, why, code) => {
    // Credentials changed (4001) or the session ended (4002): a session
    // that is gone signs out at once (the API answers 401).
    if (code === 4001 || code === 4002) api('GET', '/api/session').catch(() => {});
    if (!ctx) return;
    ctx.liveOpen = open;
    ctx.liveView.setState(open ? '' : `Live connection lost${why ? ` (${why})` : ''}; reconnecting…`);
    banner();
  });
  startPhone();
  ctx.timer = setInterval(tick, 1000);
  ctx.polls = 0;
  $('nav').innerHTML = Object.entries(VIEWS)
    .filter(([, v]) => v.roles.includes(me.role))
    .map(([k, v]) => `<li><a href="#/${k}" data-view="${k}">${v.title}</a></li>`).join('');
  // Exposed for the browser tests and the in-browser benchmark.
  window.fsconnConsole = { model, view: ctx.liveView, apply: onLive, get phone() { return ctx?.phone; } };
  return route();
}

/** The phone above every view; its "Join" buttons sit on the live cards. */
function startPhone() {
  ctx.phone = new Phone(ctx);
  $('app').insertBefore(ctx.phone.el, $('main'));
  ctx.liveView.el.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-join]');
    if (b) ctx.phone.join(b.dataset.join);
  });
  ctx.phone.start();
}

/** Conferences members may be transferred to: those the user may see. */
async function loadTargets(role) {
  if (role === 'public') return;
  try {
    const data = role === 'team' ? await api('GET', '/api/conferences') : (await api('GET', '/friendxml')).state;
    ctx.liveView.targets = data.conferences.map((c) => c.name);
    ctx.liveView.renderAll();
  } catch { /* no transfer menu entries */ }
}

function onLive(msg) {
  // This server answers `init` with version 2: newer controls and fields.
  if (msg.event === 'reply' && msg.reply === 'init') ctx.liveView.v2 = true;
  const change = ctx.model.apply(msg);
  ctx.phone?.onLive(msg);
  ctx.liveView.update(change);
  if (change.regs) ctx.onRegs?.();
  if (change.xml) ctx.onXml?.().catch(() => {});
  return change;
}

/** Every second: running times; every fifth: is FreeSWITCH still there. */
async function tick() {
  ctx.liveView.tick();
  if (++ctx.polls % 5) return;
  try {
    const me = await api('GET', '/api/session');
    if (ctx) { ctx.me.freeswitch = me.freeswitch; banner(); }
  } catch { /* a 401 signs out; anything else is shown by the next call */ }
}

async function route() {
  if (!ctx) return;
  let name = location.hash.replace(/^#\//, '') || 'live';
  if (!VIEWS[name]?.roles.includes(ctx.me.role)) name = 'live';
  for (const a of $('nav').querySelectorAll('a')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${VIEWS[name].title} · fsconn`;
  ctx.onXml = null;
  ctx.onRegs = null;
  const main = $('main');
  main.setAttribute('aria-busy', 'true');
  let el;
  try {
    el = name === 'live' ? ctx.liveView.el : await VIEWS[name].make(ctx);
  } catch (err) {
    el = document.createElement('p');
    el.className = 'error';
    el.setAttribute('role', 'alert');
    el.textContent = `${VIEWS[name].title} could not be loaded: ${err.message}`;
  }
  if (!ctx) return;
  main.replaceChildren(el);
  main.dataset.view = name;
  main.removeAttribute('aria-busy');
  applyWriteState(main);
  banner();
}

async function signOut() {
  try { await api('DELETE', '/api/session', {}); } catch { /* signed out anyway */ }
  location.hash = '';
  showSignin('You are signed out.');
  say($('signin-error'), 'You are signed out.', true);
}

whenSignedOut((why) => showSignin(why));
$('signin-form').addEventListener('submit', signIn);
$('signout').addEventListener('click', signOut);
// The new view's heading starts below the sticky header, not under it.
window.addEventListener('hashchange', () => {
  route();
  window.scrollTo(0, 0);
  $('main').focus({ preventScroll: true });
});
// Answers 200 signed in or not: no failed request in the browser's console.
api('GET', '/api/session/state').then((me) => (me?.signedIn ? start(me) : showSignin('')), () => showSignin(''));
