"""Scoring gold against predicted records (pure: never imports nlp or extract).

matching   regions and one-to-one span matching
score      per layer scores for one document (definitions in its docstring)
tally      counts -> P/R/F1 and accuracies; per document tallies add up
report     report.json dict and report.md
html_report  report.html, gold and predicted side by side
gate       --min-f1 floors and --compare deltas
benchmark  the Stockmark ner-wikipedia-ja benchmark
gold       loading annotations/*.json
"""
from .gate import check_floors, compare, parse_floor
from .report import build_report, render_markdown
from .score import DocumentScore, score_document

__all__ = ["build_report", "check_floors", "compare", "parse_floor", "render_markdown", "score_document",
           "DocumentScore"]
