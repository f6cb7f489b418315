#!/usr/bin/python3
"""The console's Recordings and Audit views in a real browser (Debian's
chromium through chromium-driver and python3-selenium) against a real
`fsconn serve` and `fsconn sim`, started by tests/it/console_records.rs,
which passes:

  records_audit_test.py URL SIM_HOST:PORT RECORDINGS_DIR OUT_DIR

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

URL, SIM, REC_DIR, OUT = sys.argv[1:5]
os.makedirs(OUT, exist_ok=True)
RESULTS = {"passed": 0, "failed": 0}

# As tests/it/console_records.rs writes them: newest first.
FRIENDS = "friends_opus-2021-09-01T10:00:00.000Z.wav"
TEAM_NEW = "team_g722-2021-08-31T12:09:15.578Z.wav"
TEAM_OLD = "team_g722-2021-08-30T08:00:00.000Z.wav"


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


def rows():
    """The recordings listed, in order: (file, duration cell text)."""
    return js("return [...document.querySelectorAll('#r-rows tr[data-file]')]"
              ".map(r => [r.dataset.file, r.querySelector('[data-col=duration]').innerText])")


def files():
    return [f for f, _ in rows()]


# ---------------------------------------------------------------- checks


@check("recordings are listed newest first with their durations, conferences and sizes")
def _():
    signed_in_as("defaultuser")
    go("recordings")
    wait(lambda: len(rows()) == 3, what="three recordings")
    assert rows() == [[FRIENDS, "1:05"], [TEAM_NEW, "0:02"], [TEAM_OLD, "0:10"]], rows()
    first = text('#r-rows tr[data-file] td[data-label="Size"]')
    assert first.endswith("MB") or first.endswith("kB"), first
    assert text('#r-rows tr[data-file] td[data-label="Conference"]') == "friends_opus"
    shot("recordings-details")
    phone_shot("recordings-details")


@check("the filters: conference, then dates")
def _():
    Select(D.find_element(By.ID, "r-conf")).select_by_visible_text("team_g722")
    wait(lambda: files() == [TEAM_NEW, TEAM_OLD], what="team_g722 only")
    Select(D.find_element(By.ID, "r-conf")).select_by_index(0)
    wait(lambda: len(files()) == 3, what="all again")
    # Local dates: the day each one started on in this browser's time zone.
    day = lambda f: js("const t = new Date(arguments[0]); return t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0')",
                       f.split("-", 1)[1][:-4])
    start = day(TEAM_NEW)
    js("const i = document.getElementById('r-from'); i.value = arguments[0]; i.dispatchEvent(new Event('input', {bubbles: true}))", start)
    wait(lambda: TEAM_OLD not in files() and TEAM_NEW in files(), what="from the newer team day on")
    js("const i = document.getElementById('r-to'); i.value = arguments[0]; i.dispatchEvent(new Event('input', {bubbles: true}))", start)
    wait(lambda: TEAM_NEW in files() and (FRIENDS not in files() or day(FRIENDS) == start), what="up to that day")
    for i in ["r-from", "r-to"]:
        js("const i = document.getElementById(arguments[0]); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true}))", i)
    wait(lambda: len(files()) == 3, what="all again")


RUNNING = {}


@check("the running recording is shown with its time so far, which advances")
def _():
    esl.api("sim join team_g722 20000")
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    name = f"team_g722-{stamp}.wav"
    RUNNING["name"] = name
    RUNNING["path"] = os.path.join(REC_DIR, name)
    assert esl.api(f"conference team_g722 recording start {RUNNING['path']}").startswith("+OK")
    wait(lambda: files()[:1] == [name], 5, "the running recording listed first")
    cell = lambda: dict(rows()).get(name, "")
    assert cell().startswith("recording, 0:0"), cell()
    first = cell()
    wait(lambda: cell() != first and cell().startswith("recording, 0:0"), 4, "the elapsed time advances")
    assert js("return document.querySelector('#r-rows tr[data-running] input[data-select]').disabled")
    shot("recordings-running")
    esl.api(f"conference team_g722 recording stop {RUNNING['path']}")
    wait(lambda: not cell().startswith("recording"), 5, "stopped: a duration")
    assert cell().startswith("0:0"), cell()


@check("several recordings are deleted at once after a confirmation naming the count")
def _():
    for f in [TEAM_OLD, RUNNING["name"]]:
        D.find_element(By.CSS_SELECTOR, f'#r-rows tr[data-file="{f}"] input[data-select]').click()
    assert text("#r-del-selected") == "Delete selected (2)", text("#r-del-selected")
    D.find_element(By.ID, "r-del-selected").click()
    wait(lambda: visible("#confirm"), what="the confirmation")
    assert "Delete 2 recordings?" in text("#confirm-text"), text("#confirm-text")
    D.find_element(By.ID, "confirm-ok").click()
    wait(lambda: files() == [FRIENDS, TEAM_NEW], 5, "the two gone from the list")
    assert "Done" in text("#r-msg"), text("#r-msg")
    on_disk = sorted(os.listdir(REC_DIR))
    assert on_disk == sorted([FRIENDS, TEAM_NEW]), on_disk


@check("the audit view lists who did what and filters by user")
def _():
    go("audit")
    wait(lambda: js("return document.querySelectorAll('#a-rows tr[data-user]').length") >= 4, what="entries")
    users = js("return [...document.querySelectorAll('#a-rows tr[data-user]')].map(r => r.dataset.user)")
    # Newest first: the console's deletes above, then the CLI's writes.
    assert users[0] == "defaultuser", users
    assert {"alice", "bob"} <= set(users), users
    shot("audit")
    phone_shot("audit")
    Select(D.find_element(By.ID, "a-user")).select_by_visible_text("alice")
    wait(lambda: set(js("return [...document.querySelectorAll('#a-rows tr[data-user]')].map(r => r.dataset.user)")) == {"alice"},
         what="alice's entries only")
    assert "1 entry" in text("#a-count"), text("#a-count")
    assert "api/users/add" in text("#a-rows")
    assert "(set)" in text("#a-rows") and "aliceSecret" not in text("#a-rows"), text("#a-rows")
    Select(D.find_element(By.ID, "a-user")).select_by_visible_text("bob")
    Select(D.find_element(By.ID, "a-result")).select_by_visible_text("failed")
    wait(lambda: "api/users/del" in text("#a-rows") and "api/users/add" not in text("#a-rows"),
         what="bob's failed delete only")
    shot("audit-filtered")


@check("deleting a running conference says it is running before asking")
def _():
    go("conferences")
    wait(lambda: js("return document.querySelectorAll('#c-rows tr[data-num]').length") > 0, what="conferences")
    # team_g722 still has the member who joined for the recording.
    num = js("return [...document.querySelectorAll('#c-rows tr[data-num]')].find(r => [...r.querySelectorAll('input')].some(i => i.value === 'team_g722')).dataset.num")
    D.find_element(By.CSS_SELECTOR, f'#c-rows tr[data-num="{num}"] button[data-do="del"]').click()
    wait(lambda: visible("#confirm"), what="the confirmation")
    t = text("#confirm-text")
    assert t.startswith("team_g722 is running now with 1 member:") and f"Delete conference team_g722 ({num})?" in t, t
    shot("conference-delete-running")
    D.find_element(By.ID, "confirm-cancel").click()
    wait(lambda: not visible("#confirm"), what="closed")
    assert D.find_elements(By.CSS_SELECTOR, f'#c-rows tr[data-num="{num}"]'), "kept"
    # One that is not running: the plain question.
    other = js("return [...document.querySelectorAll('#c-rows tr[data-num]')].find(r => [...r.querySelectorAll('input')].some(i => i.value === 'public_g722')).dataset.num")
    D.find_element(By.CSS_SELECTOR, f'#c-rows tr[data-num="{other}"] button[data-do="del"]').click()
    wait(lambda: visible("#confirm"), what="the confirmation")
    assert text("#confirm-text") == f"Delete conference public_g722 ({other})?", text("#confirm-text")
    D.find_element(By.ID, "confirm-cancel").click()


@check("friends have no audit view")
def _():
    D.find_element(By.ID, "signout").click()
    wait(lambda: visible("#signin"), what="signed out")
    signed_in_as("frienduser")
    nav = [a.text for a in D.find_elements(By.CSS_SELECTOR, "#nav a")]
    assert "Audit" not in nav, nav
    D.get(URL + "/#/audit")
    wait(lambda: js("return document.querySelector('main').dataset.view") == "live", what="back to live")
    status = js("return fetch('/api/audit', {headers: {'X-Fsconn-Console': '1'}}).then(r => r.status)")
    assert status == 403, status


D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
sys.exit(1 if RESULTS["failed"] else 0)
