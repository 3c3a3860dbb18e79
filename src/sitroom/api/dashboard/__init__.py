"""The analyst's dashboard: server-rendered pages over the same queries as the API."""
