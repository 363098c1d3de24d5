"""facilitator: run a citizens' assembly's plenary day on one laptop, offline."""

__version__ = "0.1.0"
