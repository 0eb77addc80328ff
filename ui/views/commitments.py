"""The commitments page: the rows of the plans' action tables, filtered by plan, by a role
(lead, timeline, status, ...) and its value, and by text, as a table with the API's CSV."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, Commitment, PlansClient
from ui.render import md_escape

ALL_PLANS = "All plans"
ANY_ROLE = "Any role"
ANY_VALUE = "Any value"
ROLES = ["lead", "partners", "timeline", "indicator", "budget", "funding", "status", "priority", "place",
         "quantity", "notes"]

st.set_page_config(layout="wide")  # room for the table
st.title("Commitments")
st.caption("The rows of the action tables in the indexed plans: who leads each action, by when, "
           "with which indicator and budget.")

client = PlansClient()
try:
    plans = {d.document: d.title or d.document for d in client.documents() if d.commitments}
    everything = client.commitments()
except ApiError as exc:
    st.error(md_escape(str(exc), code=True), icon=":material/cloud_off:")
    st.stop()

if not plans:
    st.info("No commitments in the indexed plans yet.")
    st.stop()

plan_col, role_col, value_col, text_col = st.columns([3, 1, 2, 2])
plan = plan_col.selectbox("Plan", [ALL_PLANS, *plans], format_func=lambda p: plans.get(p, p), key="filter-plan")
roles = [r for r in ROLES if any(c.values(r) for c in everything)]
role = role_col.selectbox("Role", [ANY_ROLE, *roles], key="filter-role")
values = {v.casefold(): v for c in everything for v in reversed(c.values(role))} if role != ANY_ROLE else {}
value = value_col.selectbox("Value", [ANY_VALUE, *sorted(values.values(), key=str.casefold)], key="filter-value")
text = text_col.text_input("Search", placeholder="words in the row, e.g. training", key="filter-text")

filters = {
    "document": None if plan == ALL_PLANS else plan,
    "role": None if role == ANY_ROLE else role,
    "value": None if value == ANY_VALUE else value,
    "q": text or None,
}
try:
    items = client.commitments(**filters)
    csv = client.commitments_csv(**filters)
except ApiError as exc:
    st.error(md_escape(str(exc), code=True), icon=":material/error:")
    st.stop()


def row(c: Commitment) -> dict:
    lead = "; ".join(d + (" (coordination)" if d in c.coordination else "") for d in c.values("lead"))
    return {
        "Id": c.ref,
        "Action": c.action,
        "Lead": lead,
        "Timeline": "; ".join(c.values("timeline")),
        "Status": "; ".join(c.values("status")),
        "Indicator": "; ".join(c.values("indicator")),
        "Budget": "; ".join(c.values("budget") + c.values("funding")),
        "Other": "; ".join(f"{f.header}: {f.text}" for f in c.fields
                           if not {"lead", "timeline", "status", "indicator", "budget", "funding"} & set(f.roles)),
        "Section": c.section or "",
        "Plan": c.document,
        "Page": c.page,
    }


st.caption(f"{len(items)} commitment{'' if len(items) == 1 else 's'}")
if not items:
    st.info("No commitments match these filters.", icon=":material/filter_alt_off:")
    st.stop()
st.dataframe([row(c) for c in items], hide_index=True, width="stretch", height=min(38 + 35 * len(items), 640),
             column_config={"Action": st.column_config.TextColumn(width="large"),
                            "Page": st.column_config.NumberColumn(format="%d")})
st.download_button("Download CSV", csv, file_name="commitments.csv", mime="text/csv", icon=":material/download:")
