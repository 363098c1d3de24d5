"""Alembic migrations; run through ``facilitator.store.migrate``, never by hand on a user's file."""
