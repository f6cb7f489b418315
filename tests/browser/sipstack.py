"""The real SIP side the browser tests start on 127.0.0.1: Debian's
Kamailio as the WSS registrar and proxy (tests/browser/phone/kamailio.cfg,
digest auth with the fsconn user's own id and password). Shared by
phone_test.py (direct WSS) and proxy_test.py (WSS behind nginx)."""

import os
import signal
import socket
import subprocess
import time

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "phone")


def fill(work, name, **values):
    """A copy of phone/NAME in WORK with the @KEYS@ filled in."""
    with open(os.path.join(HERE, name)) as f:
        text = f.read()
    for k, v in values.items():
        text = text.replace(f"@{k}@", str(v))
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def certificate(work):
    """A self-signed certificate for 127.0.0.1 (made once per WORK): (key, cert)."""
    key, cert = os.path.join(work, "key.pem"), os.path.join(work, "cert.pem")
    if not os.path.exists(key):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return key, cert


def free_udp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def stop(p):
    os.killpg(p.pid, signal.SIGTERM)
    p.wait(timeout=10)


def lines(path, mark):
    try:
        with open(path, errors="replace") as f:
            return [l.strip() for l in f if mark in l]
    except FileNotFoundError:
        return []


class Kamailio:
    """Kamailio with kamailio.cfg: WSS on WSS_PORT, UDP on UDP_PORT, INVITEs
    to SIPp on SIPP_PORT with media through rtpengine's NG_PORT. Its log
    lines starting with FSCONN-TEST are what the tests read (`seen`)."""

    def __init__(self, work, wss_port, udp_port, user, password, sipp_port, ng_port):
        self.work, self.wss_port = work, int(wss_port)
        self.log = os.path.join(work, "kamailio.log")
        key, cert = certificate(work)
        tls = fill(work, "tls.cfg", KEY=key, CERT=cert)
        self.cfg = fill(work, "kamailio.cfg", UDP_PORT=udp_port, WSS_PORT=wss_port, TLS_CFG=tls,
                        PASSWORD=password, USER=user, SIPP_PORT=sipp_port, NG_PORT=ng_port)
        self.proc = None

    def start(self):
        log = open(self.log, "a")
        self.proc = subprocess.Popen(
            ["/usr/sbin/kamailio", "-f", self.cfg, "-DD", "-E", "-n", "2",
             "-Y", os.path.join(self.work, "kamailio-run"), "-P", os.path.join(self.work, "kamailio.pid")],
            stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.wss_port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("kamailio did not listen:\n" + open(self.log).read()[-3000:])

    def stop(self):
        stop(self.proc)

    def seen(self, mark="FSCONN-TEST"):
        return [l[l.index(mark):] for l in lines(self.log, mark)]
