"""The store's schema, one step per version (``PRAGMA user_version``)."""

from __future__ import annotations

V1 = """
CREATE TABLE couples (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE players (
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    seat INTEGER NOT NULL CHECK (seat IN (0, 1)),
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    PRIMARY KEY (couple_id, seat)
);
CREATE TABLE settings (
    couple_id INTEGER NOT NULL DEFAULT 0,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (couple_id, key)
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    config TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX sessions_open ON sessions (couple_id, ended_at);
CREATE TABLE turns (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    seat INTEGER NOT NULL,
    kind TEXT NOT NULL,
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    memory_owner INTEGER,
    outcome TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, number)
);
CREATE TABLE memories (
    id INTEGER PRIMARY KEY,
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    owner INTEGER NOT NULL,
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    private INTEGER NOT NULL DEFAULT 0,
    UNIQUE (couple_id, owner, deck_id, card_id)
);
CREATE TABLE memory_versions (
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    answer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (memory_id, seq)
);
CREATE TABLE schedules (
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    guesser INTEGER NOT NULL,
    card TEXT NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (memory_id, guesser)
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    guesser INTEGER NOT NULL,
    guess TEXT NOT NULL,
    verdict TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX reviews_by_memory ON reviews (memory_id, guesser, at);
CREATE TABLE cards_seen (
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (couple_id, deck_id, card_id)
);
"""

V2 = """
CREATE TABLE locks (
    couple_id INTEGER PRIMARY KEY REFERENCES couples(id) ON DELETE CASCADE,
    salt BLOB NOT NULL,
    check_token TEXT NOT NULL,
    set_at TEXT NOT NULL
);
"""

V3 = """
CREATE TABLE date_nights (
    id INTEGER PRIMARY KEY,
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ended_at TEXT,
    note TEXT,
    note_opened_at TEXT
);
CREATE INDEX date_nights_open ON date_nights (couple_id, ended_at);
ALTER TABLE sessions ADD COLUMN date_night_id INTEGER REFERENCES date_nights(id) ON DELETE CASCADE;
"""

# The deal (every card key of a session, in order) never changes once dealt: written once,
# it keeps each saved answer small.
V4 = """
ALTER TABLE sessions ADD COLUMN deal TEXT;
"""

# Which parts of a locked couple's rows are sealed: 1 sealed answer texts only; 2 also the deck and
# card ids of answers, turns and seen cards, quiz verdicts, just-between-us marks, session set-ups
# and date nights. A lock at 1 is brought to 2 the next time its passphrase opens it (Store.unlock).
V5 = """
ALTER TABLE locks ADD COLUMN sealing INTEGER NOT NULL DEFAULT 1;
"""

# Each lock keeps how its key is drawn (NULL: the recipe from before it was kept, see crypto.LEGACY), and its
# wrong-passphrase count and the time before which no guess is heard, so that neither going back nor
# closing the game resets the wait. `housekeeping` holds the store's own notes to itself.
V6 = """
ALTER TABLE locks ADD COLUMN recipe TEXT;
ALTER TABLE locks ADD COLUMN misses INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locks ADD COLUMN next_try_at TEXT;
CREATE TABLE housekeeping (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Each partner's own pronouns (she, he, they, or just the name); everyone starts as "they".
V7 = """
ALTER TABLE players ADD COLUMN pronouns TEXT NOT NULL DEFAULT 'they';
"""

# The have-my-back playbook's hidden lines ("owner:deck/card", sealed like an id when locked), and the couple's
# word on each promised small thing (keyed by whose promise and when it was made; the word sealed when locked).
V8 = """
CREATE TABLE playbook_hidden (
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    line TEXT NOT NULL,
    hidden_at TEXT NOT NULL,
    PRIMARY KEY (couple_id, line)
);
CREATE TABLE promise_outcomes (
    couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    owner INTEGER NOT NULL,
    made_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (couple_id, owner, made_at)
);
"""

# Home counted the memories due for a quiz on its first frame (then in SQL alone): the schedules' due moments
# read from an index rather than from rows that carry each whole schedule, and the few answers given since
# the rest began found by their moment rather than by reading every answer ever given.
V9 = """
CREATE INDEX schedules_due ON schedules (memory_id, guesser, due);
CREATE INDEX memory_versions_at ON memory_versions (at);
"""

#: MIGRATIONS[n] takes a store from version n to version n + 1.
MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7, V8, V9)
LATEST = len(MIGRATIONS)
