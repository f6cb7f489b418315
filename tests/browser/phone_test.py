#!/usr/bin/python3
"""The console's phone in a real browser (Debian's chromium, fake media
devices) against a real SIP stack nobody here wrote: Debian's Kamailio as
the WSS registrar and proxy (digest auth with the fsconn user's own id and
password), Debian's rtpengine for the browser's DTLS-SRTP media (it logs
the RFC 2833 digits it relays), and SIPp answering the conference number
and echoing the audio. All are started here on 127.0.0.1. The fsconn simulator stays what it is (an event socket): it
only plays the switch's side of the live view.

usage: phone_test.py URL SIM_ADDR SIM_LOG WORKDIR WSS_PORT UDP_PORT SIPP_PORT USER PASSWORD CONPIN
       SCREENSHOTS URL_OFF (a second server with serve.sip_wss_url = "off")
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sipstack import HERE, Kamailio, free_udp_port, lines, stop  # noqa: E402

(URL, SIM, SIM_LOG, WORK, WSS_PORT, UDP_PORT, SIPP_PORT, SIP_USER, SIP_PASSWORD, CONPIN,
 SHOTS, URL_OFF) = sys.argv[1:13]
RESULTS = {"passed": 0, "failed": 0}
os.makedirs(SHOTS, exist_ok=True)


class Esl:
    """A minimal inbound event-socket client: auth, then `api` commands."""

    def __init__(self, addr):
        host, port = addr.rsplit(":", 1)
        self.s = socket.create_connection((host, int(port)), timeout=10)
        self.buf = b""
        self.frame()
        self.s.sendall(b"auth ClueCon\n\n")
        self.frame()

    def frame(self):
        while b"\n\n" not in self.buf:
            self.buf += self.s.recv(65536)
        head, self.buf = self.buf.split(b"\n\n", 1)
        headers = dict(l.split(": ", 1) for l in head.decode().splitlines() if ": " in l)
        n = int(headers.get("Content-Length", 0))
        while len(self.buf) < n:
            self.buf += self.s.recv(65536)
        body, self.buf = self.buf[:n], self.buf[n:]
        return headers, body.decode()

    def api(self, cmd):
        self.s.sendall(f"api {cmd}\n\n".encode())
        while True:
            headers, body = self.frame()
            if headers.get("Content-Type") == "api/response":
                return body


# rtpengine's DTMF log: one JSON datagram per RFC 2833 digit it relays,
# with the SIP tag of the side that sent it (SIPp's tags end in SIPpConf<n>;
# SIPp's -rtp_echo sends the browser's digits back).
DTMF = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
DTMF.bind(("127.0.0.1", 0))
DIGITS = []


def dtmf_listener():
    names = "0123456789*#ABCD"
    while True:
        data, _ = DTMF.recvfrom(65536)
        try:
            ev = json.loads(data)
            side = "conference" if "SIPpConf" in ev["source_tag"] else "browser"
            DIGITS.append((side, names[int(ev["event"])]))
        except (ValueError, KeyError, IndexError, TypeError):
            DIGITS.append(("?", "?"))


threading.Thread(target=dtmf_listener, daemon=True).start()
NG_PORT = free_udp_port()
MEDIA_PORT = free_udp_port()
RTPE_LOG = os.path.join(WORK, "rtpengine.log")


def start_rtpengine():
    base = 30000 + (os.getpid() % 300) * 100
    p = subprocess.Popen(["/usr/bin/rtpengine", "--foreground", "--log-stderr", "--table=-1",
                          "--interface=127.0.0.1", f"--listen-ng=127.0.0.1:{NG_PORT}",
                          f"--port-min={base}", f"--port-max={base + 99}",
                          f"--dtmf-log-dest=127.0.0.1:{DTMF.getsockname()[1]}", "--log-level=6",
                          "--delete-delay=0"],
                         stdout=open(RTPE_LOG, "w"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if "Startup complete" in open(RTPE_LOG).read():
            return p
        time.sleep(0.05)
    raise RuntimeError("rtpengine did not start:\n" + open(RTPE_LOG).read()[-3000:])


SIPP_LOG = os.path.join(WORK, "sipp.log")
KAMAILIO = Kamailio(WORK, WSS_PORT, UDP_PORT, SIP_USER, SIP_PASSWORD, SIPP_PORT, NG_PORT)


def start_sipp():
    return subprocess.Popen(["/usr/bin/sipp", "-sf", os.path.join(HERE, "conference.xml"),
                             "-i", "127.0.0.1", "-p", SIPP_PORT, "-mp", str(MEDIA_PORT), "-rtp_echo",
                             "-trace_logs", "-log_file", SIPP_LOG,
                             "-trace_msg", "-message_file", os.path.join(WORK, "sipp-messages.log"),
                             "-nostdin", "-nd"],
                            stdout=subprocess.DEVNULL, stderr=open(os.path.join(WORK, "sipp.err"), "w"),
                            cwd=WORK, start_new_session=True)


def kam(mark="FSCONN-TEST"):
    return KAMAILIO.seen(mark)


def sipp(mark):
    return lines(SIPP_LOG, mark)


def check(name):
    def wrap(f):
        try:
            f()
            RESULTS["passed"] += 1
            print(f"ok {name}", flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported
            RESULTS["failed"] += 1
            print(f"FAIL {name}: {e!r}", flush=True)
            print(f"  phone: {text('#ph-state')!r} {text('#ph-why')!r}", flush=True)
            for entry in D.get_log("browser")[-15:]:
                print(f"  console: {entry['message'][:300]}", flush=True)
            traceback.print_exc(limit=2)
        return f
    return wrap


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
              # Kamailio's certificate is the test's own, made a moment ago.
              "--ignore-certificate-errors",
              # The media stays on 127.0.0.1 (rtpengine listens there).
              "--allow-loopback-in-peer-connection",
              "--autoplay-policy=no-user-gesture-required", "--window-size=1280,900",
              "--no-first-run", "--disable-extensions", "--mute-audio"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def wait(cond, timeout=10.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.05).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def state():
    return js("const e = document.querySelector('#ph-state'); return e ? e.dataset.state : null")


def shot(name, width=1280):
    D.set_window_size(width, 900)
    time.sleep(0.3)
    if width < 600:
        # The whole page: the phone is above the live view.
        h = js("return document.documentElement.scrollHeight")
        D.set_window_size(width, min(max(h + 120, 844), 1600))
        time.sleep(0.3)
    D.save_screenshot(os.path.join(SHOTS, f"{name}.png"))
    D.set_window_size(1280, 900)


def sign_in(user, password, url=None):
    D.delete_all_cookies()
    D.get((url or URL) + "/")
    wait(lambda: js("return !document.querySelector('#signin').hidden"), what="the sign-in page")
    D.find_element(By.ID, "si-user").send_keys(user)
    D.find_element(By.ID, "si-pass").send_keys(password)
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: js("return !document.querySelector('#app').hidden"), what=f"{user} signed in")


def click(css):
    D.find_element(By.CSS_SELECTOR, css).click()


def stats():
    """Audio RTP counters of the call's peer connection (WebRTC getStats)."""
    return D.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const pc = window.fsconnConsole.phone.call?.connection;
        if (!pc) { done(null); return; }
        pc.getStats().then((r) => {
          const out = {ice: pc.iceConnectionState};
          r.forEach((s) => {
            if (s.type === 'outbound-rtp' && s.kind === 'audio') out.sent = s.packetsSent;
            if (s.type === 'inbound-rtp' && s.kind === 'audio') out.received = s.packetsReceived;
          });
          done(out);
        });""")


# ---------------------------------------------------------------- setup
RTPE = start_rtpengine()
KAM = KAMAILIO.start().proc
SIPP = start_sipp()
D = browser()
D.set_script_timeout(10)
esl = Esl(SIM)
SEEN = {}


@check("the phone registers with the user's own credentials: 401, then 200")
def _():
    sign_in("defaultuser", SIP_PASSWORD)
    wait(lambda: state() == "registered", what="registered")
    # Idle: registered, no conference running yet.
    shot("phone-idle")
    shot("phone-idle-390", 390)
    k = kam()
    assert any(l.startswith(f"FSCONN-TEST REGISTER 401 challenge user={SIP_USER}") for l in k), k
    ok = [l for l in k if l.startswith(f"FSCONN-TEST REGISTER 200 user={SIP_USER}")]
    assert ok and "expires=300" in ok[0], k
    assert f"Registered as {SIP_USER}" in text("#ph-why"), text("#ph-why")
    # The live view's cards offer "Join" where the phone may call.
    esl.api("sim join team_g722 21000")
    wait(lambda: js("return !!document.querySelector('.card[data-conf=\"team_g722\"] button[data-join=\"30000\"]:not([disabled])')"),
         what="Join on the card")
    shot("phone-registered")
    shot("phone-registered-390", 390)


@check("Join calls the conference number (407, then INVITE with credentials) and sends the PIN as SIP INFO without #")
def _():
    js("document.querySelector('#ph-dtmf').value = 'INFO'; document.querySelector('#ph-dtmf').dispatchEvent(new Event('change'))")
    click('.card[data-conf="team_g722"] button[data-join="30000"]')
    wait(lambda: state() == "incall" and "PIN sent" in text("#ph-pin"), timeout=15, what="in the call, PIN sent")
    k = kam()
    assert "FSCONN-TEST INVITE 407 challenge" in k, k
    assert any(l.startswith(f"FSCONN-TEST INVITE authorized sip:30000@127.0.0.1 user={SIP_USER}") for l in k), k
    assert "FSCONN-TEST REPLY 200 to INVITE" in k, k
    wait(lambda: len(sipp("DIGIT")) >= len(CONPIN), what="the PIN digits at the conference")
    digits = "".join(l.split()[1] for l in sipp("DIGIT"))
    assert digits == CONPIN, (digits, CONPIN)
    time.sleep(0.5)
    assert "".join(l.split()[1] for l in sipp("DIGIT")) == CONPIN, "nothing after the PIN (no #)"
    # A 16 kHz conference type: the offer puts G.722 (payload 9) first.
    offers = lines(os.path.join(WORK, "sipp-messages.log"), "m=audio ")
    assert offers and offers[0].split()[3] == "9", offers
    SEEN["invite"] = sipp("INVITE")
    assert SEEN["invite"] and SEEN["invite"][0].split()[1] == "30000", SEEN["invite"]


@check("the keypad sends the moderator keys")
def _():
    click("#ph-keys-btn")
    click('#ph-keys button[data-key="6"]')
    click('#ph-keys button[data-key="*"]')
    wait(lambda: len(sipp("DIGIT")) >= len(CONPIN) + 2, what="keypad digits")
    assert "".join(l.split()[1] for l in sipp("DIGIT"))[len(CONPIN):] == "6*"
    shot("phone-in-call-keypad")
    shot("phone-in-call-keypad-390", 390)


@check("mute: the microphone here, and the member the call became on the switch")
def _():
    # The switch reports the member this call became (the simulator plays
    # the switch's side: SIPp answered the SIP).
    confid = esl.api(f"sim join team_g722 {SIP_USER}").split()[-1]
    wait(lambda: js("return !!document.querySelector('.card[data-conf=\"team_g722\"] li.you[data-confid=\"%s\"]')" % confid),
         what="'you' marked")
    n_you = js("return document.querySelectorAll('.card[data-conf=\"team_g722\"] li.you').length")
    assert n_you == 1, n_you
    click("#ph-mute")
    wait(lambda: js("return window.fsconnConsole.phone.call.isMuted().audio"), what="muted locally")
    track_off = js("return window.fsconnConsole.phone.call.connection.getSenders().find(s => s.track).track.enabled === false")
    assert track_off
    log = lambda: open(SIM_LOG).read().splitlines()
    wait(lambda: any(l.endswith(f"conference team_g722 mute {confid}") for l in log()), what="mute sent to the switch")
    click("#ph-mute")
    wait(lambda: not js("return window.fsconnConsole.phone.call.isMuted().audio"), what="unmuted locally")
    wait(lambda: any(l.endswith(f"conference team_g722 unmute {confid}") for l in log()), what="unmute sent to the switch")
    assert text("#ph-mute") == "Mute"


@check("in the call: time runs, the level meter and the device lists are there")
def _():
    t0 = text("#ph-time")
    time.sleep(1.2)
    assert text("#ph-time") != t0, t0
    assert js("return document.querySelectorAll('#ph-mic option').length") >= 1
    wait(lambda: js("return document.querySelector('#ph-level').value > 0"), what="the fake microphone's level")
    wait(lambda: (stats() or {}).get("ice") in ("connected", "completed"), what="ICE with rtpengine")
    a = stats()
    time.sleep(2)
    b = stats()
    print(f"  webrtc audio packets: {a} -> {b}", flush=True)
    assert b["sent"] > a["sent"] > 0, (a, b)
    assert b["received"] > a["received"] > 0, (a, b)
    dtls = D.execute_async_script("""
        const done = arguments[arguments.length - 1];
        window.fsconnConsole.phone.call.connection.getStats().then((r) => {
          let t = null; r.forEach((s) => { if (s.type === 'transport') t = s; });
          done(t && { dtls: t.dtlsState, srtp: t.srtpCipher });
        });""")
    assert dtls["dtls"] == "connected" and dtls["srtp"], dtls


@check("hang up sends BYE")
def _():
    click("#ph-hangup")
    wait(lambda: len(sipp("BYE")) == 1, what="BYE at the conference")
    wait(lambda: state() == "registered", what="back to registered")
    assert "Call ended" in text("#ph-why"), text("#ph-why")


@check("RFC 2833 (the default): the PIN goes in the call's DTLS-SRTP audio as telephone-events, without #")
def _():
    js("document.querySelector('#ph-dtmf').value = 'RFC2833'; document.querySelector('#ph-dtmf').dispatchEvent(new Event('change'))")
    before = len(sipp("DIGIT"))
    # Chromium's DTMF sender reports each tone as it puts it into the RTP
    # stream (tonechange); rtpengine reports each telephone-event it relays.
    DIGITS.clear()
    js("""window.__tones = [];
          const p = window.fsconnConsole.phone;
          const orig = p.confirmed.bind(p);
          p.confirmed = () => {
            p.call.connection.getSenders().find((x) => x.track).dtmf
              .addEventListener('tonechange', (e) => window.__tones.push(e.tone));
            orig();
          };""")
    click("#ph-join")
    wait(lambda: text("#ph-pin") == "PIN sent", timeout=20, what="PIN sent")
    wait(lambda: js("return window.__tones.join('')") == CONPIN, timeout=5, what="the PIN tones in the RTP stream")
    time.sleep(0.5)
    assert js("return window.__tones.join('')") == CONPIN, "nothing after the PIN (no #)"
    s1 = stats()
    assert s1["ice"] in ("connected", "completed") and s1["sent"] > 0, s1
    assert len(sipp("DIGIT")) == before, "no SIP INFO in RFC 2833 mode"
    assert js("return window.fsconnConsole.phone.sent[0]") == {"tones": CONPIN, "via": "RFC2833", "pin": True}
    sent = "".join(d for side, d in DIGITS if side == "browser")
    echoed = "".join(d for side, d in DIGITS if side == "conference")
    print(f"  rtpengine relayed telephone-events: from the browser {sent!r}, back from SIPp {echoed!r}", flush=True)
    assert sent == CONPIN, DIGITS
    assert echoed == CONPIN, DIGITS
    click("#ph-hangup")
    wait(lambda: len(sipp("BYE")) == 2, what="second BYE")


@check("network loss: failing with the reason, then registered again")
def _():
    global KAM
    stop(KAM)
    wait(lambda: state() == "failed", what="failing")
    assert "Cannot reach wss://127.0.0.1:" in text("#ph-why"), text("#ph-why")
    shot("phone-failing")
    n = len([l for l in kam() if l.startswith("FSCONN-TEST REGISTER 200")])
    KAM = KAMAILIO.start().proc
    wait(lambda: state() == "registered", timeout=40, what="registered again")
    assert len([l for l in kam() if l.startswith("FSCONN-TEST REGISTER 200")]) == n + 1


@check("sign-out unregisters (Expires 0)")
def _():
    click("#signout")
    wait(lambda: any(l.startswith(f"FSCONN-TEST REGISTER 200 user={SIP_USER} expires=0") for l in kam()),
         what="the unregister")
    assert js("return !document.querySelector('#signin').hidden")


@check("a user whose context sees fewer conferences is offered only those")
def _():
    sign_in("publicuser", "napw")
    wait(lambda: state() in ("registered", "failed"), what="the public user's phone")
    nums = js("return [...document.querySelectorAll('#ph-conf option')].map(o => o.value)")
    assert nums == ["32000"], nums
    # Kamailio knows only the team user: the refusal is shown with its reason.
    wait(lambda: "Registration failed" in text("#ph-why"), what="the refusal")
    click("#signout")


@check("a server with no SIP endpoint says so plainly and the console works")
def _():
    sign_in("defaultuser", SIP_PASSWORD, URL_OFF)
    wait(lambda: state() == "off", what="no phone")
    assert "No phone here" in text("#ph-why") and "sip_wss_url" in text("#ph-why"), text("#ph-why")
    esl.api("sim join team_video 21000")
    wait(lambda: js("return !!document.querySelector('.card[data-conf=\"team_video\"] li.member')"),
         what="the live view")
    assert not js("return !!document.querySelector('button[data-join]:not([disabled])')"), "no Join without a phone"
    shot("phone-off")
    D.find_element(By.CSS_SELECTOR, '#nav a[data-view="users"]').click()
    wait(lambda: "frienduser" in text("main"), what="the users view")


for p in (KAM, SIPP, RTPE):
    try:
        stop(p)
    except Exception:  # noqa: BLE001
        pass
D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed", flush=True)
sys.exit(0 if RESULTS["failed"] == 0 else 1)
