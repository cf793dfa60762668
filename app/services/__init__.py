"""Use cases shared by the HTTP API and the CLI: ingestion, article queries, the timeline."""
