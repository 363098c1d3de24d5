"""Votes, pure: the ballot payload, validation of scans, counting methods and reconciliation."""
