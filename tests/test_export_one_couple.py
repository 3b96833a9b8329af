"""The game's "Export a copy…" is made from one couple's Settings, so it holds that couple alone: their JSON and
their Our book, their left-out counts, and words that say so (tester's finding: it wrote every couple on the
laptop). The command line's `export` stays every couple, as the README's table says."""

from __future__ import annotations

import io
import json

import pytest

from game import cli
from game.storage.kindred_files import kindreds_exports
from tests.test_export_left_out import answer_four
from tests.test_export_locked import play
from tests.ui.tour import start


def test_export_from_one_couples_settings_holds_that_couple_alone_and_says_so(data_root, now, tmp_path):
    p = start(data_root, now)  # Zoë & Łukasz
    try:
        answer_four(p.services)
        other = p.services.create_couple([("Amara", "#aa7755", "she"), ("Kwame", "#5577aa", "he")])
        play(p.store, other.id, "AMARA-SECRET", now)
        theirs = sorted(p.store.memories.all(other.id))
        p.services.set_private(other, theirs[0], True)  # counted in their own export, never in this one
        p.click("Settings")
        p.click("Export a copy…")
        detail = p.scene.detail
        assert detail.startswith("Zoë & Łukasz only: a JSON file and “Our book”")
        assert "Other couples on this computer stay out too." in detail
        p.screenshot(tmp_path / "export-dialog.png")
        p.click("Export")
        said = p.scene.detail
        assert said.startswith("Saved a copy of Zoë & Łukasz: ")
        assert "1 answer marked just between us was left out." in said  # theirs only: Amara & Kwame's is not counted
        p.screenshot(tmp_path / "exported.png")
        written = sorted((data_root / "exports").iterdir())
        assert sorted(path.suffix for path in written) == [".html", ".json"]
        for path in written:
            text = path.read_text(encoding="utf-8")
            assert "Amara" not in text and "Kwame" not in text and "AMARA-SECRET" not in text, path.name
            assert "Zoë" in text
        data = json.loads(next(path for path in written if path.suffix == ".json").read_text(encoding="utf-8"))
        assert [[player["name"] for player in couple["players"]] for couple in data["couples"]] == [["Zoë", "Łukasz"]]
    finally:
        p.close()


def test_the_command_line_export_is_every_couple_and_says_how_many(data_root, now, tmp_path):
    p = start(data_root, now)
    try:
        answer_four(p.services)
        other = p.services.create_couple([("Amara", "#aa7755", "she"), ("Kwame", "#5577aa", "he")])
        play(p.store, other.id, "AMARA-SECRET", now)
    finally:
        p.close()
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(tmp_path / "all.json"), now, out, err) == 0, err.getvalue()
    assert out.getvalue().startswith("Exported a copy: 2 couples and ")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [couple["players"][0]["name"] for couple in data["couples"]] == ["Zoë", "Amara"]


def test_a_second_export_in_the_same_minute_never_writes_over_the_first(data_root, now):
    """Both exports are made at the same moment (the clock stands still): the second takes names ending "-2", the
    first keeps every byte it had, and both are known as Kindred's (erase counts and takes them)."""
    p = start(data_root, now)
    try:
        kept, *_ = answer_four(p.services)
        p.click("Settings")
        p.click("Export a copy…")
        p.click("Export")
        p.click("Done")
        first = {path.name: path.read_bytes() for path in (data_root / "exports").iterdir()}
        assert sorted(first) == ["kindred-2026-11-25-1930.json", "our-book-2026-11-25-1930.html"]
        p.services.set_private(p.services.couples()[0], kept, True)  # the second copy differs from the first
        p.click("Export a copy…")
        p.click("Export")
        assert "kindred-2026-11-25-1930-2.json and our-book-2026-11-25-1930-2.html" in p.scene.detail
        now_there = {path.name: path.read_bytes() for path in (data_root / "exports").iterdir()}
        assert sorted(now_there) == [
            "kindred-2026-11-25-1930-2.json",
            "kindred-2026-11-25-1930.json",
            "our-book-2026-11-25-1930-2.html",
            "our-book-2026-11-25-1930.html",
        ]
        assert all(now_there[name] == first[name] for name in first)
        assert now_there["kindred-2026-11-25-1930-2.json"] != first["kindred-2026-11-25-1930.json"]
        assert len(kindreds_exports(data_root)) == 4
    finally:
        p.close()


def test_the_games_export_carries_none_of_the_laptops_settings_and_the_command_lines_says_it_keeps_them(
    data_root, now, tmp_path, capsys
):
    """Text size, window size and who played last are the laptop's, not the couple's: their copy leaves them out,
    and keeps the depth and "Offer spicy cards" they chose. The whole-laptop export keeps them, as its help says."""
    from game import app
    from game.core.settings import LAPTOP_SETTINGS

    p = start(data_root, now)  # Zoë & Łukasz
    try:
        other = p.services.create_couple([("Amara", "#aa7755", "she"), ("Kwame", "#5577aa", "he")])
        for key, value in (("text_size", "larger"), ("window_width", 1600), ("window_height", 900), ("spicy", True)):
            p.services.save_setting(key, value)
        p.services.save_setting("last_couple", other.id)  # Amara & Kwame played here last
        p.click("Settings")
        p.click("Export a copy…")
        p.click("Export")
        written = next(path for path in (data_root / "exports").iterdir() if path.suffix == ".json")
        data = json.loads(written.read_text(encoding="utf-8"))
        assert data["settings"] == {"spicy": True}
        assert not set(data["couples"][0]["settings"]) & set(LAPTOP_SETTINGS)
    finally:
        p.close()
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(tmp_path / "all.json"), now, out, err) == 0, err.getvalue()
    whole = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert whole["settings"]["text_size"] == "larger" and whole["settings"]["last_couple"] == other.id
    with pytest.raises(SystemExit):
        app.parse_args(["export", "--help"])
    assert "this computer's own settings (text size, window size, who played last)" in " ".join(capsys.readouterr().out.split())
