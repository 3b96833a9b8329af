"""One screen per module, each opened through its route in game/ui/routes.py, never by importing it.

A scene module imports no other scene module (the one exception: extending a scene's class, as
date night's part extends PlayScene). A module here that defines no scene (play_view,
studio_card_view, studio_card_values) belongs to one scene and reads it through a protocol.
tests/ui/test_ui_imports.py and tests/ui/test_routes.py hold all of this.
"""
