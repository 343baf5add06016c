"""A build never loses data and never runs what it reads: the --out folder, the cache, concurrency."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.graph.cache import PACK_FILE, ParseCache, decode, encode
from policykg.graph.folder import BuildFolder, FolderBusy, FolderRefused, check_out_dir
from policykg.graph.incremental import build_into, check_as_of
from policykg.loaders.models import ParsedFile

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "jiaozuo-gazette-2024-03.txt"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "policykg", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture
def corpus(tmp_path) -> Path:
    src = tmp_path / "corpus"
    src.mkdir()
    (src / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return src


class Planted:
    """Unpickling this writes a file: the proof that a cache entry ran code."""

    def __init__(self, target: str):
        self.target = target

    def __reduce__(self):
        return (Path.write_text, (Path(self.target), "pwned"))


def test_a_malicious_pickle_in_the_cache_runs_nothing_and_the_build_succeeds(tmp_path, corpus):
    out = tmp_path / "out"
    build_into(out, [corpus], as_of="2025-01-01")
    pack = out / PACK_FILE
    assert json.loads(pack.read_text(encoding="utf-8").splitlines()[0])["format"] == "policykg-parse-cache"
    proof = tmp_path / "proof.txt"
    payload = pickle.dumps(Planted(str(proof)))
    pack.write_bytes(payload)
    pack.with_suffix(".pkl").write_bytes(payload)
    again = build_into(out, [corpus], as_of="2025-01-01")
    assert not proof.exists()
    assert again.report.documents == 5 and again.unreadable_cache == 1 and again.reused_files == 0
    third = build_into(out, [corpus], as_of="2025-01-01")  # the bad pack was replaced by a good one
    assert third.unreadable_cache == 0 and third.reused_files == 1


@pytest.mark.parametrize(
    "entry",
    [
        {"path": 1, "digest": 2, "parsed": {"path": 1}},
        {"format": "policykg-parse-cache", "version": 1},
        [1, 2, 3],
        "just a string",
        "{not json",
    ],
)
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(tmp_path, corpus, entry):
    out = tmp_path / "out"
    build_into(out, [corpus], as_of="2025-01-01")
    pack = out / PACK_FILE
    header, line = pack.read_text(encoding="utf-8").splitlines()
    text = entry if entry == "{not json" else json.dumps(entry)
    pack.write_text(f"{header}\n{line[:40]} {text}\n", encoding="utf-8")
    again = build_into(out, [corpus], as_of="2025-01-01")
    assert again.report.documents == 5 and again.unreadable_cache == 1 and again.reused_files == 0


def test_the_cache_keeps_one_entry_per_file_and_the_entries_of_files_not_built_this_time(tmp_path, corpus):
    out = tmp_path / "out"
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(NOTICE_B, encoding="utf-8")
    old_cache = out / ".cache" / "parsed"  # the one-file-per-entry cache of earlier versions
    old_cache.mkdir(parents=True)
    (old_cache / f"{'a' * 40}.json").write_text("{}")
    build_into(out, [corpus, other], as_of="2025-01-01")
    assert not old_cache.exists()
    only = build_into(out, [corpus], as_of="2025-01-01")
    assert only.reused_files == 1
    (other / "b.txt").write_text(NOTICE_B.replace("2024年3月1日", "2024年3月2日"), encoding="utf-8")
    both = build_into(out, [corpus, other], as_of="2025-01-01")
    assert (both.reused_files, both.parsed_files) == (1, 1)  # b.txt changed; the corpus file kept its entry
    lines = (out / PACK_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3  # the header and one entry per file: b.txt's earlier version is gone
    assert build_into(out, [corpus, other], as_of="2025-01-01").reused_files == 2


NOTICE_B = """焦作市人民政府办公室
关于印发焦作市促进消费若干措施的通知
焦政办〔2024〕9号
各县（市）区人民政府：
现将《焦作市促进消费若干措施》印发给你们，请认真贯彻执行。
焦作市人民政府办公室
2024年3月1日
"""


def test_cache_entries_round_trip_real_parsed_files(tmp_path, corpus):
    from policykg.graph.build import parse_file

    pf = parse_file(corpus / SAMPLE.name)
    assert pf.documents and any(d.references for d in pf.documents)
    assert decode(ParsedFile, json.loads(json.dumps(encode(pf)))) == pf
    cache = ParseCache(tmp_path)
    cache.put(str(corpus / SAMPLE.name), "d1", pf)
    assert cache.get(str(corpus / SAMPLE.name), "d1") == pf
    assert cache.get(str(corpus / SAMPLE.name), "other-digest") is None


def test_a_folder_with_a_users_files_is_refused_unless_forced(tmp_path, corpus):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my notes")
    (out / "graph.json").write_text('{"my": "own json"}')
    res = run_cli("build", str(corpus), "--out", str(out), cwd=tmp_path)
    assert res.returncode == 1 and "policykg did not write" in res.stderr and "--force" in res.stderr
    assert (out / "graph.json").read_text() == '{"my": "own json"}'
    forced = run_cli("build", str(corpus), "--out", str(out), "--force", "--no-site", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert (out / "notes.txt").read_text() == "my notes"


@pytest.mark.parametrize("where", ["/", "~"])
def test_root_and_home_are_refused(where):
    with pytest.raises(FolderRefused, match="will not build into"):
        check_out_dir(where)


def test_a_policykg_build_folder_is_built_again(tmp_path, corpus):
    out = tmp_path / "out"
    assert run_cli("build", str(corpus), "--out", str(out), cwd=tmp_path).returncode == 0
    again = run_cli("build", str(corpus), "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "graph.json" in json.loads((out / ".policykg-build.json").read_text())["files"]


def test_a_second_writer_is_refused_while_the_first_holds_the_folder(tmp_path, corpus):
    out = tmp_path / "out"
    with BuildFolder(out):
        with pytest.raises(FolderBusy, match="another policykg build"):
            with BuildFolder(out):
                pass
    with BuildFolder(out):  # released
        pass


def test_concurrent_builds_never_leave_broken_json(tmp_path, corpus):
    out = tmp_path / "out"
    for _ in range(4):
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "policykg", "build", str(corpus), "--out", str(out), "--no-site", "-q"],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            for _ in range(3)
        ]
        results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
        assert any(rc == 0 for rc, _ in results)
        for rc, err in results:
            assert rc == 0 or "another policykg build" in err, err
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        assert len([n for n in data["nodes"] if n["properties"].get("in_corpus")]) == 5
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    with pytest.raises(InputError, match="nothing was written"):
        build_into(out, [tmp_path / "empty.txt"])
    assert not (out / "graph.json").exists()


@pytest.mark.parametrize("bad", ["not-a-date", "2024-13-01", "2024-02-30", "yesterday"])
def test_as_of_must_be_a_date(bad):
    with pytest.raises(InputError, match="not a date"):
        check_as_of(bad)


def test_bad_as_of_is_one_line_and_writes_nothing(tmp_path, corpus):
    res = run_cli("build", str(corpus), "--out", "o", "--as-of", "not-a-date", cwd=tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert [line for line in res.stderr.splitlines() if line.strip()] == [
        "Error: --as-of not-a-date: not a date (YYYY-MM-DD)"
    ]
    assert not (tmp_path / "o" / "graph.json").exists()


def test_out_under_a_file_is_one_clear_line(tmp_path, corpus):
    (tmp_path / "afile").write_text("x")
    res = run_cli("build", str(corpus), "--out", "afile/out", cwd=tmp_path)
    assert res.returncode != 0 and "Traceback" not in res.stderr + res.stdout
    assert "afile" in res.stderr
