"""What every browser test of the console shares: Debian's chromium through
chromium-driver (python3-selenium), the `@check` runner that prints
`ok NAME` / `FAIL NAME: why` and the closing `N passed, M failed` line, an
event-socket client for the simulator, and the page helpers (wait, js,
visible, text, screenshots at desktop and phone size, sign-in, views).

A test script does `from kit import *` after reading its arguments; the
script's directory is on Python's path when it runs as a script."""

import os
import socket
import sys
import time
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

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
    """Runs the decorated function at once as one named check."""
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


def browser(console_log=False):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--mute-audio"]:
        opts.add_argument(a)
    if console_log:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


class Page:
    """The console in one browser: `url` the server, `out` where screenshots go."""

    def __init__(self, url, out=None, console_log=False, poll=0.05):
        self.url, self.out, self.poll = url, out, poll
        if out:
            os.makedirs(out, exist_ok=True)
        self.D = browser(console_log)

    def wait(self, cond, timeout=5.0, what="condition"):
        return WebDriverWait(self.D, timeout, poll_frequency=self.poll).until(lambda d: cond(), message=what)

    def js(self, script, *args):
        return self.D.execute_script(script, *args)

    def visible(self, css):
        return self.js("const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]')", css)

    def text(self, css):
        return self.js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)

    def shot(self, name):
        self.D.save_screenshot(os.path.join(self.out, f"{name}.png"))

    def phone_shot(self, name):
        self.D.set_window_size(390, 844)
        time.sleep(0.3)
        self.shot(f"{name}-phone")
        self.D.set_window_size(1280, 900)
        time.sleep(0.3)

    def sign_in(self, user, password="napw"):
        self.D.delete_all_cookies()
        self.D.get(self.url + "/")
        self.wait(lambda: self.visible("#si-user"), what="the sign-in page")
        self.D.find_element(By.ID, "si-user").send_keys(user)
        self.D.find_element(By.ID, "si-pass").send_keys(password)
        self.D.find_element(By.ID, "si-submit").click()
        self.wait(lambda: self.visible("#app") and user in self.text("#who"), what=f"{user} signed in")
        self.wait(lambda: self.js("return !!window.fsconnConsole && document.querySelector('#banner').hidden"),
                  what="the live connection")

    def go(self, view):
        self.D.find_element(By.CSS_SELECTOR, f'#nav a[data-view="{view}"]').click()
        self.wait(lambda: self.js("return document.querySelector('main').dataset.view") == view
                  and not self.js("return document.querySelector('main').hasAttribute('aria-busy')"), what=view)


def finish(page):
    """Closes the browser, prints the summary line, exits 1 on a failure."""
    page.D.quit()
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed", flush=True)
    sys.exit(1 if RESULTS["failed"] else 0)
