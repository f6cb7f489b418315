// The console's phone: registers the signed-in user over SIP on a WebSocket
// (JsSIP, vendored in vendor/jssip/) and joins conferences from the browser.
// The SIP credentials come from GET /api/phone over the session each time the
// phone starts; nothing is stored in the browser.

import { api, esc, fmtDuration } from './util.js';

/** JsSIP (vendor/jssip/, 250 KB) is loaded only when there is a phone to register. */
let JsSIP = null;

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
/** The conference prompt ("conf-pin") plays before it listens: the PIN goes after it starts. */
const PIN_DELAY_MS = 1500;

/** The m=audio line's payload types reordered so `codecs` come first. */
export function preferCodecs(sdp, codecs) {
  const lines = sdp.split('\r\n');
  const pt = new Map();
  for (const l of lines) {
    const m = /^a=rtpmap:(\d+) ([^/]+)\//.exec(l);
    if (m && !pt.has(m[2].toLowerCase())) pt.set(m[2].toLowerCase(), m[1]);
  }
  return lines.map((l) => {
    if (!l.startsWith('m=audio ')) return l;
    const parts = l.split(' ');
    const head = parts.slice(0, 3);
    const list = parts.slice(3);
    const first = codecs.map((c) => pt.get(c.toLowerCase())).filter((p) => p && list.includes(p));
    return [...head, ...first, ...list.filter((p) => !first.includes(p))].join(' ');
  }).join('\r\n');
}

export class Phone {
  /**
   * `ctx` is the console's: the signed-in user (`ctx.me`), the live view and
   * the live connection (for the member controls on the user's own member).
   */
  constructor(ctx) {
    this.ctx = ctx;
    this.ua = null;
    this.call = null;
    this.conf = null;
    this.info = null;
    this.state = 'idle';
    this.dtmf = localStorage.getItem('fsconn.phone.dtmf') === 'INFO' ? 'INFO' : 'RFC2833';
    /** What went out as DTMF, for the person (and the tests). */
    this.sent = [];
    this.el = document.createElement('section');
    this.el.id = 'phone';
    this.el.className = 'phone panel';
    this.el.setAttribute('aria-labelledby', 'phone-title');
    this.el.innerHTML = `<header class="row"><h2 id="phone-title">Phone</h2>
      <span id="ph-state" class="badge" role="status" aria-live="polite">starting…</span></header>
      <p id="ph-why" class="muted" hidden></p>
      <div id="ph-idle" class="row" hidden>
        <div class="field"><label for="ph-conf">Conference</label><select id="ph-conf"></select></div>
        <button type="button" id="ph-join">Join</button>
        <div class="field"><label for="ph-dtmf">Keys sent as</label><select id="ph-dtmf">
          <option value="RFC2833">RFC 2833 (in the audio)</option><option value="INFO">SIP INFO</option></select></div>
      </div>
      <div id="ph-call" hidden>
        <p class="row"><strong id="ph-with"></strong> <span id="ph-time" class="muted">0:00</span>
          <span id="ph-pin" class="muted"></span></p>
        <div class="row">
          <button type="button" id="ph-mute" aria-pressed="false">Mute</button>
          <button type="button" id="ph-keys-btn" class="quiet" aria-expanded="false" aria-controls="ph-keys">Keypad</button>
          <button type="button" id="ph-hangup" class="danger">Hang up</button>
        </div>
        <div class="row">
          <div class="field"><label for="ph-level">Microphone level</label><meter id="ph-level" min="0" max="1" value="0"></meter></div>
          <div class="field"><label for="ph-mic">Microphone</label><select id="ph-mic"></select></div>
          <div class="field"><label for="ph-spk">Speaker</label><select id="ph-spk"></select></div>
        </div>
        <div id="ph-keys" class="keypad" role="group" aria-label="Keypad" hidden>${KEYS.map((k) => `<button type="button" data-key="${k}" aria-label="Key ${k === '*' ? 'star' : k === '#' ? 'hash' : k}">${k}</button>`).join('')}</div>
        <p id="ph-sent" class="muted" aria-live="polite"></p>
      </div>
      <audio id="ph-audio" autoplay></audio>`;
    this.$ = (s) => this.el.querySelector(s);
    this.$('#ph-dtmf').value = this.dtmf;
    this.$('#ph-dtmf').addEventListener('change', (e) => {
      this.dtmf = e.target.value;
      localStorage.setItem('fsconn.phone.dtmf', this.dtmf);
    });
    this.$('#ph-join').addEventListener('click', () => this.join(this.$('#ph-conf').value));
    this.$('#ph-hangup').addEventListener('click', () => this.hangup());
    this.$('#ph-mute').addEventListener('click', () => this.toggleMute());
    this.$('#ph-keys-btn').addEventListener('click', () => this.toggleKeys());
    this.$('#ph-keys').addEventListener('click', (e) => {
      const b = e.target.closest('button[data-key]');
      if (b) this.send(b.dataset.key);
    });
    this.$('#ph-mic').addEventListener('change', (e) => this.useMic(e.target.value));
    this.$('#ph-spk').addEventListener('change', (e) => this.useSpeaker(e.target.value));
    this.onLine = () => this.ua && !this.ua.isConnected() && this.ua.start();
    window.addEventListener('online', this.onLine);
  }

  /** Fetch the credentials and register; says plainly when there is no phone. */
  async start() {
    try {
      this.info = await api('GET', '/api/phone');
    } catch (e) {
      return this.show('off', `The phone is not available: ${e.message}`);
    }
    const confs = this.info.conferences;
    this.$('#ph-conf').innerHTML = confs.map((c) => `<option value="${esc(c.num)}">${esc(c.name)} (${esc(c.num)})</option>`).join('');
    if (!this.info.wss_url) return this.show('off', `No phone here: ${this.info.unavailable}. The rest of the console works as usual.`);
    this.ctx.liveView.joinable = new Map(confs.map((c) => [c.name, c.num]));
    await this.register();
  }

  async register() {
    const i = this.info;
    try {
      JsSIP ??= (await import('./vendor/jssip/jssip.js')).default;
    } catch (e) {
      return this.show('failed', `The SIP library could not be loaded (${e.message}).`);
    }
    if (this.stopped) return;
    const socket = new JsSIP.WebSocketInterface(i.wss_url);
    this.ua = new JsSIP.UA({
      sockets: [socket],
      uri: `sip:${i.user}@${i.domain}`,
      authorization_user: i.user,
      password: i.password,
      display_name: i.name,
      register: true,
      register_expires: 300,
      session_timers: false,
      user_agent: `fsconn console (JsSIP ${JsSIP.version})`,
      connection_recovery_min_interval: 2,
      connection_recovery_max_interval: 30,
    });
    const ua = this.ua;
    ua.on('connecting', () => this.state !== 'registered' && this.show('connecting', `Connecting to ${i.wss_url}…`));
    ua.on('disconnected', (e) => this.show('failed', `Cannot reach ${i.wss_url}${e.error ? ' (the connection failed)' : ''}; retrying…`));
    ua.on('registered', () => this.show('registered', `Registered as ${i.user} at ${i.wss_url}.`));
    ua.on('unregistered', () => this.ua === ua && this.show('unregistered', 'Not registered.'));
    ua.on('registrationFailed', (e) => this.show('failed', `Registration failed: ${e.cause}${e.response ? ` (${e.response.status_code} ${e.response.reason_phrase})` : ''}.`));
    ua.on('newRTCSession', (e) => { if (e.originator === 'remote') e.session.terminate({ status_code: 486 }); });
    ua.start();
  }

  /** Sign-out: hang up, unregister, close the socket. */
  stop() {
    this.stopped = true;
    window.removeEventListener('online', this.onLine);
    this.hangup();
    const ua = this.ua;
    this.ua = null;
    ua?.stop();
  }

  show(state, why) {
    this.state = state;
    const labels = { off: 'no phone', connecting: 'connecting', registered: 'registered', unregistered: 'not registered', failed: 'failing', incall: 'in a call' };
    const badge = this.$('#ph-state');
    badge.textContent = labels[state] ?? state;
    badge.dataset.state = state;
    this.$('#ph-why').textContent = why ?? '';
    this.$('#ph-why').hidden = !why;
    this.$('#ph-idle').hidden = this.call != null || state === 'off';
    this.$('#ph-join').disabled = state !== 'registered';
    this.$('#ph-call').hidden = this.call == null;
    // The cards' Join buttons follow readiness: redraw them only when it
    // changes (a phone retrying its connection must not redraw the page).
    const ready = state === 'registered' && !this.call;
    if (this.ctx.liveView.phoneReady !== ready) {
      this.ctx.liveView.phoneReady = ready;
      this.ctx.liveView.renderAll();
    }
  }

  /** Call conference number `num`; the PIN follows when the call is up. */
  join(num) {
    const conf = this.info?.conferences.find((c) => c.num === num);
    if (!conf || !this.ua?.isRegistered() || this.call) return;
    this.conf = conf;
    this.myMember = null;
    this.sent = [];
    const mic = this.$('#ph-mic').value;
    const call = this.ua.call(`sip:${conf.num}@${this.info.domain}`, {
      mediaConstraints: { audio: mic ? { deviceId: { exact: mic } } : true, video: false },
      rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
      pcConfig: { iceServers: [], rtcpMuxPolicy: 'require' },
    });
    this.call = call;
    call.on('sdp', (e) => { if (e.originator === 'local') e.sdp = preferCodecs(e.sdp, conf.codecs); });
    call.on('peerconnection', (e) => {
      e.peerconnection.addEventListener('track', (t) => { this.$('#ph-audio').srcObject = t.streams[0]; });
    });
    call.on('progress', () => this.show('incall', `Calling ${conf.name}…`));
    call.on('confirmed', () => this.confirmed());
    call.on('ended', (e) => this.ended(`Call ended (${e.cause}).`));
    call.on('failed', (e) => this.ended(`Call failed: ${e.cause}${e.message?.status_code ? ` (${e.message.status_code} ${e.message.reason_phrase})` : ''}.`));
    this.$('#ph-with').textContent = `${conf.name} (${conf.num})`;
    this.$('#ph-pin').textContent = '';
    this.show('incall', `Calling ${conf.name}…`);
  }

  confirmed() {
    this.since = Date.now();
    this.timer = setInterval(() => { this.$('#ph-time').textContent = fmtDuration(Date.now() - this.since); }, 1000);
    this.meter();
    this.devices();
    this.show('incall', `In ${this.conf.name}.`);
    const pin = this.info.conpin;
    if (!pin) return;
    this.$('#ph-pin').textContent = 'sending your PIN…';
    // Only the digits: `#` would be the conference's hang-up key.
    const call = this.call;
    setTimeout(async () => {
      if (this.call !== call || !call.isEstablished()) return;
      if (this.dtmf === 'RFC2833' && !(await this.audioUp(call))) {
        this.$('#ph-pin').textContent = 'PIN not sent: the call has no audio path yet (ICE/DTLS); type it on the keypad';
        return;
      }
      this.send(pin, true);
      this.$('#ph-pin').textContent = 'PIN sent';
    }, PIN_DELAY_MS);
  }

  /** RFC 2833 tones travel in the call's RTP: wait (up to 10 s) until the media path can carry them. */
  async audioUp(call) {
    for (let i = 0; i < 100; i++) {
      if (this.call !== call) return false;
      if (this.dtmfSender(call)?.canInsertDTMF) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  dtmfSender(call) {
    return call.connection?.getSenders().find((s) => s.track?.kind === 'audio')?.dtmf;
  }

  ended(why) {
    clearInterval(this.timer);
    this.level?.close().catch(() => {});
    this.level = null;
    this.call = null;
    this.myMember = null;
    this.ctx.liveView.mine = null;
    this.$('#ph-audio').srcObject = null;
    this.$('#ph-mute').setAttribute('aria-pressed', 'false');
    this.$('#ph-mute').textContent = 'Mute';
    const state = this.ua?.isRegistered() ? 'registered' : 'unregistered';
    this.show(state, why);
  }

  hangup() {
    if (this.call && !this.call.isEnded()) this.call.terminate();
  }

  /** DTMF as the user chose (RFC 2833 by default: FreeSWITCH's stock profile ignores INFO). */
  send(tones, pin = false) {
    if (!this.call?.isEstablished()) return;
    if (this.dtmf === 'RFC2833' && !this.dtmfSender(this.call)?.canInsertDTMF) {
      this.$('#ph-sent').textContent = `Not sent (${tones}): the call has no audio path yet`;
      return;
    }
    this.call.sendDTMF(tones, { transportType: this.dtmf, duration: 120, interToneGap: 80 });
    this.sent.push({ tones, via: this.dtmf, pin });
    this.$('#ph-sent').textContent = pin ? `PIN sent (${this.dtmf === 'INFO' ? 'SIP INFO' : 'RFC 2833'})` : `Sent ${tones}`;
  }

  toggleKeys() {
    const k = this.$('#ph-keys');
    k.hidden = !k.hidden;
    this.$('#ph-keys-btn').setAttribute('aria-expanded', String(!k.hidden));
  }

  /** Mute the microphone here and, when the switch shows us as a member, there too. */
  toggleMute() {
    if (!this.call) return;
    const muted = !this.call.isMuted().audio;
    if (muted) this.call.mute({ audio: true }); else this.call.unmute({ audio: true });
    this.$('#ph-mute').setAttribute('aria-pressed', String(muted));
    this.$('#ph-mute').textContent = muted ? 'Unmute' : 'Mute';
    const me = this.myMember;
    if (me && this.ctx.liveView.control) {
      this.ctx.live.send({ req: 'memexec', conference: me.conf, call: muted ? 'mute' : 'unmute', member: me.confid });
    }
  }

  /** Live messages: the member this call became (the next one with our id). */
  onLive(msg) {
    if (!this.call || this.myMember || msg.event !== 'newMember') return;
    if (msg.conference !== this.conf?.name || String(msg.data?.id) !== String(this.info.user)) return;
    this.myMember = { conf: msg.conference, confid: String(msg.data.confid) };
    this.ctx.liveView.mine = this.myMember;
    this.ctx.liveView.renderCard(msg.conference);
  }

  /** The input level meter, from the microphone track this call sends. */
  meter() {
    const pc = this.call?.connection;
    const track = pc?.getSenders().find((s) => s.track?.kind === 'audio')?.track;
    if (!track) return;
    const ac = new AudioContext();
    const an = ac.createAnalyser();
    an.fftSize = 512;
    ac.createMediaStreamSource(new MediaStream([track])).connect(an);
    const buf = new Float32Array(an.fftSize);
    const draw = () => {
      if (this.level !== ac) return;
      an.getFloatTimeDomainData(buf);
      const rms = Math.sqrt(buf.reduce((s, x) => s + x * x, 0) / buf.length);
      this.$('#ph-level').value = this.call?.isMuted().audio ? 0 : Math.min(1, rms * 4);
      requestAnimationFrame(draw);
    };
    this.level = ac;
    draw();
  }

  async devices() {
    let list = [];
    try { list = await navigator.mediaDevices.enumerateDevices(); } catch { /* none to choose */ }
    const opts = (kind) => list.filter((d) => d.kind === kind)
      .map((d, n) => `<option value="${esc(d.deviceId)}">${esc(d.label || `${kind === 'audioinput' ? 'Microphone' : 'Speaker'} ${n + 1}`)}</option>`).join('');
    this.$('#ph-mic').innerHTML = opts('audioinput');
    const spk = opts('audiooutput');
    this.$('#ph-spk').innerHTML = spk || '<option value="">Default</option>';
    this.$('#ph-spk').disabled = !spk || typeof this.$('#ph-audio').setSinkId !== 'function';
    const now = this.call?.connection?.getSenders().find((s) => s.track?.kind === 'audio')?.track?.getSettings().deviceId;
    if (now) this.$('#ph-mic').value = now;
  }

  async useMic(deviceId) {
    const sender = this.call?.connection?.getSenders().find((s) => s.track?.kind === 'audio');
    if (!sender) return;
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { deviceId: { exact: deviceId } } });
    const track = stream.getAudioTracks()[0];
    track.enabled = !this.call.isMuted().audio;
    const old = sender.track;
    await sender.replaceTrack(track);
    old?.stop();
    this.level?.close().catch(() => {});
    this.level = null;
    this.meter();
  }

  async useSpeaker(deviceId) {
    const a = this.$('#ph-audio');
    if (deviceId && typeof a.setSinkId === 'function') await a.setSinkId(deviceId);
  }
}
