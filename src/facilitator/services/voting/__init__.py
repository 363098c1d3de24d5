"""Votes: their definition, ballot kits, the count and its procès-verbal."""
