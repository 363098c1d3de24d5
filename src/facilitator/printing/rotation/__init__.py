"""The small groups on paper: table cards and itinerary slips."""
