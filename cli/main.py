"""The `plans` command: ingest, remove, ask, serve, ui, eval, commitments, documents.

Errors users can act on print one line, `plans: <what and how to fix it>`, and exit 1. So
does anything unexpected (`--debug` shows its traceback): no command prints a traceback.
A server command checks what it can before loading the model (settings, the port, the
index's writer lock), so a start that cannot succeed fails at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from plans.errors import PlansError

EPILOG = """examples:
  plans ingest                         index data/plans (unchanged files are skipped)
  plans ingest report.pdf notes/       add a file and a folder
  plans ask "Which department monitors line 17.b?"
  plans ask "And for 17.c?" --history chat.json --json
  plans serve --port 8000              the HTTP API (OpenAPI at /docs)
  plans ui                             the chat in a browser (needs the API running)
  plans commitments --role lead --value Justice --csv
  plans eval                           the evaluation gate (fresh index of data/plans and data/real-plans)

settings come from PLANS_* environment variables, e.g. PLANS_INDEX_DIR (default .plans-index)."""


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except PlansError as exc:
        print(f"plans: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("plans: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        what = (str(exc).strip().splitlines() or [""])[0][:300]
        print(f"plans: unexpected error ({type(exc).__name__}{': ' + what if what else ''}); "
              "rerun with --debug for the traceback", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    from plans import __version__

    p = argparse.ArgumentParser(
        prog="plans",
        description="Answers questions about government policy plans with verbatim citations, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"plans {__version__}")
    p.add_argument("--index", type=Path, help="index folder (default: $PLANS_INDEX_DIR or .plans-index)")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    s = sub.add_parser("ingest", help="add files or folders to the index", description="Read PDF, Word, Markdown and text files, recover their action tables, and index them. Unchanged files are skipped; changed ones replace their old version. Exits 1 if any file failed.")
    s.add_argument("paths", nargs="*", type=Path, help="files or folders (default: data/plans)")
    s.set_defaults(func=_ingest)

    s = sub.add_parser("remove", help="remove a document from the index")
    s.add_argument("document", help="document id, file name or stem")
    s.set_defaults(func=_remove)

    s = sub.add_parser("documents", help="list the indexed documents")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=_documents)

    s = sub.add_parser("ask", help="ask a question", description="Answer a question from the indexed plans, with citations.")
    s.add_argument("question", help="the question, in quotes")
    s.add_argument("--json", action="store_true", help="print the same JSON as POST /v1/ask")
    s.add_argument("--history", type=Path, help='JSON file with earlier turns: [{"role": "user"|"assistant", "content": "..."}]')
    s.set_defaults(func=_ask)

    s = sub.add_parser("serve", help="run the HTTP API")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.set_defaults(func=_serve)

    s = sub.add_parser("ui", help="run the Streamlit chat (talks to the API over HTTP)")
    s.add_argument("--port", type=int, default=8501, help="port (default 8501)")
    s.add_argument("--api-url", help="API address (default: $PLANS_API_URL or http://127.0.0.1:8000)")
    s.set_defaults(func=_ui)

    s = sub.add_parser("commitments", help="list the commitments (action-table rows: who leads what, by when)")
    s.add_argument("--role", help="a role of the rows' cells: lead, partners, timeline, indicator, budget, "
                                  "funding, status, priority, place, quantity, notes")
    s.add_argument("--value", help="only rows whose cell of --role (or any cell) holds this text")
    s.add_argument("--department", help="the same as --role lead --value DEPARTMENT")
    s.add_argument("--text", help="only rows holding this text anywhere")
    s.add_argument("--document", help="only this plan (file name or stem)")
    s.add_argument("--ref", help='only this line id, e.g. "17.b"')
    s.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=_commitments)

    s = sub.add_parser("eval", help="run the evaluation set and check the thresholds",
                       description="Score the service on eval/dataset.jsonl against baselines; exit 1 below a threshold.")
    from eval.cli import add_arguments

    add_arguments(s)
    s.set_defaults(func=_eval)
    return p


# -- commands ---------------------------------------------------------------------------------
def _settings(args):
    from plans.settings import load_settings

    return load_settings(**({"index_dir": args.index} if args.index else {}))


def _service(args, quiet: bool = False):
    from assistant.service import AssistantService

    settings = _settings(args)
    if not quiet:
        print("Loading the embedding model…", file=sys.stderr)
    return AssistantService.build(settings)


def _check_writable(settings) -> None:
    """Fail before loading the model when another process holds the index's writer lock."""
    if settings.embedded:
        from plans.index.lock import WriterLock

        probe = WriterLock(settings.index_dir)
        try:
            probe.acquire()
        except OSError as exc:
            raise PlansError(f"{settings.index_dir}: cannot be used as the index folder ({exc.strerror})") from None
        probe.release()


def _ingest(args) -> int:
    from cli.progress import ingest_with_progress

    _check_writable(_settings(args))
    service = _service(args)
    service.index.acquire_writer()  # fail fast when a running API owns this index
    paths = args.paths or [service.settings.data_dir]
    summary = ingest_with_progress(service.ingestor, paths)
    return 1 if summary.failed else 0


def _remove(args) -> int:
    service = _service(args, quiet=True)
    service.index.acquire_writer()
    info = service.remove_document(args.document)
    print(f"removed {info.document} ({info.chunks} chunks)")
    return 0


def _documents(args) -> int:
    service = _service(args, quiet=True)
    docs = service.documents()
    if args.json:
        print(json.dumps([d.model_dump() for d in docs], indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("document", "title", "pages", "chunks", "commitments")
    for d in docs:
        table.add_row(d.document, d.title, str(d.pages or "-"), str(d.chunks), str(d.commitments))
    Console().print(table)
    return 0


def _ask(args) -> int:
    from assistant.models import AskRequest, check_history

    request = _ask_request(args.question, _read_history(args.history) if args.history else [])
    service = _service(args, quiet=True)
    check_history(request.history, service.settings)
    answer = service.ask(request)
    if args.json:
        print(answer.model_dump_json(indent=2))
        return 0
    print(answer.answer)
    if answer.note:
        print(f"  ({answer.note})")
    for c in answer.citations:
        where = ", ".join(x for x in (c.document, f"p. {c.page}" if c.page else "", f"line {c.ref}" if c.ref else "") if x)
        print(f"  [{c.id}] {where}: “{' '.join(c.quote.split())}”")
    return 0


def _ask_request(question: str, history: list[dict]):
    """The same request the API validates, its first problem in one line."""
    from pydantic import ValidationError

    from assistant.models import AskRequest

    try:
        return AskRequest(question=question, history=history)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "question"
        raise PlansError(f"{field}: {err['msg']}") from None


def _read_history(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PlansError(f"{path}: no such file") from None
    except OSError as exc:
        raise PlansError(f"{path}: cannot be read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PlansError(f"{path}: not valid JSON ({exc})".splitlines()[0]) from None
    if not isinstance(data, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) for t in data
    ):
        raise PlansError(f'{path}: expected a list of {{"role": "user"|"assistant", "content": "..."}} objects')
    return data


def _listen(host: str, port: int):
    """A socket bound to host:port, or a one-line error (port in use, unknown address)."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise PlansError(f"--host {host}: not an address this machine has ({exc})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = "already in use (is the API running? stop it or choose --port)" if exc.errno == errno.EADDRINUSE else exc.strerror
        raise PlansError(f"port {port} on {host}: {reason}") from None
    return sock


def _serve(args) -> int:
    import uvicorn

    from assistant.api import create_app

    settings = _settings(args)
    if not 0 < args.port < 65536:
        raise PlansError(f"--port {args.port}: not a port number (1-65535)")
    sock = _listen(args.host, args.port)
    _check_writable(settings)
    print(f"API on http://{args.host}:{args.port} (docs at /docs); loading the model…", file=sys.stderr)
    service = _service(args, quiet=True)
    service.index.acquire_writer()
    try:
        server = uvicorn.Server(uvicorn.Config(create_app(settings, service), log_level="info"))
        server.run(sockets=[sock])
    finally:
        service.index.close()
        sock.close()
    return 0


def _ui(args) -> int:
    _settings(args)  # bad PLANS_* values stop here, in one line
    if not 0 < args.port < 65536:
        raise PlansError(f"--port {args.port}: not a port number (1-65535)")
    _listen("127.0.0.1", args.port).close()  # in use: say so now, not in Streamlit's words
    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = dict(os.environ)
    if args.api_url:
        env["PLANS_API_URL"] = args.api_url
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(args.port),
           "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
           "--client.showErrorDetails", "type"]
    sys.stdout.flush()
    sys.stderr.flush()
    # Become Streamlit rather than wait on it: a signal sent to `plans ui` (scripts/run.sh stops
    # the chat with SIGTERM) then reaches the server, and no orphan is left holding the port.
    os.execve(sys.executable, cmd, env)


def _commitments(args) -> int:
    service = _service(args, quiet=True)
    role, value = (args.role, args.value) if not args.department else ("lead", args.department)
    items = service.commitments(document=args.document, role=role, value=value, ref=args.ref, q=args.text)
    if args.csv:
        from assistant.api.routes.commitments import to_csv

        sys.stdout.write(to_csv(items))
        return 0
    if args.json:
        print(json.dumps([c.model_dump(exclude={"sources"}) for c in items], indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("document", "ref", "action", "lead", "timeline", "other cells", "page", show_lines=False)
    for c in items:
        lead = ", ".join(d + (" (coordination)" if d in c.coordination else "") for d in c.values("lead"))
        other = "; ".join(f"{f.header}: {f.text}" for f in c.fields if not {"lead", "timeline"} & set(f.roles))
        table.add_row(c.document, c.ref, c.action[:80], lead[:60], "; ".join(c.values("timeline"))[:40],
                      other[:80], str(c.page or "-"))
    Console().print(table)
    print(f"{len(items)} commitment(s)", file=sys.stderr)
    return 0


def _eval(args) -> int:
    from eval.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
