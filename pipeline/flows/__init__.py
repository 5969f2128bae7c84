"""Prefect flows and tasks: the only package that imports prefect. Thin wrappers over the core."""
import os

# No network here: keep Prefect's temporary server from trying to send telemetry.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The temporary server Prefect starts per process took 7 s at first and up to 35 s on this 2-core machine later;
# past Prefect's default of 20 s the whole batch fails with nothing written. Wait as long as the test harness does.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
