"""The commitments page: the registry of lines of action, filtered by plan, department and
text, as a table with the API's CSV to download."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, Commitment, PlansClient
from ui.render import md_escape

ALL_PLANS = "All plans"
ALL_DEPARTMENTS = "All departments"

st.set_page_config(layout="wide")  # room for the table
st.title("Commitments")
st.caption("The numbered lines of action in the indexed plans and the departments responsible for them.")

client = PlansClient()
try:
    plans = {d.document: d.title or d.document for d in client.documents() if d.commitments}
    names = {dep.casefold(): dep for c in client.commitments() for dep in reversed(c.departments)}
    departments = sorted(names.values(), key=str.casefold)  # the API matches names case-insensitively
except ApiError as exc:
    st.error(md_escape(str(exc), code=True), icon=":material/cloud_off:")
    st.stop()

if not plans:
    st.info("No lines of action in the indexed plans yet.")
    st.stop()

plan_col, dept_col, text_col = st.columns([3, 2, 2])
plan = plan_col.selectbox("Plan", [ALL_PLANS, *plans], format_func=lambda p: plans.get(p, p), key="filter-plan")
department = dept_col.selectbox("Department", [ALL_DEPARTMENTS, *departments], key="filter-department")
text = text_col.text_input("Search", placeholder="words in the line, e.g. training", key="filter-text")

filters = {
    "document": None if plan == ALL_PLANS else plan,
    "department": None if department == ALL_DEPARTMENTS else department,
    "q": text or None,
}
try:
    items = client.commitments(**filters)
    csv = client.commitments_csv(**filters)
except ApiError as exc:
    st.error(md_escape(str(exc), code=True), icon=":material/error:")
    st.stop()


def row(c: Commitment) -> dict:
    return {
        "Line": c.ref,
        "Action": c.action,
        "Departments": "; ".join(d + (" (coordination)" if d in c.coordination else "") for d in c.departments),
        "Monitoring": "; ".join(c.monitoring),
        "Goal": " ".join(x for x in (c.goal.number, c.goal.text) if x),
        "Objective": c.objective or "",
        "Plan": c.document,
        "Page": c.page,
    }


st.caption(f"{len(items)} line{'' if len(items) == 1 else 's'} of action")
if not items:
    st.info("No lines of action match these filters.", icon=":material/filter_alt_off:")
    st.stop()
st.dataframe([row(c) for c in items], hide_index=True, width="stretch", height=min(38 + 35 * len(items), 640),
             column_config={"Action": st.column_config.TextColumn(width="large"),
                            "Page": st.column_config.NumberColumn(format="%d")})
st.download_button("Download CSV", csv, file_name="commitments.csv", mime="text/csv", icon=":material/download:")
