"""The Participants workspace: the roster table, its filters, the edit form and the import."""
