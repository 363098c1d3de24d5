"""Speaking time (Prise de parole): the agenda and its phases, the speakers' list, the report."""
