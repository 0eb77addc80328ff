"""schemathesis against the app: requests generated from the OpenAPI schema (short CI profile,
derandomized) get no server error, and every response matches the schema: status codes,
content types and bodies, errors included (`ErrorBody`)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.reliability

PLAN = (b"# Harbour Safety Plan\n\n## Lines of action\n\n| Nr | Action | Responsible |\n|---|---|---|\n"
        b"| 1.a | Inspect every quay twice a year | Harbour Authority |\n"
        b"| 1.b | Publish the inspection reports | Ministry of Transport |\n\n"
        b"The plan was adopted on 4 April 2024.\n")
EXAMPLES = 150  # per operation and mode: under a minute in all on two shared cores
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, embedder):
    from fastapi.testclient import TestClient

    from assistant.api import create_app
    from tests.conftest import make_service

    service = make_service(tmp_path_factory.mktemp("fuzz-index"), embedder, max_upload_mb=1, max_body_kb=256)
    app = create_app(service.settings, service)
    with TestClient(app) as client:
        assert client.post("/v1/documents", files={"file": ("harbour.md", PLAN, "text/markdown")}).status_code == 201
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
    service.index.close()


def operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_generated_requests_get_no_server_error_and_match_the_schema(api_schema, mode):
    """Each operation in turn (its label is in the failure), valid requests and then invalid ones."""
    from collections import Counter

    from hypothesis import given
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode

    generation = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE
    statuses: dict[str, Counter] = {}
    for operation in operations(api_schema):
        seen = statuses.setdefault(operation.label, Counter())

        @given(case=operation.as_strategy(generation_mode=generation))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            seen[case.call_and_validate(checks=CHECKS).status_code] += 1

        try:
            run()
        except Unsatisfiable:
            continue  # nothing invalid can be sent to an operation without parameters
        except Exception as exc:
            raise AssertionError(f"{operation.label} ({mode}): {exc}") from exc
    print(mode, {label: dict(c) for label, c in statuses.items()})
    if mode == "positive":  # the run did reach the answering code, not only the validation
        assert statuses["POST /v1/ask"][200] > 0 and statuses["GET /v1/commitments"][200] > 0
    else:
        assert statuses["POST /v1/ask"][422] > 0
