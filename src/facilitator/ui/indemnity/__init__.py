"""The Indemnités workspace: statements per session or year, claims, rules, documents, export."""
