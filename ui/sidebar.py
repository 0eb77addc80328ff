"""The sidebar: the indexed plans (with a confirmed remove button each) and the uploader,
which sends each file to the API and reports per file."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, DocumentInfo, PlansClient
from ui.render import md_escape

TYPES = ["pdf", "docx", "html", "htm", "md", "txt"]
CONFIRM = "confirm_remove"
NOTICES = "sidebar_notices"  # [(kind, text)]: results of the last upload or removal


def render_sidebar(client: PlansClient) -> None:
    with st.sidebar:
        st.header("Plans in the index")
        listing = st.container()
        st.subheader("Add plans")
        with st.form("upload", clear_on_submit=True, border=False):
            files = st.file_uploader("PDF, Word, Markdown or text files", type=TYPES, accept_multiple_files=True)
            submitted = st.form_submit_button("Add to the index", icon=":material/upload:")
        if submitted:
            if files:
                upload(client, files)
            else:
                st.session_state[NOTICES] = [("error", "Choose one or more files first.")]
        show_notices()
        with listing:
            show_documents(client)


def upload(client: PlansClient, files) -> None:
    """Send the files one by one with progress; keep a success or error line per file."""
    notices: list[tuple[str, str]] = []
    n = len(files)
    with st.status(f"Adding {n} file{'s' if n > 1 else ''}…", expanded=True) as status:
        bar = st.progress(0.0)
        for i, f in enumerate(files):
            bar.progress(i / n, text=f"{f.name} ({i + 1}/{n})")
            try:
                r = client.upload(f.name, f.getvalue(), f.type or "application/octet-stream")
            except ApiError as exc:
                notices.append(("error", str(exc)))
            else:
                what = {"updated": "replaced the earlier version", "unchanged": "already indexed, unchanged"}
                notices.append(("success", f"{r.document}: {what.get(r.status, r.status)} — {r.chunks} chunks, "
                                           f"{r.commitments} lines of action ({r.seconds:.1f} s)"))
        bar.progress(1.0, text="Done")
        failed = sum(kind == "error" for kind, _ in notices)
        label = f"Added {n - failed} of {n} file{'s' if n > 1 else ''}"
        status.update(label=label, state="error" if failed else "complete", expanded=False)
    st.session_state[NOTICES] = notices


def show_notices() -> None:
    notices = st.session_state.get(NOTICES) or []
    for kind, text in notices:
        (st.success if kind == "success" else st.error)(md_escape(text, code=True))
    if notices:
        st.button("Dismiss", key="dismiss-notices", on_click=st.session_state.pop, args=(NOTICES, None))


def show_documents(client: PlansClient) -> None:
    try:
        docs = client.documents()
    except ApiError as exc:
        st.error(md_escape(str(exc), code=True), icon=":material/cloud_off:")
        return
    if not docs:
        st.info("No plans indexed yet: add some below.")
        return
    st.caption(f"{len(docs)} plan{'s' if len(docs) > 1 else ''}")
    for d in docs:
        show_document(client, d)


def show_document(client: PlansClient, d: DocumentInfo) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(d.title or d.document)}**")
        facts = [d.document] + ([f"{d.pages} pages"] if d.pages else []) + [f"{d.chunks} chunks"]
        if d.commitments:
            facts.append(f"{d.commitments} lines of action")
        st.caption(md_escape(" · ".join(facts)))
        if st.session_state.get(CONFIRM) == d.id:
            st.warning(md_escape(f"Remove {d.document} from the index?"))
            yes, no = st.columns(2)
            yes.button("Remove", key=f"remove-yes-{d.id}", type="primary", on_click=remove, args=(client, d))
            no.button("Cancel", key=f"remove-no-{d.id}", on_click=st.session_state.pop, args=(CONFIRM, None))
        else:
            st.button("Remove…", key=f"remove-{d.id}", icon=":material/delete:", type="tertiary",
                      on_click=st.session_state.__setitem__, args=(CONFIRM, d.id))


def remove(client: PlansClient, d: DocumentInfo) -> None:
    st.session_state.pop(CONFIRM, None)
    try:
        removed = client.remove(d.id)
    except ApiError as exc:
        st.session_state[NOTICES] = [("error", str(exc))]
    else:
        st.session_state[NOTICES] = [("success", f"Removed {removed.document} ({removed.chunks} chunks).")]
