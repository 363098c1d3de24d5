"""A vote on paper: ballot kits (slips or grid sheets), the test deck, the procès-verbal."""
