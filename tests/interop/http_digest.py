#!/usr/bin/env python3
"""fsconn serve through Python requests' HTTPDigestAuth (a client nobody here
wrote): GET, POST, a wrong password, a friends user on a team route.

    python3 tests/interop/http_digest.py http://127.0.0.1:3000
"""
import sys

import requests
from requests.auth import HTTPDigestAuth

base = sys.argv[1]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


team = HTTPDigestAuth("defaultuser", "napw")
r = requests.get(f"{base}/api/users", auth=team, timeout=10)
check("GET /api/users", r.status_code == 200 and r.json()["op"] == "users", r.text)
r = requests.post(
    f"{base}/api/users/add",
    auth=team,
    json=[{"name": "py_requests", "email": "py@example.com", "context": "public"}],
    timeout=10,
)
body = r.json() if r.status_code == 200 else {}
check("POST /api/users/add", r.status_code == 200 and body.get("done", [{}])[0].get("name") == "py_requests", r.text)
r = requests.get(f"{base}/userinfo", auth=HTTPDigestAuth("defaultuser", "wrong"), timeout=10)
check("wrong password is 401", r.status_code == 401 and "Digest" in r.headers.get("WWW-Authenticate", ""))
r = requests.get(f"{base}/api/users", auth=HTTPDigestAuth("frienduser", "napw"), timeout=10)
check("friends on /api is 401 wrong context", r.status_code == 401 and r.json() == {"error": "wrong context"}, r.text)
s = requests.Session()
s.auth = team
codes = [s.get(f"{base}/userinfo", timeout=10).status_code for _ in range(5)]
check("a session reuses its nonce", codes == [200] * 5, str(codes))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
