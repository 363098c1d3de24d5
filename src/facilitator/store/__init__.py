"""Persistence: SQLAlchemy models, the engine with its SQLite pragmas, migrations, queries."""
