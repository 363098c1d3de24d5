"""What the application stands on: where its files are, its settings, logging, languages, the
problems of the machine (errors), atomic files, crash points for tests, and start-up."""
