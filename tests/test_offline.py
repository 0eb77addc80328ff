"""No code path reaches the network: ingest and ask run in a fresh process whose sockets
refuse (and record) every connection that is not to this machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARD = r"""
import json, socket, sys
attempts = []
_connect = socket.socket.connect
_getaddrinfo = socket.getaddrinfo

def _local(host):
    return isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1", ""))

def connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if self.family == getattr(socket, "AF_UNIX", None) or _local(host):
        return _connect(self, address)
    attempts.append(str(address))
    raise OSError("network access blocked by the test: %r" % (address,))

def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _local(host if isinstance(host, str) else host.decode()):
        attempts.append("dns:" + str(host))
        raise socket.gaierror("name resolution blocked by the test: %r" % (host,))
    return _getaddrinfo(host, *args, **kwargs)

socket.socket.connect = connect
socket.getaddrinfo = getaddrinfo

from cli.main import main
index = sys.argv[1]
codes = [main(["--index", index, "ingest", "data/plans"]),
         main(["--index", index, "ask", "Which department monitors line 17.b?", "--json"])]
print("GUARD-RESULT " + json.dumps({"codes": codes, "attempts": attempts}))
"""


def test_ingest_and_ask_make_no_network_connection(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}  # no HF_* offline flags set
    proc = subprocess.run([sys.executable, "-c", GUARD, str(tmp_path / "index")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("GUARD-RESULT ")), None)
    assert line, proc.stdout[-2000:] + proc.stderr[-3000:]
    result = json.loads(line.removeprefix("GUARD-RESULT "))
    assert result["attempts"] == []
    assert result["codes"] == [0, 0]
    answer = json.loads(proc.stdout[proc.stdout.index("{"): proc.stdout.index("GUARD-RESULT")])
    assert "Foreign Affairs" in answer["answer"] and answer["citations"][0]["ref"] == "17.b"
