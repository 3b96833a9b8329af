"""The outside world for the core: deck files, the SQLite store, data paths."""
