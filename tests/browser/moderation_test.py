#!/usr/bin/python3
"""Running a real meeting in the web console, in Debian's chromium (through
chromium-driver and python3-selenium) against a real `fsconn serve` and
`fsconn sim`, started by tests/it/console_moderation.rs, which passes:

  moderation_test.py URL SIM_HOST:PORT SIM_COMMAND_LOG OUT_DIR

The env has 60 extra team callers (20100..20159, two named Zoe Quintana
and Yusuf Okafor) and the 48kHz-video profile (team_video) has
`conference-flags` `wait-mod`. Each check prints `ok NAME` or
`FAIL NAME: why`; the last line is `N passed, M failed`.
"""

import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

URL, SIM, SIM_LOG, OUT = sys.argv[1:5]
from kit import Esl, RESULTS, check  # noqa: E402
os.makedirs(OUT, exist_ok=True)


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--mute-audio"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


D = browser()
esl = Esl(SIM)


def wait(cond, timeout=5.0, what="condition"):
    return WebDriverWait(D, timeout, poll_frequency=0.02).until(lambda d: cond(), message=what)


def js(script, *args):
    return D.execute_script(script, *args)


def visible(css):
    return js("const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]')", css)


def text(css):
    return js("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css)


def count(css):
    return js("return document.querySelectorAll(arguments[0]).length", css)


def click(css):
    js("document.querySelector(arguments[0]).click()", css)


def choose(css, value):
    js("""const s = document.querySelector(arguments[0]); s.value = arguments[1];
          s.dispatchEvent(new Event('change', {bubbles: true}));""", css, value)


def shot(name):
    D.save_screenshot(os.path.join(OUT, f"{name}.png"))


def sim_log():
    with open(SIM_LOG) as f:
        return f.read().splitlines()


def card(conf):
    return f'.card[data-conf="{conf}"]'


def row(conf, confid):
    return f'{card(conf)} li.member[data-confid="{confid}"]'


def join(conf, user):
    reply = esl.api(f"sim join {conf} {user}")
    assert reply.startswith("+OK"), reply
    return reply.split()[-1]


def sim_members(conf):
    """The switch's own view: json_list of one conference."""
    data = json.loads(esl.api(f"conference {conf} json_list"))
    return data[0]


def scheme(value):
    D.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": value}]})


def sign_in(user, password="napw"):
    D.delete_all_cookies()
    D.get(URL + "/")
    wait(lambda: visible("#si-user"), what="the sign-in page")
    D.find_element(By.ID, "si-user").send_keys(user)
    D.find_element(By.ID, "si-pass").send_keys(password)
    D.find_element(By.ID, "si-submit").click()
    wait(lambda: visible("#app") and user in text("#who"), what=f"{user} signed in")
    wait(lambda: js("return !!window.fsconnConsole && document.querySelector('#banner').hidden"), what="live")


def confirm_dialog():
    return js("return document.getElementById('confirm').open")


def answer_dialog(ok):
    click("#confirm-ok" if ok else "#confirm-cancel")
    wait(lambda: not confirm_dialog(), what="dialog closed")


# The accessibility checker: WCAG 2 contrast of every visible text and
# control, from computed styles, with the background found by walking up to
# the first opaque ancestor (translucent layers composited on the way).
A11Y = r"""
const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
const parse = (s) => { const m = s.match(/[\d.]+/g) || ['0','0','0','0']; return [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
const over = (top, under) => { const a = top[3]; return [0,1,2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let bg = parse(getComputedStyle(document.documentElement).backgroundColor);
  if (bg[3] < 1) bg = matchMedia('(prefers-color-scheme: dark)').matches ? [18,18,18,1] : [255,255,255,1];
  for (const l of layers.reverse()) bg = over(l, bg);
  return bg;
}
function shown(el) {
  if (!el.getClientRects().length || el.closest('[hidden]')) return false;
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || s.display === 'none') return false;
  for (let e = el; e; e = e.parentElement) if (parseFloat(getComputedStyle(e).opacity) < 1) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
}
const bad = [];
const els = [...document.querySelectorAll('body *')].filter(el => {
  if (['SCRIPT','STYLE','OPTION','BR'].includes(el.tagName)) return false;
  if (el.disabled) return false;  // WCAG 1.4.3: inactive controls are exempt
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  return (own || ['BUTTON','INPUT','SELECT','TEXTAREA'].includes(el.tagName)) && shown(el);
});
for (const el of els) {
  const s = getComputedStyle(el);
  const fg = over(parse(s.color), background(el));
  const ratio = (Math.max(lum(fg), lum(background(el))) + 0.05) / (Math.min(lum(fg), lum(background(el))) + 0.05);
  const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
  const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  if (ratio < need) bad.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.innerText || el.value || '').trim().slice(0, 30)}" ${ratio.toFixed(2)}:1 < ${need}`);
}
// Accessible names of controls and links.
for (const el of document.querySelectorAll('button, a[href], input, select, textarea')) {
  if (!shown(el) || el.type === 'hidden') continue;
  const label = el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id)?.textContent || '').join('').trim()
    || (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent) || el.closest('label')?.textContent
    || (['BUTTON','A'].includes(el.tagName) ? el.textContent : '') || el.title;
  if (!label || !label.trim()) bad.push(`no accessible name: ${el.outerHTML.slice(0, 80)}`);
}
return bad;
"""


def a11y_problems():
    return js(A11Y)


def overflow():
    return js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")


MEMBERS = {}
NAV = ["live", "users", "conferences", "recordings", "registrations", "backups", "status", "account"]

# ---------------------------------------------------------------- checks


@check("a normal page load logs no error in the browser console (no 401 probe)")
def _():
    D.get(URL + "/")
    wait(lambda: visible("#si-user"), what="the sign-in page")
    time.sleep(0.3)
    errors = [e for e in D.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


@check("focus moves to the view after sign-in")
def _():
    sign_in("defaultuser")
    wait(lambda: js("return document.activeElement && document.activeElement.id") == "main", what="focus on main")
    assert js("return document.querySelector('main').dataset.view") == "live"
    errors = [e for e in D.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


@check("wait-for-moderator holds members until a moderator joins, in the page and in the switch")
def _():
    a = join("team_video", 20100)
    b = join("team_video", 20101)
    wait(lambda: "waiting for a moderator · 2 waiting" in text(card("team_video")), what="the waiting room")
    assert "waiting" in text(f"{row('team_video', a)} .ind"), text(row('team_video', a))
    listed = sim_members("team_video")
    assert listed["wait_mod"] is True, {k: v for k, v in listed.items() if k != "members"}
    shot("moderation-waiting-room")
    mod = join("team_video", 20000)
    wait(lambda: "waiting for a moderator" not in text(card("team_video")), what="the waiting room ends")
    assert "waiting" not in text(f"{row('team_video', b)} .ind")
    assert sim_members("team_video")["wait_mod"] is False
    # Once a moderator came, the flag stays cleared (mod_conference).
    esl.api(f"sim leave team_video {mod}")
    time.sleep(0.3)
    assert "waiting for a moderator" not in text(card("team_video"))
    for m in (a, b):
        esl.api(f"sim leave team_video {m}")


@check("a 60-member conference: search finds by name and number")
def _():
    MEMBERS["me"] = join("team_g722", 20000)
    for i in range(60):
        MEMBERS[20100 + i] = join("team_g722", 20100 + i)
    wait(lambda: count(f"{card('team_g722')} li.member") == 61, 8, "61 members shown")
    q = f"{card('team_g722')} input[data-tool=q]"
    D.find_element(By.CSS_SELECTOR, q).send_keys("zoe")
    wait(lambda: count(f"{card('team_g722')} li.member") == 1, what="one match")
    assert "Zoe Quintana" in text(f"{card('team_g722')} .members")
    # An event while searching keeps the search box and its text.
    esl.api(f"conference team_g722 mute {MEMBERS[20107]}")
    wait(lambda: "muted" in text(f"{row('team_g722', MEMBERS[20107])} .ind"), what="mute while filtered")
    assert js("return document.activeElement.dataset.tool") == "q"
    D.find_element(By.CSS_SELECTOR, q).clear()
    D.find_element(By.CSS_SELECTOR, q).send_keys("20123")
    wait(lambda: count(f"{card('team_g722')} li.member") == 1 and "Yusuf Okafor" in text(f"{card('team_g722')} .members"),
         what="found by number")
    js("const i = document.querySelector(arguments[0]); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true}))", q)
    wait(lambda: count(f"{card('team_g722')} li.member") == 61, what="all again")


@check("sort by name puts Yusuf and Zoe last; compact view keeps 61 members on one screen")
def _():
    choose(f"{card('team_g722')} select[data-tool=sort]", "name")
    wait(lambda: js(f"return [...document.querySelectorAll('{card('team_g722')} li.member .name')].slice(-2).map(e => e.textContent).join()")
         == "Yusuf Okafor,Zoe Quintana", what="sorted by name")
    choose(f"{card('team_g722')} select[data-tool=sort]", "joined")
    tall = js(f"return document.querySelector('{card('team_g722')} .members').getBoundingClientRect().height")
    click(f"{card('team_g722')} button[data-tool=compact]")
    wait(lambda: js(f"return document.querySelector('{card('team_g722')}').classList.contains('compact')"), what="compact")
    h = js(f"return document.querySelector('{card('team_g722')} .members').getBoundingClientRect().height")
    assert h < 900 * 0.75, f"compact list is {h}px high (was {tall})"
    assert tall > h * 2, (tall, h)
    js(f"document.querySelector('{card('team_g722')} .members').scrollIntoView()")
    shot("moderation-compact-60")


@check("call durations and the conference's running time advance")
def _():
    dur = f"{row('team_g722', MEMBERS[20100])} .dur [data-since]"
    first = text(dur)
    run = text(f"{card('team_g722')} .row [data-since]")
    time.sleep(2.2)
    later = text(dur)
    assert first != later and later > first, (first, later)
    assert text(f"{card('team_g722')} .row [data-since]") != run


@check("talking shown from start-talking, last talked after stop-talking, sort by talking")
def _():
    who = MEMBERS[20130]
    n = len(sim_log())
    reply = esl.api(f"sim talk team_g722 {who}")
    assert reply.startswith("+OK"), reply
    try:
        wait(lambda: "talking" in text(f"{row('team_g722', who)} .ind"), what="talking indicator")
    except Exception:
        print("DEBUG row:", text(row('team_g722', who)), "| json:", [m for m in sim_members("team_g722")["members"] if str(m.get("id")) == who])
        raise
    choose(f"{card('team_g722')} select[data-tool=sort]", "talking")
    wait(lambda: js(f"return document.querySelector('{card('team_g722')} li.member').dataset.confid") == who, what="talker first")
    shot("moderation-talking")
    esl.api(f"sim quiet team_g722 {who}")
    wait(lambda: "talked" in text(row("team_g722", who)) and "talking" not in text(f"{row('team_g722', who)} .ind"),
         what="last talked")
    assert len(sim_log()) >= n
    choose(f"{card('team_g722')} select[data-tool=sort]", "joined")
    click(f"{card('team_g722')} button[data-tool=compact]")


@check("hands queue in the order raised; a moderator lowers one, then all; no raise-hand for a moderator")
def _():
    order = [20105, 20101, 20140]
    for u in order:
        esl.api(f"sim dtmf team_g722 {MEMBERS[u]} 5")
        time.sleep(0.05)
    wait(lambda: count(f"{card('team_g722')} .hands li") == 3, what="three hands")
    names = js(f"return [...document.querySelectorAll('{card('team_g722')} .hands li')].map(l => l.dataset.hand)")
    assert names == [MEMBERS[u] for u in order], names
    # The hand queue is above the member list.
    assert js(f"""const c = document.querySelector('{card('team_g722')}');
                 return c.querySelector('.hands').getBoundingClientRect().top < c.querySelector('.members').getBoundingClientRect().top""")
    assert not count(f'{card("team_g722")} button[data-call="hand"]'), "a moderator member has no raise-hand"
    shot("moderation-hands")
    n = len(sim_log())
    click(f'{card("team_g722")} .hands li[data-hand="{MEMBERS[20105]}"] button')
    wait(lambda: count(f"{card('team_g722')} .hands li") == 2, what="one lowered")
    assert js(f"return document.querySelector('{card('team_g722')} .hands li').dataset.hand") == MEMBERS[20101]
    click(f'{card("team_g722")} .hands button[data-act="lowerall"]')
    wait(lambda: count(f"{card('team_g722')} .hands li") == 0, what="all lowered")
    # Hands are fsconn's: nothing went to the switch.
    assert not [l for l in sim_log()[n:] if "hand" in l], sim_log()[n:]


@check("grant and revoke moderator reach the switch (uuid_transfer with +flags{moderator})")
def _():
    who = MEMBERS[20150]
    uuid = next(m["uuid"] for m in sim_members("team_g722")["members"] if m.get("id") == int(who))
    n = len(sim_log())
    click(f'{row("team_g722", who)} button[data-call="grantmod"]')
    want = f"api uuid_transfer {uuid} set:conference_enforce_security=false,conference:team_g722@16kHz-novideo+flags{{moderator}} inline"
    wait(lambda: want in sim_log()[n:], what="the uuid_transfer command")
    now = lambda: next(m for m in sim_members("team_g722")["members"] if m.get("caller_id_number") == "20150")
    wait(lambda: now()["flags"]["is_moderator"], what="moderator in the switch")
    new = str(now()["id"])
    MEMBERS[20150] = new
    wait(lambda: "moderator" in text(f"{row('team_g722', new)} .ind"), what="moderator shown")
    click(f'{row("team_g722", new)} button[data-call="revokemod"]')
    wait(lambda: not now()["flags"]["is_moderator"], what="moderator revoked in the switch")
    MEMBERS[20150] = str(now()["id"])
    wait(lambda: visible(row("team_g722", MEMBERS[20150])) and "moderator" not in text(f"{row('team_g722', MEMBERS[20150])} .ind"),
         what="revoked in the page")


@check("noise gate (energy) and gain reach the switch")
def _():
    who = MEMBERS[20102]
    n = len(sim_log())
    choose(f'{row("team_g722", who)} select[data-call="energy"]', "300")
    wait(lambda: f"api conference team_g722 energy {who} 300" in sim_log()[n:], what="energy command")
    choose(f'{row("team_g722", who)} select[data-call="volin"]', "2")
    wait(lambda: f"api conference team_g722 volume_in {who} 2" in sim_log()[n:], what="gain command")
    wait(lambda: next(m for m in sim_members("team_g722")["members"] if str(m.get("id")) == who)["energy"] == 300,
         what="energy in the switch")


@check("kick, transfer and end conference ask first (cancel sends nothing); mute does not")
def _():
    who = MEMBERS[20103]
    n = len(sim_log())
    click(f'{row("team_g722", who)} button[data-call="mute"]')
    wait(lambda: f"api conference team_g722 mute {who}" in sim_log()[n:], what="mute sent at once")
    assert not confirm_dialog()
    click(f'{row("team_g722", who)} button[data-call="kick"]')
    wait(confirm_dialog, what="kick asks")
    assert "Member 03 (20103)" in text("#confirm-text"), text("#confirm-text")
    answer_dialog(False)
    choose(f'{row("team_g722", who)} select[data-call="transfer"]', "friends_opus")
    wait(confirm_dialog, what="transfer asks")
    assert "to friends_opus" in text("#confirm-text")
    answer_dialog(False)
    click(f'{card("team_g722")} button[data-call="kickall"]')
    wait(confirm_dialog, what="end conference asks")
    assert "All 61 members" in text("#confirm-text"), text("#confirm-text")
    shot("moderation-end-confirm")
    answer_dialog(False)
    time.sleep(0.3)
    sent = [l for l in sim_log()[n:] if " kick" in l or " transfer" in l]
    assert not sent, sent
    click(f'{row("team_g722", who)} button[data-call="kick"]')
    wait(confirm_dialog, what="kick asks again")
    answer_dialog(True)
    wait(lambda: f"api conference team_g722 kick {who}" in sim_log()[n:], what="kick after yes")


def contrast_in(mode):
    scheme(mode)
    time.sleep(0.1)
    return a11y_problems()


@check("contrast (WCAG AA) and accessible names in light and dark mode, live and users views and the dialog")
def _():
    problems = []
    for view in ["live", "users"]:
        D.find_element(By.CSS_SELECTOR, f'#nav a[data-view="{view}"]').click()
        wait(lambda: js("return document.querySelector('main').dataset.view") == view, what=view)
        for mode in ["light", "dark"]:
            problems += [f"{view}/{mode}: {p}" for p in contrast_in(mode)]
    click(f'#main button[data-do="del"]')
    wait(confirm_dialog, what="a dialog with a danger button")
    for mode in ["light", "dark"]:
        problems += [f"dialog/{mode}: {p}" for p in contrast_in(mode)]
    shot("moderation-dialog-dark")
    answer_dialog(False)
    scheme("light")
    assert not problems, "\n".join(problems[:20])


@check("the contrast check fails on the old dark-mode danger buttons (white on #ff8a80, 2.28:1)")
def _():
    scheme("dark")
    # main's app.css: `button.danger { color: #fff }` (set through the CSSOM:
    # the console's CSP allows no <style> element).
    js("for (const b of document.querySelectorAll('button.danger')) b.style.setProperty('color', '#fff', 'important')")
    problems = a11y_problems()
    js("for (const b of document.querySelectorAll('button.danger')) b.style.removeProperty('color')")
    scheme("light")
    assert any("2.28:1" in p for p in problems), (js("return document.querySelector('main').dataset.view"), count("button.danger"), problems)


@check("390 px: no horizontal overflow in any view, every view link in sight, heading not under the header")
def _():
    D.set_window_size(390, 844)
    time.sleep(0.2)
    problems = []
    for view in NAV:
        link = f'#nav a[data-view="{view}"]'
        inside = js("""const r = document.querySelector(arguments[0]).getBoundingClientRect();
                       return r.left >= 0 && r.right <= document.documentElement.clientWidth""", link)
        if not inside:
            problems.append(f"nav link {view} is out of sight")
        js("window.scrollTo(0, 400)")
        click(link)
        wait(lambda: js("return document.querySelector('main').dataset.view") == view
             and not js("return document.querySelector('main').hasAttribute('aria-busy')"), what=view)
        time.sleep(0.1)
        if overflow() > 0:
            wide = js("""return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                          .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().width))""")
            problems.append(f"{view}: {overflow()}px horizontal overflow: {wide}")
        covered = js("""const h = document.querySelector('main h2'); const top = document.querySelector('header.top');
                        const pos = getComputedStyle(top).position;
                        const under = pos === 'sticky' || pos === 'fixed' ? top.getBoundingClientRect().bottom : 0;
                        return h ? h.getBoundingClientRect().top < under || h.getBoundingClientRect().top < 0 : true""")
        if covered:
            problems.append(f"{view}: heading hidden")
        if view == "live":
            shot("moderation-phone-live")
            scheme("dark")
            problems += [f"phone/dark: {p}" for p in a11y_problems()]
            shot("moderation-phone-live-dark")
            scheme("light")
    D.set_window_size(1280, 900)
    assert not problems, problems


@check("a public member raises and lowers their own hand; moderators see it in the queue")
def _():
    pub = join("public_g722", 22000)
    D.find_element(By.ID, "signout").click()
    wait(lambda: visible("#signin"), what="signed out")
    sign_in("publicuser")
    wait(lambda: visible(f'{card("public_g722")} button[data-call="hand"]'), what="raise my hand")
    click(f'{card("public_g722")} button[data-call="hand"]')
    wait(lambda: visible(f'{card("public_g722")} button[data-call="lowerhand"]'), what="raised")
    assert count(f'{card("public_g722")} .hands li') == 1
    assert not count(f'{card("public_g722")} .hands button'), "public users lower no one's hand"
    click(f'{card("public_g722")} button[data-call="lowerhand"]')
    wait(lambda: visible(f'{card("public_g722")} button[data-call="hand"]'), what="lowered")
    esl.api(f"sim leave public_g722 {pub}")


@check("screenshots of the moderated meeting at desktop and phone size")
def _():
    D.find_element(By.ID, "signout").click()
    wait(lambda: visible("#signin"), what="signed out")
    sign_in("defaultuser")
    for u in (20104, 20111, 20120):
        esl.api(f"sim dtmf team_g722 {MEMBERS[u]} 5")
        time.sleep(0.05)
    esl.api(f"sim talk team_g722 {MEMBERS[20108]}")
    join("team_video", 20159)
    wait(lambda: count(f"{card('team_g722')} .hands li") == 3, what="hands for the picture")
    time.sleep(1.1)
    shot("moderation-desktop")
    click(f"{card('team_g722')} button[data-tool=compact]")
    time.sleep(0.2)
    shot("moderation-desktop-compact")
    D.set_window_size(390, 844)
    time.sleep(0.3)
    shot("moderation-phone")
    D.set_window_size(1280, 900)


D.quit()
print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
sys.exit(1 if RESULTS["failed"] else 0)
