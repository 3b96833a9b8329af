"""One scene per file."""
