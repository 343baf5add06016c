"""A division's bodies are built when a text first names its place: what a name resolves to must not
depend on which texts were read before it (one process reads many files, in any order)."""

from __future__ import annotations

from policykg.ontology.agencies.registry import AgencyRegistry


def test_a_bare_county_office_stays_unresolved_after_a_county_named_he_is_built():
    """和县 (a county whose name opens with 和) once built, 县人民政府办公室 — a body named by its level alone —
    resolved to 和县人民政府办公室: the loose key dropped the place's 和 as if it were a conjunction."""
    reg = AgencyRegistry.load()
    before = reg.resolve("县人民政府办公室")
    assert reg.resolve("永和县人民政府") is not None  # builds the counties the name holds: 永和县, and 和县 inside it
    assert reg.resolve("和县人民政府办公室") is not None
    assert (before, reg.resolve("县人民政府办公室"), reg.resolve("中共县委")) == (None, None, None)


def test_the_conjunction_he_is_still_loose():
    reg = AgencyRegistry.load()
    assert reg.resolve("人力资源社会保障部").name == reg.resolve("人力资源和社会保障部").name
