"""Sealing answer texts at rest: AES-GCM with a key drawn from the couple's passphrase by scrypt.

A sealed value reads "k1:" + base64(nonce + ciphertext). Without the passphrase the data
file reveals nothing of what was sealed; a lost passphrase cannot be recovered. The `Keyring`
is what the rest of the store uses: it holds the keys of the profiles opened in this run and
seals and opens each profile's values (plainly stored values pass through unchanged).

Only `is_sealed` is needed to open the game; cryptography, hashlib and base64 are imported when a
passphrase is used, so a start without one never loads them (~10 ms).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .store_trouble import StoreError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "k1:"
CHECK_TEXT = "kindred passphrase check"
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class KeyRecipe:
    """How a profile's key is drawn from its passphrase; kept with each profile, so older profiles keep opening.

    `form` is the Unicode form the passphrase is put in first: "NFC", so that an accent typed composed or
    decomposed gives one key, or "raw" for profiles made before that (the text exactly as typed).
    """

    n: int
    r: int = 8
    p: int = 1
    form: str = "NFC"

    def to_text(self) -> str:
        return json.dumps({"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p, "form": self.form}, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str | None) -> KeyRecipe:
        if text is None:
            return LEGACY
        data = json.loads(text)
        return cls(int(data["n"]), int(data["r"]), int(data["p"]), str(data["form"]))

    def forms(self, passphrase: str) -> list[str]:
        """The spellings to try: the NFC one only; for a profile made before NFC, also as typed and decomposed."""
        composed = unicodedata.normalize("NFC", passphrase)
        if self.form == "NFC":
            return [composed]
        tries = [composed, passphrase, unicodedata.normalize("NFD", passphrase)]
        return list(dict.fromkeys(tries))


# One guess costs about 0.44 s here (scrypt with n = 2**17 and 128 MiB of memory): slow for anyone
# guessing, hardly noticed by a couple typing it once an evening (see benchmarks/run.py).
CURRENT = KeyRecipe(n=2**17)
# Profiles locked before the recipe was stored: n = 2**15 (about 0.1 s), the passphrase as typed.
LEGACY = KeyRecipe(n=2**15, form="raw")


class WrongPassphrase(Exception):
    """The passphrase does not open this profile."""


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, recipe: KeyRecipe = CURRENT) -> bytes:
    """The key for `passphrase` spelled exactly as given (see KeyRecipe.forms for which spellings to try)."""
    import hashlib

    memory = 128 * recipe.n * recipe.r * (recipe.p + 1)  # scrypt needs 128·n·r bytes, plus room for its blocks
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=recipe.n, r=recipe.r, p=recipe.p, maxmem=memory + 2**20, dklen=32
    )


def is_sealed(text: str) -> bool:
    return text.startswith(PREFIX)


class Sealer:
    def __init__(self, key: bytes) -> None:
        import hashlib
        import hmac

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: AESGCM = AESGCM(key)
        # A key of its own for drawing fixed nonces, so the cipher's key is never used for anything else.
        self._nonce_key = hmac.new(key, b"kindred fixed nonce", hashlib.sha256).digest()

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes, recipe: KeyRecipe = CURRENT) -> Sealer:
        """A new lock's sealer: the passphrase in the recipe's form."""
        spelled = unicodedata.normalize("NFC", passphrase) if recipe.form == "NFC" else passphrase
        return cls(derive_key(spelled, salt, recipe))

    def seal(self, text: str) -> str:
        import base64

        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), None)
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def seal_fixed(self, text: str) -> str:
        """Sealed like `seal`, but the same text always seals the same way (the nonce is drawn from it).

        For names the store looks rows up by (deck and card ids): equal ids stay equal, so lookups and
        unique keys still work, while what they say stays sealed. Opened with `open`, like any sealed value.
        """
        import base64
        import hashlib
        import hmac

        nonce = hmac.new(self._nonce_key, text.encode("utf-8"), hashlib.sha256).digest()[:NONCE_BYTES]
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), None)
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, token: str) -> str:
        import base64

        from cryptography.exceptions import InvalidTag

        raw = base64.b64decode(token[len(PREFIX) :])
        try:
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None).decode("utf-8")
        except InvalidTag:
            raise WrongPassphrase("This passphrase does not open the profile.") from None

    def check_token(self) -> str:
        return self.seal(CHECK_TEXT)

    def verifies(self, token: str) -> bool:
        try:
            return self.open(token) == CHECK_TEXT
        except WrongPassphrase:
            return False


class Keyring:
    """The keys of the profiles opened in this run, and each profile's values sealed or opened with them.

    A profile without a passphrase keeps its values plainly: sealing passes them through. A locked profile
    whose passphrase has not been given in this run can be neither written nor read (StoreError says so).
    `has_lock` says whether a profile has a passphrase; its answer is remembered until the lock changes here.
    """

    def __init__(self, has_lock: Callable[[int], bool]) -> None:
        self._has_lock = has_lock
        self._sealers: dict[int, Sealer] = {}
        self._locked: dict[int, bool] = {}

    def is_locked(self, couple_id: int) -> bool:
        if couple_id not in self._locked:
            self._locked[couple_id] = self._has_lock(couple_id)
        return self._locked[couple_id]

    def is_open(self, couple_id: int) -> bool:
        """Readable now: not locked, or unlocked with its passphrase in this run."""
        return not self.is_locked(couple_id) or couple_id in self._sealers

    def hold(self, couple_id: int, sealer: Sealer) -> None:
        """The profile is locked, and open in this run with `sealer` (its passphrase was given or set)."""
        self._sealers[couple_id] = sealer
        self._locked[couple_id] = True

    def drop(self, couple_id: int) -> None:
        """The profile's passphrase was removed: its values are plain from now on."""
        self._sealers.pop(couple_id, None)
        self._locked[couple_id] = False

    def forget(self, couple_id: int) -> None:
        """The profile is gone (erased): neither its key nor whether it was locked is kept."""
        self._sealers.pop(couple_id, None)
        self._locked.pop(couple_id, None)

    def close_all(self) -> None:
        """Every profile opened in this run is locked again (the laptop passes to "Who's playing?"): its passphrase
        is asked the next time, whoever picks it."""
        self._sealers.clear()

    def forget_all(self) -> None:
        self._sealers.clear()
        self._locked.clear()

    def sealer(self, couple_id: int) -> Sealer:
        sealer = self._sealers.get(couple_id)
        if sealer is None:
            raise StoreError("This profile is locked: unlock it with its passphrase first.")
        return sealer

    def seal(self, couple_id: int, text: str) -> str:
        return self.sealer(couple_id).seal(text) if self.is_locked(couple_id) else text

    def seal_fixed(self, couple_id: int, text: str) -> str:
        """An id as the couple's rows hold it: sealed the same way each time when locked (see Sealer.seal_fixed)."""
        return self.sealer(couple_id).seal_fixed(text) if self.is_locked(couple_id) else text

    def open(self, couple_id: int, text: str) -> str:
        return self.sealer(couple_id).open(text) if is_sealed(text) else text

    def mark(self, couple_id: int, private: bool) -> int | str:
        """A just-between-us mark as stored: sealed when locked, so the file does not say which answers are private."""
        return self.seal(couple_id, str(int(private))) if self.is_locked(couple_id) else int(private)

    def marked(self, couple_id: int, stored: int | str) -> bool:
        return self.open(couple_id, stored) == "1" if isinstance(stored, str) else bool(stored)
