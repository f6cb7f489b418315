#!/usr/bin/python3
"""The console's Backups view in a real browser (Debian's chromium through
chromium-driver and python3-selenium) against a real `fsconn serve` and
`fsconn sim`, started by tests/it/console_backups.rs, which passes:

  backups_test.py URL CONF_DIR OUT_DIR

A restore with nothing stored shows its error; a backup is stored, listed
with time and size, downloaded through its link, uploaded again (the
server's restore checks run, the diff is shown) and restored; a broken
upload shows why it was refused. Each check prints `ok NAME` or
`FAIL NAME: why`; the last line is `N passed, M failed`.
"""

import base64
import os
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

URL, CONF, OUT = sys.argv[1:4]
from kit import RESULTS, check  # noqa: E402
os.makedirs(OUT, exist_ok=True)
GONE = os.path.join(CONF, "directory", "public", "22000.xml")
TMP = tempfile.mkdtemp()


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--mute-audio"]:
        opts.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


D = browser()


def wait(cond, timeout=10.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.05).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def visible(css):
    return js("const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]')", css)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def msg_settled():
    return visible("#b-msg") and not text("#b-msg").endswith("…")


def is_error():
    return "error" in D.find_element(By.ID, "b-msg").get_attribute("class")


def confirm():
    wait(lambda: visible("#confirm"), what="the confirmation")
    D.find_element(By.ID, "confirm-ok").click()


def phone_shot(name, show):
    """The view on a 390 px phone: nothing wider than the screen, then a
    screenshot; back to the desktop size."""
    D.set_window_size(390, 844)
    time.sleep(0.3)
    wide = js("return document.documentElement.scrollWidth")
    over = js("""return [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > 391 || e.scrollWidth > e.clientWidth + 1)
        .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' sw=' + e.scrollWidth + ' cw=' + e.clientWidth).concat(['client=' + document.documentElement.clientWidth + ' inner=' + innerWidth])""")
    assert wide <= 390, f"{name}: the page is {wide} px wide on a 390 px screen: {over}"
    js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", show)
    time.sleep(0.2)
    D.save_screenshot(os.path.join(OUT, f"{name}.png"))
    D.set_window_size(1280, 900)
    time.sleep(0.3)


@check("signed in, the Backups view lists nothing yet")
def _():
    D.get(URL + "/")
    wait(lambda: visible("#si-user"), what="the sign-in page")
    D.find_element(By.ID, "si-user").send_keys("defaultuser")
    D.find_element(By.ID, "si-pass").send_keys("napw")
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: visible("#app"), what="signed in")
    D.find_element(By.CSS_SELECTOR, '#nav a[data-view="backups"]').click()
    wait(lambda: visible("#b-rows"), what="the backups view")
    wait(lambda: "No backup" in text("#b-rows"), what="empty list")
    assert "newest 5" in text("#b-keep"), text("#b-keep")


@check("a restore with nothing stored shows the error, not a success")
def _():
    Select(D.find_element(By.ID, "b-target")).select_by_value("directory")
    D.find_element(By.ID, "b-restore-last").click()
    confirm()
    wait(msg_settled, what="the restore answer")
    assert is_error(), text("#b-msg")
    assert "Not restored" in text("#b-msg") and "no archive" in text("#b-msg"), text("#b-msg")
    shot = os.path.join(OUT, "backups-restore-failed.png")
    D.save_screenshot(shot)


@check("a stored backup is listed with its time and size")
def _():
    D.find_element(By.ID, "b-store").click()
    wait(lambda: D.find_elements(By.CSS_SELECTOR, "#b-rows tr[data-name]"), what="the generation")
    assert not is_error(), text("#b-msg")
    row = D.find_element(By.CSS_SELECTOR, "#b-rows tr[data-name]")
    cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
    assert cells[1] == "directory", cells
    assert cells[0] and cells[2].endswith("B"), cells
    D.save_screenshot(os.path.join(OUT, "backups.png"))
    phone_shot("backups-phone", "#b-rows")


@check("the download link gives the archive, which uploads with its diff and restores")
def _():
    link = D.find_element(By.CSS_SELECTOR, "#b-rows tr[data-name] a[download]")
    b64 = js("""return fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
        .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); return btoa(s); })""",
             link.get_attribute("href"))
    data = base64.b64decode(b64)
    assert data[:2] == b"\x1f\x8b", data[:8]
    path = os.path.join(TMP, link.get_attribute("download"))
    with open(path, "wb") as f:
        f.write(data)
    with open(GONE, "rb") as f:
        original = f.read()
    os.remove(GONE)
    Select(D.find_element(By.ID, "b-up-target")).select_by_value("directory")
    D.find_element(By.ID, "b-file").send_keys(path)
    D.find_element(By.CSS_SELECTOR, "#b-upload button[type=submit]").click()
    wait(lambda: visible("#b-preview") and msg_settled(), what="the preview")
    assert not is_error(), text("#b-msg")
    assert f"create {GONE}" in text("#b-changes"), text("#b-changes")
    assert not os.path.exists(GONE), "the upload wrote into the tree"
    D.save_screenshot(os.path.join(OUT, "backups-preview.png"))
    phone_shot("backups-preview-phone", "#b-preview")
    D.find_element(By.ID, "b-restore").click()
    confirm()
    wait(lambda: "Restored" in text("#b-msg"), what="restored")
    assert not is_error(), text("#b-msg")
    with open(GONE, "rb") as f:
        assert f.read() == original, "the restored file differs"
    assert len(D.find_elements(By.CSS_SELECTOR, "#b-rows tr[data-name]")) == 2


@check("a broken upload shows why it was refused and offers no restore")
def _():
    path = os.path.join(TMP, "broken.tar.gz")
    with open(path, "wb") as f:
        f.write(b"not an archive")
    D.find_element(By.ID, "b-file").send_keys(path)
    D.find_element(By.CSS_SELECTOR, "#b-upload button[type=submit]").click()
    wait(lambda: visible("#b-preview") and "cannot be restored" in text("#b-preview-title"), what="refused")
    assert is_error() and text("#b-msg"), text("#b-msg")
    assert not visible("#b-restore")
    assert len(D.find_elements(By.CSS_SELECTOR, "#b-rows tr[data-name]")) == 2


D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
sys.exit(1 if RESULTS["failed"] else 0)
