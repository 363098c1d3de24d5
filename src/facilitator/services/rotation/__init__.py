"""Small groups (Groupes): a session's setup, its plans and re-plans, its documents."""
