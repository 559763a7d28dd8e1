"""Measuring factcheck on labelled data: data forms, pure metrics, runners and the report.

``factcheck eval`` (factcheck/eval.py) is the command; this package holds its parts so each can be
tested on its own: ``datasets`` recognises and reads the four data forms, ``metrics`` turns gold
labels and predictions into numbers, ``runners`` drives the checker over the items and
``render`` prints rich tables.
"""
