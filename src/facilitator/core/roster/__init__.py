"""Reading rosters exported by other departments: decoding, columns, lines, duplicates."""
