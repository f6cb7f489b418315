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
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

URL, SIM, REC_DIR, OUT = sys.argv[1:5]
from kit import Esl, Page, check, finish  # noqa: E402
os.makedirs(OUT, exist_ok=True)
P = Page(URL, OUT)
D = P.D
wait, js, visible, text, shot, phone_shot, go = P.wait, P.js, P.visible, P.text, P.shot, P.phone_shot, P.go
signed_in_as = P.sign_in
esl = Esl(SIM)

# As tests/it/console_records.rs writes them: newest first.
FRIENDS = "friends_opus-2021-09-01T10:00:00.000Z.wav"
TEAM_NEW = "team_g722-2021-08-31T12:09:15.578Z.wav"
TEAM_OLD = "team_g722-2021-08-30T08:00:00.000Z.wav"


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


finish(P)
