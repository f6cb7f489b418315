#!/usr/bin/python3
"""A conference's own settings in the console (issue 21, item 2) in a real
browser (Debian's chromium through chromium-driver and python3-selenium)
against a real `fsconn serve` and `fsconn sim`, started by
tests/it/console_settings.rs, which passes:

  confsettings_test.py URL SIM_HOST:PORT DIALPLAN_FILE OUT_DIR

The settings form writes the conference's dialplan file; the simulator,
after the reloadxml, asks callers for the conference PIN, makes a caller
who types the moderator PIN a moderator and mutes callers without
moderator rights, as FreeSWITCH 1.10 does.

Each check prints `ok NAME` or `FAIL NAME: why`; the last line is
`N passed, M failed` and the exit status is 1 if anything failed.
"""

import datetime
import os
import socket
import sys
import time
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

URL, SIM, DIALPLAN, OUT = sys.argv[1:5]
os.makedirs(OUT, exist_ok=True)
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
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


D = browser()
esl = Esl(SIM)


def wait(cond, timeout=5.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.05).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def visible(css):
    return js("const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]')", css)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def shot(name):
    D.save_screenshot(os.path.join(OUT, f"{name}.png"))


def phone_shot(name):
    D.set_window_size(390, 844)
    time.sleep(0.3)
    shot(f"{name}-phone")
    D.set_window_size(1280, 900)
    time.sleep(0.3)


def signed_in_as(user):
    D.delete_all_cookies()
    D.get(URL + "/")
    wait(lambda: visible("#si-user"), what="the sign-in page")
    D.find_element(By.ID, "si-user").send_keys(user)
    D.find_element(By.ID, "si-pass").send_keys("napw")
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: visible("#app") and user in text("#who"), what=f"{user} signed in")
    wait(lambda: js("return !!window.fsconnConsole && document.querySelector('#banner').hidden"),
         what="the live connection")


def go(view):
    D.find_element(By.CSS_SELECTOR, f'#nav a[data-view="{view}"]').click()
    wait(lambda: js("return document.querySelector('main').dataset.view") == view
         and not js("return document.querySelector('main').hasAttribute('aria-busy')"), what=view)


def dialplan():
    with open(DIALPLAN, encoding="utf-8") as f:
        return f.read()


def card(conf):
    return f'.card[data-conf="{conf}"]'


def row(conf, confid):
    return f'{card(conf)} li.member[data-confid="{confid}"]'


def field(name):
    return D.find_element(By.ID, f"cs-{name}")


def fill(name, value):
    e = field(name)
    e.clear()
    if value:
        e.send_keys(value)


def save():
    D.find_element(By.CSS_SELECTOR, "#conf-settings button[type=submit]").click()
    wait(lambda: text("#cs-msg") and text("#cs-msg") != "Working…", what="the answer")
    return text("#cs-msg")


def form_shot(name):
    """The settings form at desktop and phone size."""
    into_view = "document.getElementById('cs-title').scrollIntoView({block: 'center'})"
    js(into_view)
    time.sleep(0.2)
    shot(name)
    D.set_window_size(390, 844)
    time.sleep(0.3)
    js(into_view)
    time.sleep(0.2)
    shot(f"{name}-phone")
    D.set_window_size(1280, 900)
    time.sleep(0.3)


def open_settings(name):
    D.find_element(By.CSS_SELECTOR, f'#c-rows button[data-do="settings"][aria-label="Settings of {name}"]').click()
    wait(lambda: visible("#conf-settings") and name in text("#cs-title"), what="the settings form")


# ---------------------------------------------------------------- checks

ORIGINAL = {}


@check("the settings form shows a conference's settings; a bad PIN is refused by name and writes nothing")
def _():
    signed_in_as("defaultuser")
    go("conferences")
    open_settings("team_g722")
    assert text('#c-rows tr[data-num="30000"] td[data-col="settings"]') == "none"
    assert field("pin").get_attribute("value") == ""
    assert field("max").get_attribute("value") == ""
    assert not field("mute_on_entry").is_selected()
    assert js("return document.activeElement.id") == "cs-title"
    before = dialplan()
    ORIGINAL["text"] = before
    fill("pin", "12a")
    msg = save()
    assert "pin must be 1 to 12 digits" in msg, msg
    assert dialplan() == before


@check("PINs, maximum members and mute on entry are saved into the dialplan")
def _():
    fill("pin", "4711")
    fill("moderator_pin", "9876")
    fill("max", "3")
    field("mute_on_entry").click()
    msg = save()
    assert msg == "Saved the settings of team_g722 (30000).", msg
    text_now = dialplan()
    assert "team_g722@16kHz-novideo+4711+flags{${conf_flags}}" in text_now, text_now
    assert 'data="conference_moderator_pin=9876"' in text_now, text_now
    assert 'data="conference_max_members=3"' in text_now, text_now
    summary = lambda: text('#c-rows tr[data-num="30000"] td[data-col="settings"]')
    wait(lambda: summary() == "PIN, moderator PIN, max 3, mutes on entry", what="the row's summary")
    form_shot("conference-settings")


MEMBERS = {}


@check("the sim asks for the conference PIN: a user's own PIN is refused, the conference PIN lets in, muted")
def _():
    refused = esl.api("sim join 30000 22000 pin=0815,0815,0815")
    assert refused.startswith("-ERR") and "PIN refused" in refused, refused
    ok = esl.api("sim join 30000 22000 pin=4711")
    assert ok.startswith("+OK "), ok
    MEMBERS["plain"] = ok.split()[1]
    go("live")
    r = row("team_g722", MEMBERS["plain"])
    wait(lambda: visible(r), what="the member in the live view")
    ind = text(f"{r} .ind")
    assert "muted" in ind and "moderator" not in ind, ind


@check("the moderator PIN makes the caller a moderator; a full conference refuses the next caller")
def _():
    ok = esl.api("sim join 30000 22000 pin=9876")
    assert ok.startswith("+OK "), ok
    r = row("team_g722", ok.split()[1])
    wait(lambda: visible(r) and "moderator" in text(f"{r} .ind"), what="a moderator shown")
    ok = esl.api("sim join 30000 20000 pin=4711")
    assert ok.startswith("+OK "), ok
    full = esl.api("sim join 30000 20000 pin=4711")
    assert full.startswith("-ERR Conference team_g722 is full"), full
    js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", r)
    time.sleep(0.2)
    shot("conference-settings-enforced")


@check("the saved settings come back in the form; clearing them restores the file")
def _():
    go("conferences")
    open_settings("team_g722")
    assert field("pin").get_attribute("value") == "4711"
    assert field("moderator_pin").get_attribute("value") == "9876"
    assert field("max").get_attribute("value") == "3"
    assert field("mute_on_entry").is_selected()
    fill("pin", "")
    fill("moderator_pin", "")
    fill("max", "")
    field("mute_on_entry").click()
    msg = save()
    assert msg == "Saved the settings of team_g722 (30000).", msg
    assert dialplan() == ORIGINAL["text"], dialplan()
    wait(lambda: text('#c-rows tr[data-num="30000"] td[data-col="settings"]') == "none", what="no settings in the row")


D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed", flush=True)
sys.exit(1 if RESULTS["failed"] else 0)
