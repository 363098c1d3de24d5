"""Use cases: one function per user action, and the reads that screens and commands need.

Services are the only code that writes: each action validates with ``core``, writes its rows
and their change-log entries in one transaction (``Database.write``) and returns what changed.
"""
