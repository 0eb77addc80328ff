"""UI fixtures: the app under AppTest pointed at a live API, a live API on a fresh temp index
(for uploads and removals), and an address where nothing listens."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import LiveServer, free_port

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "app.py"
TIMEOUT = 60  # seconds for one script run (a question, an upload)

SMALL_PLAN = """# Clean Rivers Action Plan 2030

## Objective 1. Water quality

The Ministry of Environment will measure nitrate levels in the river Zenne every quarter and publish the
results in an open register.

## Objective 2. Flood protection

Municipalities along the Dijle will restore twelve wetlands by 2028 to hold back flood water.
"""


def start_app(monkeypatch, url: str, locale: str | None = None):
    """The Streamlit app, first run done, talking to the API at `url`, in a browser whose
    locale (`navigator.language`) is `locale`."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("PLANS_API_URL", url)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.context = {"locale": locale}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def fresh_api(service_factory):
    """A live API over a new, empty temp index (changes here leave the shared index alone)."""
    from assistant.api import create_app

    svc = service_factory("ui-fresh")
    with LiveServer(create_app(svc.settings, svc)) as server:
        yield server.url


@pytest.fixture
def dead_url() -> str:
    """A loopback address where no API listens."""
    return f"http://127.0.0.1:{free_port()}"
