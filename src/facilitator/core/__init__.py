"""The rules of facilitator, as pure Python.

Nothing here imports Qt, SQLAlchemy or touches files: every function can be tested
without a display or a database (a test enforces it).
"""
