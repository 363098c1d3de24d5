"""Engagement over a mandate (Suivi): who keeps coming, who is slipping away."""
