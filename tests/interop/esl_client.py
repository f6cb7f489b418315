#!/usr/bin/env python3
"""Drive an event-socket server (fsconn sim) with greenswitch, an independent
FreeSWITCH ESL client library from PyPI, through auth, api, bgapi and events.

Setup (greenswitch pulls in gevent):

    python3 -m pip install 'greenswitch==0.0.19'

Run against a simulator started by the caller on a conf tree shaped like
tests/fixtures/conf (users 20000 and 20001, conference team_g722):

    python3 tests/interop/esl_client.py 127.0.0.1 8021 ClueCon

Prints one line per check and a final "N passed, M failed"; the exit status
is non-zero if any check failed.
"""

import sys
import uuid

import gevent
import gevent.event
import greenswitch

TIMEOUT = 10


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("ok   %s" % name)
        else:
            self.failed += 1
            print("FAIL %s %s" % (name, detail))


def wait_for(events, predicate):
    """First collected event matching predicate, waiting up to TIMEOUT."""
    waited = 0.0
    while waited < TIMEOUT:
        for e in events:
            if predicate(e):
                return e
        gevent.sleep(0.05)
        waited += 0.05
    return None


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    host, port, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    c = Checks()

    bad = greenswitch.InboundESL(host=host, port=port, password=password + "-wrong")
    try:
        bad.connect()
        c.check("wrong password is refused", False, "connected")
    except ValueError:
        c.check("wrong password is refused", True)
    except Exception as e:
        c.check("wrong password is refused", False, repr(e))
    finally:
        bad._run = False
        try:
            bad.sock.close()
        except Exception:
            pass

    fs = greenswitch.InboundESL(host=host, port=port, password=password)
    fs.connect()
    c.check("auth accepted", fs.connected)

    r = fs.send("api global_getvar domain")
    c.check("api global_getvar domain", r.data == "127.0.0.1", repr(r.data))
    r = fs.send("api nosuchcommand")
    c.check("unknown api", r.data == "-ERR nosuchcommand Command not found!\n", repr(r.data))
    r = fs.send("nosuchcommand")
    c.check("unknown ESL command", r.data == "-ERR command not found", repr(r.data))

    events = []
    fs.register_handle("*", events.append)
    r = fs.send("event plain BACKGROUND_JOB CUSTOM conference::maintenance sofia::register")
    c.check("subscribe", r.data == "+OK event listener enabled plain", repr(r.data))

    job = str(uuid.uuid4())
    r = fs.send("bgapi global_getvar domain\nJob-UUID: %s" % job)
    c.check("bgapi accepted with our Job-UUID", r.data == "+OK Job-UUID: %s" % job, repr(r.data))
    e = wait_for(events, lambda e: e.headers.get("Job-UUID") == job)
    c.check("BACKGROUND_JOB for our Job-UUID", e is not None)
    if e is not None:
        c.check("BACKGROUND_JOB command", e.headers.get("Job-Command") == "global_getvar", repr(e.headers))
        c.check("BACKGROUND_JOB body", e.headers.get("Content-Length", "").endswith("127.0.0.1"), repr(e.headers))

    r = fs.send("api sim join team_g722 20000 Default User")
    c.check("sim join", r.data.startswith("+OK "), repr(r.data))
    member = r.data[4:].strip()
    e = wait_for(events, lambda e: e.headers.get("Action") == "add-member"
                 and e.headers.get("Member-ID") == member)
    c.check("add-member event", e is not None)
    if e is not None:
        c.check("add-member caller", e.headers.get("Caller-Username") == "20000", repr(e.headers))
        c.check("add-member name", e.headers.get("Caller-Caller-ID-Name") == "Default User" and e.headers.get("Caller-Username") == "20000", repr(e.headers))

    r = fs.send("api conference team_g722 lock")
    c.check("lock reply", r.data == "+OK team_g722 locked\n", repr(r.data))
    c.check("lock event", wait_for(events, lambda e: e.headers.get("Action") == "lock") is not None)
    fs.send("api conference team_g722 unlock")

    r = fs.send("api sim register 20001")
    c.check("sim register", r.data.startswith("+OK"), repr(r.data))
    e = wait_for(events, lambda e: e.headers.get("Event-Subclass") == "sofia::register")
    c.check("sofia::register event", e is not None and e.headers.get("from-user") == "20001")
    fs.send("api sim unregister 20001")

    r = fs.send("api sim leave team_g722 %s" % member)
    c.check("sim leave", r.data.startswith("+OK"), repr(r.data))
    e = wait_for(events, lambda e: e.headers.get("Action") == "conference-destroy")
    c.check("conference-destroy event", e is not None)

    r = fs.send("api conference json_list")
    c.check("no conference left", r.data == "[]", repr(r.data))

    fs.stop()
    print("%d passed, %d failed" % (c.passed, c.failed))
    return 0 if c.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
