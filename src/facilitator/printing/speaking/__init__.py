"""The speaking-time report and its chart."""
