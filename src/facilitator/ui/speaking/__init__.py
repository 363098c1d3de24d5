"""The Prise de parole workspace: the speakers' list, the timer, the projector, the statistics."""
