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

import sys

from selenium.webdriver.common.by import By

URL, SIM1, SIM2, LOG1, LOG2 = sys.argv[1:6]
from kit import Esl, Page, check, finish  # noqa: E402
P = Page(URL, console_log=True, poll=0.02)
D = P.D
wait, js, text = P.wait, P.js, P.text
fs1, fs2 = Esl(SIM1), Esl(SIM2)


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


finish(P)
