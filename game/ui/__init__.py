"""The pygame-ce shell: loop, scenes, widgets, theme, fonts, sound. Rules live in game.core."""
