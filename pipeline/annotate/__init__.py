"""Annotation tooling: the Label Studio round trip (pure conversions; the CLI does the I/O)."""
from .labelstudio import export_to_gold, labelling_config, records_to_result, task_to_gold, to_task

__all__ = ["export_to_gold", "labelling_config", "records_to_result", "task_to_gold", "to_task"]
