"""The Suivi workspace: engagement over the sessions (follow-up list, history, indicators)."""
