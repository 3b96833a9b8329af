"""Sound effects and the ambient bed, from WAV files that assets/make_sounds.py writes.

The mixer is opened lazily, on the first sound, so starting the game never waits
for the audio device; without one, the game is simply silent.
"""

from __future__ import annotations

import pygame

from game import resources

EFFECTS = ("tap", "tick", "deal", "flip", "chime", "soft")


class Sound:
    def __init__(self, enabled: bool, volume: float) -> None:
        self.enabled = enabled
        self.volume = volume
        self._effects: dict[str, pygame.mixer.Sound] = {}
        self._ready: bool | None = None
        self.ambient_on = False
        self._ambient_due = False  # asked to start or stop, and not yet done (see settle)
        self._ambient_playing = False
        self.played: list[str] = []  # the last few effects, for tests and the curious

    def _open(self) -> bool:
        if self._ready is None:
            try:
                if not pygame.mixer.get_init():
                    pygame.mixer.init(frequency=44100, size=-16, channels=1, buffer=512)
                self._effects = {name: pygame.mixer.Sound(str(resources.sound(name))) for name in EFFECTS}
                self._ready = True
            except (pygame.error, FileNotFoundError):
                self._ready = False
        return self._ready

    def configure(self, enabled: bool, volume: float) -> None:
        self.enabled, self.volume = enabled, volume
        if self._ready:
            pygame.mixer.music.set_volume(volume * 0.5)
        if not enabled:
            self.ambient(False)

    def play(self, name: str) -> None:
        self.played = [*self.played[-19:], name]
        if not self.enabled or self.volume <= 0 or not self._open():
            return
        effect = self._effects.get(name)
        if effect is not None:
            effect.set_volume(self.volume)
            effect.play()

    def ambient(self, on: bool) -> None:
        """The date-night bed: a soft pad that loops. Asked for here, it starts (or fades) in `settle`, once the
        frame is out: reading its file took ~0.1 s, which held back the first frame of the evening."""
        if on == self.ambient_on:
            return
        self.ambient_on = on
        self._ambient_due = True

    def settle(self) -> None:
        """Start or fade the ambient bed as last asked for: the shell calls this after each frame it shows."""
        playing = self.ambient_on and self.enabled
        if not self._ambient_due or playing == self._ambient_playing:
            self._ambient_due = False
            return
        self._ambient_due = False
        if not self._open():
            return
        self._ambient_playing = playing
        if playing:
            pygame.mixer.music.load(str(resources.sound("ambient")))
            pygame.mixer.music.set_volume(self.volume * 0.5)
            pygame.mixer.music.play(loops=-1, fade_ms=2000)
        else:
            pygame.mixer.music.fadeout(800)
