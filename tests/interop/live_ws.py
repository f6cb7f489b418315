#!/usr/bin/env python3
"""fsconn's /api/live through the Python `websockets` library (a client
nobody here wrote), with conference traffic injected into fsconn sim.

    python3 tests/interop/live_ws.py ws://127.0.0.1:3000 127.0.0.1 8021
"""
import asyncio
import json
import socket
import sys

import websockets

ws_base, esl_host, esl_port = sys.argv[1], sys.argv[2], int(sys.argv[3])
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def esl_api(cmd):
    """One `api` command over a plain socket."""
    s = socket.create_connection((esl_host, esl_port), timeout=10)
    f = s.makefile("rb")

    def read():
        headers = {}
        while True:
            line = f.readline().decode().rstrip("\n")
            if not line:
                if headers:
                    break
                continue
            k, v = line.split(": ", 1)
            headers[k] = v
        return f.read(int(headers.get("Content-Length", "0"))).decode()

    read()
    s.sendall(b"auth ClueCon\n\n")
    read()
    s.sendall(f"api {cmd}\n\n".encode())
    body = read()
    s.close()
    return body


async def next_event(ws, name):
    while True:
        m = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if m.get("event") == name:
            return m


async def main():
    try:
        await websockets.connect(f"{ws_base}/api/live?login=defaultuser:wrong")
        check("wrong login refused", False, "upgraded")
    except websockets.exceptions.InvalidHandshake as e:
        # The status code's attribute moved between websockets versions.
        status = getattr(e, "status_code", None) or getattr(getattr(e, "response", None), "status_code", None)
        check("wrong login refused", status == 401, str(e))
    async with websockets.connect(f"{ws_base}/api/live?login=defaultuser:napw") as team, websockets.connect(
        f"{ws_base}/api/live?login=publicuser:napw"
    ) as public:
        await team.send(json.dumps({"req": "init"}))
        init = await next_event(team, "reply")
        check("init", init == {"event": "reply", "reply": "init", "data": []}, init)
        member = esl_api("sim join public_g722 20000").split()[-1]
        m = await next_event(team, "newConference")
        check("newConference", m["data"]["name"] == "public_g722" and m["data"]["members"][0]["confid"] == member, m)
        m = await next_event(public, "newConference")
        check("public sees a public conference", m["data"]["name"] == "public_g722", m)
        await team.send(json.dumps({"req": "memexec", "conference": "public_g722", "call": "mute", "member": member}))
        m = await next_event(team, "mute")
        check("memexec mute", m == {"event": "mute", "conference": "public_g722", "data": member}, m)
        await public.send(json.dumps({"req": "exec", "conference": "public_g722", "call": "lock"}))
        m = await next_event(public, "error")
        check("public may not control", m["event"] == "error", m)
        await team.send("{broken")
        m = await next_event(team, "error")
        check("wrong format", m == {"event": "error", "error": "wrong format"}, m)
        esl_api(f"sim leave public_g722 {member}")
        m = await next_event(team, "delConference")
        check("delConference", m == {"event": "delConference", "conference": "public_g722"}, m)


asyncio.run(main())
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
