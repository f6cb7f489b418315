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

import os
import sys
import time

from selenium.webdriver.common.by import By

URL, SIM, DIALPLAN, OUT = sys.argv[1:5]
from kit import Esl, Page, check, finish  # noqa: E402
os.makedirs(OUT, exist_ok=True)
P = Page(URL, OUT)
D = P.D
wait, js, visible, text, shot, phone_shot, go = P.wait, P.js, P.visible, P.text, P.shot, P.phone_shot, P.go
signed_in_as = P.sign_in
esl = Esl(SIM)


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


finish(P)
