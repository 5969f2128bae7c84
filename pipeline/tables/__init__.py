"""Records -> table rows with fixed columns. No I/O."""
from .build import error_row, result_rows, to_frames
from .rows import PRIMARY_KEYS, TABLE_ROWS, columns

__all__ = ["PRIMARY_KEYS", "TABLE_ROWS", "columns", "error_row", "result_rows", "to_frames"]
