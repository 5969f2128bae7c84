"""Prefect flows and tasks: the only package that imports prefect. Thin wrappers over the core."""
import os

# No network here: keep Prefect's temporary server from trying to send telemetry.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
