"""Sealing answer texts at rest: AES-GCM with a key drawn from the couple's passphrase by scrypt.

A sealed value reads "k1:" + base64(nonce + ciphertext). Without the passphrase the data
file reveals nothing of what was sealed; a lost passphrase cannot be recovered.

Only `is_sealed` is needed to open the game; cryptography, hashlib and base64 are imported when a
passphrase is used, so a start without one never loads them (~10 ms).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "k1:"
CHECK_TEXT = "kindred passphrase check"
SALT_BYTES = 16
NONCE_BYTES = 12
# scrypt cost: about a tenth of a second here, which makes guessing slow.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(Exception):
    """The passphrase does not open this profile."""


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    import hashlib

    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=32
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
    def from_passphrase(cls, passphrase: str, salt: bytes) -> Sealer:
        return cls(derive_key(passphrase, salt))

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
