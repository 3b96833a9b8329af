"""Scene tests, goldens and the pilot that drives the game."""
