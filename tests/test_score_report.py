"""The scorer's JSON report: what it writes reads back as the same data, with one scored item on a line."""

import json

from factories import score_gold_script


def test_report_text_reads_back_and_keeps_one_item_a_line() -> None:
    summary = {
        "corpora": {"unseen": {"files": 2, "documents": [1.0, 0.5, 0.6666666666666666], "n_pairs": 3}},
        "files": {
            "甲.txt": {
                "title": 1.0,
                "_extra_docs": [],
                "_items": [
                    {"kind": "document", "line": 2, "what": "甲市关于某事的通知", "status": "ok"},
                    {"kind": "pair", "line": 5, "what": "某条例 BASED_ON", "status": "missed"},
                ],
            }
        },
    }
    text = score_gold_script().report_text(summary)
    assert json.loads(text) == summary
    lines = text.splitlines()
    assert ' "corpora": {' in lines
    assert '   "documents": [1.0, 0.5, 0.6666666666666666],' in lines
    assert '    {"kind": "pair", "line": 5, "what": "某条例 BASED_ON", "status": "missed"}' in lines
    assert '   "_extra_docs": [],' in lines
