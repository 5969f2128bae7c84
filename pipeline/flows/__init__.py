"""Prefect flows and tasks: the only package that imports prefect. Thin wrappers over the core."""
