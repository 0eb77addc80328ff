"""Citations carry the page number the plan prints (`page_label`) next to the physical page,
through the HTTP API, for table rows (the registry) and prose (extractive answers)."""

from __future__ import annotations

from pypdf import PdfReader, PdfWriter

from tests.support.synth_pdf import CLOSING, render_plan, variant


def _labelled(path, out):
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    writer.set_page_label(0, len(writer.pages) - 1, style="/D", prefix="A-", start=1)
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def test_citations_name_the_printed_page(service_factory, tmp_path):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    plan = render_plan(tmp_path / "plan.pdf", variant("portrait-grid-helvetica"))
    path = _labelled(plan.path, tmp_path / "coastal.pdf")
    service = service_factory("labels")
    with TestClient(create_app(service.settings, service)) as client:
        r = client.post("/v1/documents", files={"file": ("coastal.pdf", path.read_bytes(), "application/pdf")})
        assert r.status_code == 201, r.text
        row = client.post("/v1/ask", json={"question": "Which department is responsible for line 2.1?"}).json()
        assert not row["abstained"], row
        c = row["citations"][0]
        assert c["ref"] == "2.1" and c["page"] == plan.pages["2.1"]
        assert c["page_label"] == f"A-{c['page']}"
        prose = client.post("/v1/ask", json={"question": "How often will the measures be reviewed?"}).json()
        assert not prose["abstained"] and "every two years" in prose["answer"], prose
        c = prose["citations"][0]
        assert c["quote"] in CLOSING or "every two years" in c["quote"]
        assert c["page_label"] == f"A-{c['page']}"
