"""The Streamlit chat for the plans API. It talks to the API over HTTP only (see ui.client)
and imports nothing from the backend packages."""
