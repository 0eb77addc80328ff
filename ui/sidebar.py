"""The sidebar: the language selector, the indexed plans (with a confirmed remove button each)
and the uploader, which sends each file to the API and reports per file."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, DocumentInfo, PlansClient
from ui.i18n import MESSAGES, count, error_text, text
from ui.language import selector
from ui.render import md_escape

TYPES = ["pdf", "docx", "html", "htm", "md", "txt"]
CONFIRM = "confirm_remove"
NOTICES = "sidebar_notices"  # [(kind, text)]: results of the last upload or removal


def render_sidebar(client: PlansClient, lang: str) -> None:
    with st.sidebar:
        selector()
        st.header(text("sidebar_plans", lang))
        listing = st.container()
        st.subheader(text("sidebar_add", lang))
        with st.form("upload", clear_on_submit=True, border=False):
            files = st.file_uploader(text("uploader", lang), type=TYPES, accept_multiple_files=True)
            submitted = st.form_submit_button(text("add_button", lang), icon=":material/upload:")
        if submitted:
            if files:
                upload(client, files, lang)
            else:
                st.session_state[NOTICES] = [("error", text("choose_files", lang))]
        show_notices(lang)
        with listing:
            show_documents(client, lang)


def upload(client: PlansClient, files, lang: str) -> None:
    """Send the files one by one with progress; keep a success or error line per file."""
    notices: list[tuple[str, str]] = []
    n = len(files)
    with st.status(count("adding", n, lang), expanded=True) as status:
        bar = st.progress(0.0)
        for i, f in enumerate(files):
            bar.progress(i / n, text=f"{f.name} ({i + 1}/{n})")
            try:
                r = client.upload(f.name, f.getvalue(), f.type or "application/octet-stream")
            except ApiError as exc:
                notices.append(("error", error_text(exc, lang)))
            else:
                notices.append(("success", text("upload_result", lang, document=r.document,
                                                status=upload_status(r.status, lang),
                                                chunks=count("chunks", r.chunks, lang),
                                                lines=count("lines", r.commitments, lang), seconds=r.seconds)))
        bar.progress(1.0, text=text("done", lang))
        failed = sum(kind == "error" for kind, _ in notices)
        status.update(label=count("added", n, lang, ok=n - failed), state="error" if failed else "complete",
                      expanded=False)
    st.session_state[NOTICES] = notices


def upload_status(status: str, lang: str) -> str:
    """The API's upload status (added, updated, unchanged) in words; an unknown one as sent."""
    key = f"upload_{status}"
    return text(key, lang) if key in MESSAGES else status


def show_notices(lang: str) -> None:
    notices = st.session_state.get(NOTICES) or []
    for kind, line in notices:
        (st.success if kind == "success" else st.error)(md_escape(line, code=True))
    if notices:
        st.button(text("dismiss", lang), key="dismiss-notices", on_click=st.session_state.pop, args=(NOTICES, None))


def show_documents(client: PlansClient, lang: str) -> None:
    try:
        docs = client.documents()
    except ApiError as exc:
        st.error(md_escape(error_text(exc, lang), code=True), icon=":material/cloud_off:")
        return
    if not docs:
        st.info(text("no_plans", lang))
        return
    st.caption(count("plans", len(docs), lang))
    for d in docs:
        show_document(client, d, lang)


def show_document(client: PlansClient, d: DocumentInfo, lang: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(d.title or d.document)}**")
        facts = [d.document] + ([count("pages", d.pages, lang)] if d.pages else []) + [count("chunks", d.chunks, lang)]
        if d.commitments:
            facts.append(count("lines", d.commitments, lang))
        st.caption(md_escape(" · ".join(facts)))
        if st.session_state.get(CONFIRM) == d.id:
            st.warning(md_escape(text("remove_confirm", lang, document=d.document)))
            yes, no = st.columns(2)
            yes.button(text("remove", lang), key=f"remove-yes-{d.id}", type="primary", on_click=remove,
                       args=(client, d, lang))
            no.button(text("cancel", lang), key=f"remove-no-{d.id}", on_click=st.session_state.pop,
                      args=(CONFIRM, None))
        else:
            st.button(text("remove_ask", lang), key=f"remove-{d.id}", icon=":material/delete:", type="tertiary",
                      on_click=st.session_state.__setitem__, args=(CONFIRM, d.id))


def remove(client: PlansClient, d: DocumentInfo, lang: str) -> None:
    st.session_state.pop(CONFIRM, None)
    try:
        removed = client.remove(d.id)
    except ApiError as exc:
        st.session_state[NOTICES] = [("error", error_text(exc, lang))]
    else:
        st.session_state[NOTICES] = [("success", text("removed", lang, document=removed.document,
                                                      chunks=count("chunks", removed.chunks, lang)))]
