#!/usr/bin/python3
"""The web console through a TLS reverse proxy (nginx with
examples/nginx.conf) in a real browser (Debian's chromium through
chromium-driver and python3-selenium), started by tests/it/behind_proxy.rs:

  proxy_test.py URL SIM_HOST:PORT SIM_COMMAND_LOG CONF_DIR WORKDIR WSS_PORT UDP_PORT USER PASSWORD

The console's phone registers with USER/PASSWORD through the proxy's /sip
to Debian's Kamailio, started here on 127.0.0.1:WSS_PORT (sipstack.py, as
in phone_test.py).

Each check prints `ok NAME` or `FAIL NAME: why`; the last line is
`N passed, M failed` and the exit status is 1 if anything failed.
"""

import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sipstack import Kamailio, free_udp_port  # noqa: E402

URL, SIM, SIM_LOG, CONF_DIR, WORK, WSS_PORT, UDP_PORT, SIP_USER, SIP_PASSWORD = sys.argv[1:10]
from kit import Esl, RESULTS, check  # noqa: E402


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    # The test's certificate is self-signed.
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,900", "--no-first-run", "--disable-extensions",
              "--ignore-certificate-errors"]:
        opts.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


# Only REGISTER here: no call, so no SIPp and no rtpengine behind the ports.
KAM = Kamailio(WORK, WSS_PORT, UDP_PORT, SIP_USER, SIP_PASSWORD, free_udp_port(), free_udp_port()).start()
D = browser()
esl = Esl(SIM)


def wait(cond, timeout=10.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.05).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def visible(css):
    return js("const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]')", css)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def sim_log():
    with open(SIM_LOG) as f:
        return f.read().splitlines()


def live_connected():
    return js("return !!window.fsconnConsole && document.querySelector('#banner').hidden")


@check("the console is served over HTTPS through the proxy")
def _():
    D.get(URL + "/")
    wait(lambda: visible("#si-user"), what="the sign-in page")
    assert D.current_url.startswith("https://"), D.current_url


@check("team signs in through the proxy; the cookie is Secure, HttpOnly, SameSite=Strict")
def _():
    D.find_element(By.ID, "si-user").send_keys("defaultuser")
    D.find_element(By.ID, "si-pass").send_keys("napw")
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: visible("#app") and "defaultuser" in text("#who"), what="signed in")
    c = D.get_cookie("fsconn_session")
    assert c and c["secure"] and c["httpOnly"] and c["sameSite"] == "Strict", c


@check("the phone registers through the proxy's /sip: Kamailio challenges (401), then 200")
def _():
    state = "const e = document.querySelector('#ph-state'); return e ? e.dataset.state : null"
    wait(lambda: js(state) == "registered", timeout=15, what="the phone registered")
    assert f"Registered as {SIP_USER}" in text("#ph-why"), text("#ph-why")
    k = KAM.seen()
    assert "FSCONN-TEST WS GET / sip" in k, k
    assert any(l.startswith(f"FSCONN-TEST REGISTER 401 challenge user={SIP_USER}") for l in k), k
    ok = [l for l in k if l.startswith(f"FSCONN-TEST REGISTER 200 user={SIP_USER} expires=")]
    assert ok, k
    assert any(l.startswith("FSCONN-TEST REQ REGISTER ") and l.endswith("proto=wss") for l in k), k


@check("the live WebSocket connects through the proxy")
def _():
    wait(live_connected, what="the live connection (banner hidden)")


@check("answers carry HSTS (read by the page itself)")
def _():
    hsts = js("return fetch('/api/session').then(r => r.headers.get('strict-transport-security'))")
    assert hsts and "max-age=" in hsts, hsts


@check("the live view shows a join from the sim")
def _():
    member = esl.api("sim join team_g722 20000").split()[-1]
    row = f'.card[data-conf="team_g722"] li[data-confid="{member}"]'
    wait(lambda: visible(row), what="the join in the live view")


@check("a control clicked in the page reaches the sim and the session stays")
def _():
    n = len(sim_log())
    D.find_element(By.CSS_SELECTOR, '.card[data-conf="team_g722"] button[data-call="lock"]').click()
    wait(lambda: "api conference team_g722 lock" in sim_log()[n:], what="lock command in the sim log")
    wait(lambda: "locked" in text('.card[data-conf="team_g722"]'), what="the lock event back in the page")
    assert visible("#app"), "signed out after a write"


@check("a user added in the page exists on disk")
def _():
    D.find_element(By.CSS_SELECTOR, '#nav a[data-view="users"]').click()
    wait(lambda: visible("#ua-name"), what="the users view")
    D.find_element(By.ID, "ua-name").send_keys("proxyalice")
    D.find_element(By.ID, "ua-email").send_keys("alice@example.com")
    D.find_element(By.CSS_SELECTOR, "#user-add button[type=submit]").click()
    # No password given: the generated one is shown once.
    wait(lambda: "Added proxyalice" in text("#ua-msg"), 10, "the add answer")
    wait(lambda: "proxyalice" in text("#u-rows"), what="the new user listed")
    files = [os.path.join(r, f) for r, _, fs in os.walk(os.path.join(CONF_DIR, "directory")) for f in fs]
    assert any("proxyalice" in open(f).read() for f in files if f.endswith(".xml")), files
    assert visible("#app"), "signed out after a write"


@check("a reload keeps the session and the live connection")
def _():
    D.get(URL + "/")
    wait(lambda: visible("#app") and "defaultuser" in text("#who"), what="still signed in")
    wait(live_connected, what="the live connection again")


@check("sign-out ends the session and unregisters the phone")
def _():
    D.find_element(By.ID, "signout").click()
    wait(lambda: visible("#si-user"), what="the sign-in page")
    # The phone unregisters through the proxy too.
    # (30 s: on a loaded 2-core machine JsSIP's un-REGISTER has been seen to
    # take longer than the default 10 s.)
    wait(lambda: any(l.startswith(f"FSCONN-TEST REGISTER 200 user={SIP_USER} expires=0") for l in KAM.seen()),
         timeout=30.0, what="the unregister")
    status = js("return fetch('/api/session', {headers: {'x-fsconn-console': '1'}}).then(r => r.status)")
    assert status == 401, status


D.quit()
KAM.stop()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed", flush=True)
sys.exit(1 if RESULTS["failed"] else 0)
