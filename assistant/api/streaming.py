"""Server-sent events for POST /v1/ask/stream: the service answers in a worker thread while
the answer's checked text is forwarded as `text` events as the model writes it; the verified
answer (citations included) is the last event, `answer`, or `error` when there is none."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator

from fastapi.sse import ServerSentEvent

from assistant.models import AskRequest, StreamError, StreamText
from assistant.service import AssistantService
from plans.errors import PlansError

log = logging.getLogger("plans.api")


def answer_events(service: AssistantService, request: AskRequest) -> Iterator[ServerSentEvent]:
    events: queue.Queue[ServerSentEvent | None] = queue.Queue()

    def text(chunk: str) -> None:
        events.put(ServerSentEvent(event="text", data=StreamText(text=chunk)))

    def work() -> None:
        try:
            events.put(ServerSentEvent(event="answer", data=service.ask(request, on_text=text)))
        except PlansError as exc:
            events.put(ServerSentEvent(event="error", data=StreamError(detail=exc.message)))
        except Exception as exc:  # the stream has begun: report it as an event, never a broken response
            log.exception("unexpected error while streaming an answer")
            events.put(ServerSentEvent(event="error", data=StreamError(
                detail=f"internal error ({type(exc).__name__}); see the server log")))
        finally:
            events.put(None)

    threading.Thread(target=work, name="plans-ask-stream", daemon=True).start()
    while (event := events.get()) is not None:
        yield event
