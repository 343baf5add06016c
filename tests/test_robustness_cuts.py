"""Every labelled public text, cut at random places (a scraper's excerpt ends anywhere), parses without an
exception: what the parser cannot read it reports.  Seeded, so a failure names a text and a cut to replay."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from policykg.loaders.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "fixtures" / "unseen" / "texts").iterdir())


def _cuts(text: str, seed: int) -> list[str]:
    """Windows of lines (the first ones too: a page cut after its title), and the first lines each cut at a
    random character."""
    rnd = random.Random(seed)
    lines = text.splitlines()
    cuts = ["\n".join(lines[:n]) for n in (1, 3, 6)]
    for _ in range(3):
        k = rnd.randrange(max(1, len(lines)))
        cuts.append("\n".join(lines[k : k + rnd.randint(1, 30)]))
        cuts.append("\n".join(line[: rnd.randint(0, len(line))] for line in lines[:60]))
    return cuts


@pytest.mark.parametrize("chunk", range(4))
def test_every_unseen_text_cut_at_random_parses(chunk):
    failures = []
    for i, path in enumerate(TEXTS[chunk::4]):
        text = path.read_text(encoding="utf-8", errors="replace")
        for n, cut in enumerate(_cuts(text, seed=i)):
            try:
                parse_text(cut, path.name)
            except Exception as exc:  # noqa: BLE001 - the test reports any exception with the text and cut
                failures.append(f"{path.name} cut {n} (seed {i}): {type(exc).__name__}: {exc}")
    assert not failures, failures[:5]
