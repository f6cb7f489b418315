#!/usr/bin/python3
"""Two FreeSWITCH nodes in the web console, in Debian's chromium (through
chromium-driver and python3-selenium) against a real `fsconn serve` with
two `[[node]]` tables and two `fsconn sim`s, started by
tests/it/console_cluster.rs, which passes:

  cluster_test.py URL SIM1 SIM2 SIM1_COMMAND_LOG SIM2_COMMAND_LOG

Each card names its node, a control reaches the node of its conference,
and a conference split over both nodes shows a badge. Each check prints
`ok NAME` or `FAIL NAME: why`; the last line is `N passed, M failed`.
"""

import socket
import sys
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

URL, SIM1, SIM2, LOG1, LOG2 = sys.argv[1:6]
RESULTS = {"passed": 0, "failed": 0}


class Esl:
    """A minimal inbound event-socket client: auth, then `api` commands."""

    def __init__(self, addr):
        host, port = addr.rsplit(":", 1)
        self.s = socket.create_connection((host, int(port)), timeout=10)
        self.buf = b""
        self.frame()
        self.s.sendall(b"auth ClueCon\n\n")
        headers, _ = self.frame()
        assert "+OK" in headers.get("Reply-Text", ""), headers

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


def check(name):
    def wrap(f):
        try:
            f()
            RESULTS["passed"] += 1
            print(f"ok {name}", flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported
            RESULTS["failed"] += 1
            print(f"FAIL {name}: {e!r}", flush=True)
            traceback.print_exc()
        return f
    return wrap


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--mute-audio"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


D = browser()
fs1, fs2 = Esl(SIM1), Esl(SIM2)


def wait(cond, timeout=5.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.02).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def card(conf):
    return f'.card[data-conf="{conf}"]'


def lines(path):
    with open(path) as f:
        return f.read().splitlines()


def join(node, conf, user):
    reply = node.api(f"sim join {conf} {user}")
    assert reply.startswith("+OK"), reply
    return reply.split()[-1]


@check("each card names the node that hosts its conference")
def _():
    D.get(URL + "/")
    wait(lambda: js("return !!document.querySelector('#si-user')"), what="the sign-in page")
    D.find_element(By.ID, "si-user").send_keys("defaultuser")
    D.find_element(By.ID, "si-pass").send_keys("napw")
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: js("return !!window.fsconnConsole && document.querySelector('#banner').hidden"), what="live")
    join(fs1, "team_g722", 20000)
    join(fs2, "public_g722", 22000)
    wait(lambda: "node fs1" in text(card("team_g722") + " header"), what="team_g722 on fs1")
    wait(lambda: "node fs2" in text(card("public_g722") + " header"), what="public_g722 on fs2")


@check("a control from the card reaches the conference's node only")
def _():
    before1, before2 = len(lines(LOG1)), len(lines(LOG2))
    js("document.querySelector(arguments[0]).click()", card("public_g722") + ' button[data-call="lock"]')
    wait(lambda: any("conference public_g722 lock" in l for l in lines(LOG2)[before2:]), what="lock on fs2")
    assert not any("public_g722" in l for l in lines(LOG1)[before1:]), lines(LOG1)[before1:]
    wait(lambda: "locked" in text(card("public_g722")), what="shown locked")


@check("a conference on both nodes shows a split badge, and it goes with the split")
def _():
    member = join(fs2, "team_g722", 21000)
    wait(lambda: "split: fs1, fs2" in text(card("team_g722")), what="split badge")
    assert text(card("team_g722")).count("20000") >= 1
    assert "21000" not in text(card("team_g722")), "fs2's caller is not merged in"
    fs2.api(f"sim leave team_g722 {member}")
    wait(lambda: "split:" not in text(card("team_g722")), what="badge gone")


@check("no console errors")
def _():
    errors = [e for e in D.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
sys.exit(1 if RESULTS["failed"] else 0)
