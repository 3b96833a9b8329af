"""Write Kindred's sound effects and ambient bed as WAV files into assets/sounds/.

Everything is synthesised here from sine waves and shaped noise, so the sounds
are ours and reproducible: `python assets/make_sounds.py` rewrites them.
"""

from __future__ import annotations

import math
import random
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent / "sounds"


def envelope(i: int, n: int, attack: float = 0.01, release: float = 0.6) -> float:
    t = i / RATE
    total = n / RATE
    rise = min(1.0, t / attack) if attack else 1.0
    fall = max(0.0, 1.0 - max(0.0, t - (total - release)) / release) if release else 1.0
    return rise * fall * math.exp(-3.0 * t / total)


def tone(freqs: list[tuple[float, float]], seconds: float, volume: float, attack: float = 0.008) -> list[float]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        sample = sum(amp * math.sin(2 * math.pi * f * t) for f, amp in freqs)
        out.append(volume * sample * envelope(i, n, attack, seconds * 0.7))
    return out


def sequence(parts: list[tuple[float, list[float]]], seconds: float) -> list[float]:
    out = [0.0] * int(RATE * seconds)
    for start, samples in parts:
        offset = int(start * RATE)
        for i, value in enumerate(samples):
            if offset + i < len(out):
                out[offset + i] += value
    return out


def whoosh(seconds: float, volume: float, seed: int) -> list[float]:
    rng = random.Random(seed)
    n = int(RATE * seconds)
    out, low = [], 0.0
    for i in range(n):
        cutoff = 0.02 + 0.25 * math.sin(math.pi * i / n)
        low += cutoff * (rng.uniform(-1, 1) - low)
        out.append(volume * low * math.sin(math.pi * i / n))
    return out


def ambient(seconds: float, seed: int) -> list[float]:
    """A slow, warm pad: soft chords that breathe, for date night. Loops seamlessly."""
    rng = random.Random(seed)
    n = int(RATE * seconds)
    chords = [(130.81, 164.81, 196.0), (110.0, 138.59, 164.81), (98.0, 123.47, 146.83), (116.54, 146.83, 174.61)]
    out = []
    hiss = 0.0
    for i in range(n):
        t = i / RATE
        phase = t / seconds * len(chords)
        index = int(phase) % len(chords)
        blend = phase - int(phase)
        weight = 0.5 - 0.5 * math.cos(math.pi * blend)
        a, b = chords[index], chords[(index + 1) % len(chords)]
        value = 0.0
        for k in range(3):
            freq = a[k] * (1 - weight) + b[k] * weight
            value += math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t + k)
        hiss += 0.01 * (rng.uniform(-1, 1) - hiss)
        breath = 0.75 + 0.25 * math.sin(2 * math.pi * t / seconds * 2)
        out.append(0.06 * value * breath + 0.3 * hiss)
    return out


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    peak = max(1e-9, max(abs(s) for s in samples))
    scale = min(1.0, 0.9 / peak)
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s * scale)) * 32767)) for s in samples)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)


def main() -> None:
    write("tap", tone([(880, 0.6), (1320, 0.2)], 0.06, 0.35))
    write("tick", tone([(1200, 0.5)], 0.03, 0.25))
    write("deal", whoosh(0.22, 0.9, seed=1))
    write("flip", sequence([(0.0, whoosh(0.16, 0.7, seed=2)), (0.08, tone([(660, 0.4), (990, 0.2)], 0.2, 0.3))], 0.3))
    write(
        "chime",
        sequence(
            [
                (0.0, tone([(523.25, 0.5)], 0.5, 0.4)),
                (0.09, tone([(659.25, 0.5)], 0.5, 0.35)),
                (0.18, tone([(783.99, 0.5)], 0.7, 0.35)),
            ],
            0.9,
        ),
    )
    write("soft", tone([(392, 0.5), (294, 0.3)], 0.35, 0.3))
    write("ambient", ambient(24.0, seed=3))


if __name__ == "__main__":
    main()
