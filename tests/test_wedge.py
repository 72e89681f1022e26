"""USB keyboard-wedge scanners: bursts told apart from typing, layout mix-ups repaired."""

from __future__ import annotations

from checkin.scanning.wedge import BurstKind, WedgeReader, candidates, repair


def type_text(reader: WedgeReader, text: str, start: float, gap: float) -> list:
    bursts = []
    for index, char in enumerate(text):
        bursts.extend(reader.key(char, start + index * gap))
    return bursts


def test_scanner_burst_with_enter_is_a_scan() -> None:
    reader = WedgeReader()
    bursts = type_text(reader, "CK-ABCDEFGH-IJKLMN\r", 10.0, 0.004)
    assert len(bursts) == 1
    assert bursts[0].kind is BurstKind.SCAN
    assert bursts[0].text == "CK-ABCDEFGH-IJKLMN"
    assert bursts[0].ended_by_enter


def test_human_typing_a_name_is_typing() -> None:
    reader = WedgeReader()
    bursts = type_text(reader, "Łukasz\r", 10.0, 0.15)
    assert [(b.kind, b.text) for b in bursts] == [(BurstKind.TYPING, "Łukasz")]


def test_fast_typist_with_one_rollover_is_still_typing() -> None:
    reader = WedgeReader()
    times = [0.0, 0.09, 0.11, 0.2, 0.28, 0.36]
    for char, at in zip("Søren", times, strict=False):
        reader.key(char, at)
    assert reader.poll(1.0) == []  # typing waits for Enter, however long the pause
    bursts = reader.key("\r", 1.2)
    assert [(b.kind, b.text) for b in bursts] == [(BurstKind.TYPING, "Søren")]


def test_burst_without_enter_ends_by_timing() -> None:
    reader = WedgeReader()
    assert type_text(reader, "123456789012", 5.0, 0.003) == []
    assert reader.pending == "123456789012"
    assert reader.poll(5.04) == []  # still inside the burst
    assert not reader.ending(5.04) and reader.ending(5.5)  # a look that ends nothing
    assert reader.pending == "123456789012"
    bursts = reader.poll(5.5)
    assert [(b.kind, b.text, b.ended_by_enter) for b in bursts] == [
        (BurstKind.SCAN, "123456789012", False)
    ]
    assert reader.pending == ""


def test_next_key_after_a_gap_closes_the_previous_burst() -> None:
    reader = WedgeReader()
    type_text(reader, "ABCD-12", 1.0, 0.002)
    bursts = reader.key("Z", 3.0)  # no timer ran in between
    assert [b.text for b in bursts] == ["ABCD-12"]
    assert reader.pending == "Z"


def test_short_bursts_and_modifiers_are_not_scans() -> None:
    reader = WedgeReader()
    reader.key("", 0.0)  # Shift
    bursts = type_text(reader, "ab\n", 0.0, 0.001)
    assert bursts[0].kind is BurstKind.TYPING
    assert reader.key("\r", 1.0) == []  # Enter on an empty field


def test_uk_layout_mixup_is_repaired() -> None:
    known = {"order@example.org#7"}
    typed = 'order"example.org£7'  # what a US-configured scanner types on a UK keyboard
    assert repair(typed, known.__contains__) == "order@example.org#7"


def test_german_layout_mixup_is_repaired() -> None:
    known = {"CK-ZYABCDEF-XYZ234"}
    typed = "CK-YZABCDEF-XZY234".replace("-", "ß")  # minus arrives as ß on a German keyboard
    assert repair(typed, known.__contains__) == "CK-ZYABCDEF-XYZ234"


def test_caps_lock_and_plain_codes() -> None:
    assert repair("ABCD-1", {"ABCD-1"}.__contains__) == "ABCD-1"
    assert repair("abcdefgh", {"ABCDEFGH"}.__contains__) == "ABCDEFGH"
    assert repair("nothing", set().__contains__) is None


def test_candidates_start_with_the_code_as_typed() -> None:
    found = candidates(" zebra ")
    assert found[0] == "zebra"
    assert "yebra" in found
    assert len(found) == len(set(found))


def test_scan_after_typing_comes_back_separately() -> None:
    reader = WedgeReader()
    type_text(reader, "Zo", 0.0, 0.2)
    type_text(reader, "ABCD-1234", 2.0, 0.003)
    bursts = reader.poll(3.0)
    assert [(b.kind, b.text) for b in bursts] == [
        (BurstKind.TYPING, "Zo"),
        (BurstKind.SCAN, "ABCD-1234"),
    ]
