"""Speaking time: phases and their discipline, the speakers' list, budgets, statistics."""
