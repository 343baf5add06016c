"""Write a synthetic corpus of Chinese policy publications for the benchmarks.

The documents follow the genre of the sample corpus: gazette-style publications holding many
documents back to back, each with a title (often broken over two lines), a doc number
(国发/国办发 → 豫政/豫政办 → 郑政/郑政办 → district), an addressee line, a body and a
signature.  Some are transmitting notices (关于印发《X》的通知) followed by the text X they
transmit.  Lower-level documents rest on higher ones (根据《…》（…号）/ 为贯彻落实《…》精神),
newer documents repeal older ones of the same issuer (《…》（…号）同时废止), some are issued
jointly, and bodies grant support to beneficiary groups (高校毕业生, 小微企业 …).

Everything is drawn from one seeded ``random.Random``: the same seed and size give the same
bytes.  Next to the publications the generator writes ``manifest.json`` with what it planted
(documents per level, references per role) so the harness can compare the parse with it.

    python3 bench/generate.py --docs 100000 --out bench/data/synthetic-100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DOCS = 100_000
DEFAULT_PER_FILE = 100
DEFAULT_SEED = 20241124
FIRST_DAY = dt.date(2010, 1, 4)
LAST_DAY = dt.date(2024, 12, 31)

# ----------------------------------------------------------------------------- issuers


@dataclass(frozen=True)
class Issuer:
    name: str  # as printed in titles and signatures
    level: str  # national | provincial | municipal | district
    prefix: str  # doc-number prefix
    place: str  # 郑州市, 河南省, 全国 … (used in titles of transmitted texts)
    addressee: str
    scope: str = ""  # the parent place for districts (郑州市)


NATIONAL_ADDRESSEE = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
MINISTRY_ADDRESSEE = "各省、自治区、直辖市及新疆生产建设兵团有关厅（局）："
PROVINCIAL_ADDRESSEE = "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门："
DEPT_PROVINCIAL_ADDRESSEE = "各省辖市、济源示范区有关部门，各有关单位："
MUNICIPAL_ADDRESSEE = "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："
DISTRICT_ADDRESSEE = "各乡（镇）人民政府、街道办事处，区直各部门，各有关单位："

NATIONAL = [
    Issuer("国务院", "national", "国发", "全国", NATIONAL_ADDRESSEE),
    Issuer("国务院办公厅", "national", "国办发", "全国", NATIONAL_ADDRESSEE),
    Issuer("人力资源社会保障部", "national", "人社部发", "全国", MINISTRY_ADDRESSEE),
    Issuer("财政部", "national", "财社", "全国", MINISTRY_ADDRESSEE),
    Issuer("教育部", "national", "教职成", "全国", MINISTRY_ADDRESSEE),
    Issuer("工业和信息化部", "national", "工信部企业", "全国", MINISTRY_ADDRESSEE),
    Issuer("国家发展改革委", "national", "发改就业", "全国", MINISTRY_ADDRESSEE),
]
PROVINCIAL = [
    Issuer("河南省人民政府", "provincial", "豫政", "河南省", PROVINCIAL_ADDRESSEE),
    Issuer("河南省人民政府办公厅", "provincial", "豫政办", "河南省", PROVINCIAL_ADDRESSEE),
    Issuer("河南省人力资源和社会保障厅", "provincial", "豫人社", "河南省", DEPT_PROVINCIAL_ADDRESSEE),
    Issuer("河南省财政厅", "provincial", "豫财", "河南省", DEPT_PROVINCIAL_ADDRESSEE),
    Issuer("河南省教育厅", "provincial", "豫教", "河南省", DEPT_PROVINCIAL_ADDRESSEE),
    Issuer("河南省工业和信息化厅", "provincial", "豫工信", "河南省", DEPT_PROVINCIAL_ADDRESSEE),
]
# (city, doc-number short, general office name)
CITIES = [
    ("郑州市", "郑", "办公厅"),
    ("开封市", "汴", "办公室"),
    ("洛阳市", "洛", "办公室"),
    ("平顶山市", "平", "办公室"),
    ("焦作市", "焦", "办公室"),
    ("新乡市", "新", "办公室"),
    ("许昌市", "许", "办公室"),
    ("南阳市", "宛", "办公室"),
    ("安阳市", "安", "办公室"),
    ("信阳市", "信", "办公室"),
]
DISTRICTS = {
    "郑州市": ["中原区", "二七区", "金水区", "惠济区", "中牟县", "巩义市", "荥阳市", "新郑市"],
    "开封市": ["龙亭区", "鼓楼区", "禹王台区", "祥符区", "杞县", "兰考县"],
    "平顶山市": ["卫东区", "湛河区", "宝丰县", "叶县", "鲁山县", "汝州市"],
    "焦作市": ["解放区", "山阳区", "修武县", "博爱县", "武陟县", "沁阳市"],
}


def _district_prefixes() -> dict[str, str]:
    """A doc-number prefix per district (金水区 → 金水政), unique across the corpus."""
    out: dict[str, str] = {}
    for _city, names in DISTRICTS.items():
        for name in names:
            out[name] = name[:2] + "政"
    return out


def build_issuers() -> dict[str, list[Issuer]]:
    municipal: list[Issuer] = []
    for city, short, office in CITIES:
        municipal += [
            Issuer(f"{city}人民政府", "municipal", f"{short}政", city, MUNICIPAL_ADDRESSEE),
            Issuer(f"{city}人民政府{office}", "municipal", f"{short}政办", city, MUNICIPAL_ADDRESSEE),
            Issuer(f"{city}人力资源和社会保障局", "municipal", f"{short}人社", city, MUNICIPAL_ADDRESSEE),
            Issuer(f"{city}财政局", "municipal", f"{short}财", city, MUNICIPAL_ADDRESSEE),
        ]
    district: list[Issuer] = []
    prefixes = _district_prefixes()
    for city, names in DISTRICTS.items():
        for name in names:
            gov = "人民政府"
            district += [
                Issuer(f"{city}{name}{gov}", "district", prefixes[name], name, DISTRICT_ADDRESSEE, scope=city),
                Issuer(
                    f"{city}{name}{gov}办公室", "district", prefixes[name] + "办", name, DISTRICT_ADDRESSEE, scope=city
                ),
            ]
    return {"national": NATIONAL, "provincial": PROVINCIAL, "municipal": municipal, "district": district}


LEVELS = ("national", "provincial", "municipal", "district")
LEVEL_WEIGHTS = (0.06, 0.16, 0.38, 0.40)
HIGHER = {"provincial": "national", "municipal": "provincial", "district": "municipal"}

# Joint issuing partners at each level (the first issuer of a joint document is drawn as usual).
JOINT_PARTNERS = {
    "national": ["财政部", "人力资源社会保障部", "教育部", "国家发展改革委", "工业和信息化部"],
    "provincial": ["河南省财政厅", "河南省人力资源和社会保障厅", "河南省教育厅", "河南省工业和信息化厅"],
}

# ----------------------------------------------------------------------------- vocabulary

ADVERBS = ["", "进一步", "加快", "全面", "切实", "持续", "积极", "大力", "深入"]
# (subject of a policy, the beneficiary groups its body grants support to)
SUBJECTS = [
    ("做好高校毕业生就业创业工作", ["高校毕业生", "离校未就业高校毕业生", "小微企业"]),
    ("支持小微企业健康发展", ["小微企业", "个体工商户", "中小企业"]),
    ("稳定和扩大就业", ["农民工", "就业困难人员", "高校毕业生", "退役军人"]),
    ("促进农民工返乡入乡创业", ["农民工", "返乡入乡创业人员", "创业者"]),
    ("加强职业技能培训", ["农村劳动力", "失业人员", "技能人才"]),
    ("推动科技型中小企业创新发展", ["科技型中小企业", "高新技术企业", "科技人才"]),
    ("优化营商环境", ["市场主体", "民营企业", "个体工商户"]),
    ("做好退役军人就业安置工作", ["退役军人", "军人军属"]),
    ("加强就业困难人员就业援助", ["就业困难人员", "零就业家庭", "残疾人"]),
    ("巩固拓展脱贫攻坚成果", ["脱贫人口", "防止返贫监测对象", "农村低收入人口"]),
    ("促进民营经济发展壮大", ["民营企业", "中小企业", "专精特新企业"]),
    ("支持灵活就业和新就业形态", ["灵活就业人员", "新就业形态劳动者"]),
    ("加快发展养老服务业", ["老年人", "社会组织"]),
    ("引进和培育高层次人才", ["高层次人才", "留学回国人员", "人才"]),
    ("减轻企业负担", ["企业", "小规模纳税人", "困难企业"]),
    ("推进创业孵化载体建设", ["创业孵化载体", "创业者", "大学生"]),
    ("加强公共就业服务", ["失业人员", "劳动者", "用人单位"]),
    ("促进外贸稳规模优结构", ["外贸企业", "制造业企业"]),
    ("支持个体工商户纾困发展", ["个体工商户", "小微企业"]),
    ("做好青年就业见习工作", ["青年", "就业见习人员", "高校毕业生"]),
]
AREAS = ["", "新时代", "“十四五”时期", "当前和今后一个时期", "新形势下", "县域"]
DOC_TYPES_DIRECT = ["实施意见", "通知", "意见", "若干措施", "实施方案", "指导意见", "工作方案"]
DOC_TYPES_TRANSMITTED = ["实施方案", "若干措施", "管理办法", "行动计划", "工作方案", "实施细则", "暂行办法"]
QUALIFIERS = ["（试行）", "（暂行）", "（修订）"]

# Support sentences: {g} is a beneficiary group; each holds a grant trigger word.
GRANT_SENTENCES = [
    "对招用{g}并签订1年以上劳动合同的，按每人1000元标准给予一次性吸纳就业补贴。",
    "{g}按规定享受职业培训补贴和职业技能鉴定补贴。",
    "对符合条件的{g}，给予最高20万元的创业担保贷款，并按规定贴息。",
    "支持{g}参加就业见习，见习期间给予每人每月1500元的见习补贴。",
    "对{g}减半征收相关行政事业性收费，降低制度性交易成本。",
    "各地要将{g}纳入公共就业服务范围，免费提供政策咨询、职业指导和岗位推荐。",
    "鼓励金融机构加大对{g}的信贷支持，优先安排授信额度。",
]
FILLER = [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整准确全面贯彻新发展理念。",
    "各级各部门要提高政治站位，强化责任担当，把各项政策措施落到实处。",
    "建立健全工作协调机制，加强部门协同和上下联动，形成工作合力。",
    "加强政策宣传解读，及时回应社会关切，营造良好社会氛围。",
    "完善统计监测制度，定期调度工作进展情况，确保各项目标任务按期完成。",
    "强化资金保障，统筹用好各类资金，提高资金使用效益。",
    "优化经办流程，推行网上办理、免申即享，提升服务便利化水平。",
    "加强督促检查，对工作推进不力的地方和单位予以通报。",
    "各地要结合实际制定具体实施办法，细化工作措施，明确责任分工和完成时限。",
    "充分发挥市场主体作用，激发全社会创新创业活力。",
    "加强数据共享和信息比对，提高政策落实的精准性。",
    "健全常态化帮扶机制，做到应帮尽帮、应享尽享。",
]
SECTION_HEADS = ["一、总体要求", "二、主要任务", "三、政策措施", "四、保障措施"]
LAWS = [
    "中华人民共和国就业促进法",
    "中华人民共和国中小企业促进法",
    "中华人民共和国职业教育法",
    "中华人民共和国社会保险法",
    "优化营商环境条例",
    "保障中小企业款项支付条例",
]
CN_NUMS = "一二三四五六七八九十"


# ----------------------------------------------------------------------------- documents


@dataclass
class Doc:
    """One generated document (a transmitting notice, the text it transmits, or a direct one)."""

    index: int
    issuers: tuple[Issuer, ...]
    title: str
    number: str | None
    date: dt.date
    level: str
    subject: int
    based_on: list = field(default_factory=list)  # Docs or ("title", "number") outside the corpus
    implements: list = field(default_factory=list)
    supersedes: list = field(default_factory=list)
    transmits: Doc | None = None


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cite(ref) -> str:
    """《title》（number） of a generated Doc or an outside (title, number) pair."""
    title, number = (ref.title, ref.number) if isinstance(ref, Doc) else ref
    return f"《{title}》（{number}）" if number else f"《{title}》"


class Generator:
    def __init__(self, seed: int = DEFAULT_SEED):
        self.rng = random.Random(seed)
        self.issuers = build_issuers()
        self.serials: Counter = Counter()
        self.titles: set[str] = set()
        self.by_level: dict[str, list[Doc]] = {lv: [] for lv in LEVELS}
        self.by_city: dict[str, list[Doc]] = {}
        self.latest: dict[tuple[str, int], Doc] = {}  # (issuer prefix, subject) -> latest doc
        self.planted: Counter = Counter()

    # -- pieces
    def number(self, issuer: Issuer, year: int) -> str:
        self.serials[(issuer.prefix, year)] += 1
        return f"{issuer.prefix}〔{year}〕{self.serials[(issuer.prefix, year)]}号"

    def unique(self, title: str) -> str:
        """The title, with a qualifier or a year range when an identical one already exists."""
        if title not in self.titles:
            self.titles.add(title)
            return title
        for q in QUALIFIERS:
            if title + q not in self.titles:
                self.titles.add(title + q)
                return title + q
        n = 2
        while f"{title}（第{n}版）" in self.titles:
            n += 1
        self.titles.add(f"{title}（第{n}版）")
        return f"{title}（第{n}版）"

    def pick_parent(self, level: str, scope: str = "") -> Doc | None:
        """A recent document of the level above (a district's: of its own city when there is one)."""
        pool = self.by_level.get(HIGHER.get(level, ""), [])
        if scope and self.by_city.get(scope):
            pool = self.by_city[scope]
        if not pool:
            return None
        # mostly recent ones: rest on the newest policies of the level above
        k = min(len(pool), 400)
        return pool[-1 - int(self.rng.random() ** 2 * k)]

    def outside(self) -> tuple[str, str]:
        """A national document that is not in the corpus (a cited-only node)."""
        r = self.rng
        year = r.randint(2000, 2009)
        subj = SUBJECTS[r.randrange(len(SUBJECTS))][0]
        return f"国务院关于{subj}的意见", f"国发〔{year}〕{r.randint(60, 99)}号"

    # -- one document
    def make(self, index: int, date: dt.date) -> list[Doc]:
        r = self.rng
        level = r.choices(LEVELS, LEVEL_WEIGHTS)[0]
        issuer = r.choice(self.issuers[level])
        issuers = [issuer]
        if level in JOINT_PARTNERS and r.random() < 0.2:
            partners = [p for p in self.issuers[level] if p.name in JOINT_PARTNERS[level] and p is not issuer]
            issuers += r.sample(partners, r.randint(1, min(2, len(partners))))
        subject = r.randrange(len(SUBJECTS))
        transmitting = r.random() < 0.35
        head = "".join(i.name if k == 0 else " " + i.name for k, i in enumerate(issuers))
        about = f"{r.choice(AREAS) if r.random() < 0.3 else ''}{r.choice(ADVERBS)}{SUBJECTS[subject][0]}"
        number = self.number(issuer, date.year)
        based: list = []
        implements: list = []
        parent = self.pick_parent(level, issuer.scope)
        if parent is not None:
            (implements if r.random() < 0.4 else based).append(parent)
            if r.random() < 0.2:
                other = self.pick_parent(level, issuer.scope)
                if other is not None and other is not parent:
                    based.append(other)
        elif r.random() < 0.5:
            based.append(self.outside())
        if r.random() < 0.15:
            based.append((r.choice(LAWS), None))
        supersedes = []
        prev = self.latest.get((issuer.prefix, subject))
        if prev is not None and r.random() < 0.3:
            supersedes.append(prev)
        if transmitting:
            place = issuer.place if issuer.place != "全国" else ""
            kind = r.choice(DOC_TYPES_TRANSMITTED)
            what = about.replace("做好", "")
            if what.endswith("工作") and kind.startswith("工作"):
                what = what[:-2]
            inner = self.unique(f"{place}{what}{kind}")
            notice = Doc(index, tuple(issuers), f"{head}关于印发{inner}的通知", number, date, level, subject)
            text = Doc(index, tuple(issuers), inner, None, date, level, subject, based, implements, supersedes)
            notice.transmits = text
            docs = [notice, text]
            self.latest[(issuer.prefix, subject)] = notice
        else:
            kind = r.choice(DOC_TYPES_DIRECT)
            what = about[:-2] if about.endswith("工作") and kind.startswith("工作") else about
            title = self.unique(f"{head}关于{what}的{kind}")
            d = Doc(index, tuple(issuers), title, number, date, level, subject, based, implements, supersedes)
            docs = [d]
            self.latest[(issuer.prefix, subject)] = d
        self.by_level[level].append(docs[0])
        if level == "municipal":
            self.by_city.setdefault(issuer.place, []).append(docs[0])
        return docs

    # -- text
    def body(self, d: Doc, *, articles: bool) -> list[str]:
        r = self.rng
        paras: list[str] = []
        opening = []
        for ref in d.based_on:
            opening.append(f"根据{cite(ref)}")
            self.planted["BASED_ON"] += 1
        for ref in d.implements:
            opening.append(f"为贯彻落实{cite(ref)}精神")
            self.planted["IMPLEMENTS"] += 1
        kind = "本方案" if articles else "本通知"
        if opening:
            paras.append(
                "，".join(opening)
                + f"，结合{d.issuers[0].place if d.issuers[0].place != '全国' else '工作'}实际，制定{kind}。"
            )
        else:
            paras.append(f"为{SUBJECTS[d.subject][0]}，经研究，现就有关事项通知如下。")
        groups = SUBJECTS[d.subject][1]
        n_sections = r.randint(2, 4)
        for s in range(n_sections):
            paras.append(
                SECTION_HEADS[s]
                if articles
                else f"{CN_NUMS[s]}、{r.choice(['明确目标', '落实政策', '强化服务', '加强保障'])}"
            )
            for _ in range(r.randint(1, 3)):
                sents = r.sample(FILLER, 3)
                if r.random() < 0.6:
                    sents.insert(1, r.choice(GRANT_SENTENCES).format(g=r.choice(groups)))
                paras.append("".join(sents))
        closing = f"{kind}自{'印发之日' if r.random() < 0.6 else cn_date(d.date + dt.timedelta(days=r.randint(10, 60)))}起施行"
        if r.random() < 0.4:
            closing += f"，有效期至{d.date.year + r.randint(2, 5)}年12月31日"
        if d.supersedes:
            closing += "。" + "、".join(cite(x) for x in d.supersedes) + "同时废止。"
            self.planted["SUPERSEDES"] += len(d.supersedes)
        else:
            closing += "。"
        paras.append(closing)
        return paras

    def title_lines(self, title: str, issuers: tuple[Issuer, ...]) -> list[str]:
        """A title as printed: one line, issuer and subject on two lines, or wrapped at a width."""
        r = self.rng.random()
        at = title.find("关于")
        if r < 0.3 and at > 0:
            return [title[:at], title[at:]]
        if r < 0.5 and len(title) > 30:
            cut = self.rng.randint(18, min(28, len(title) - 6))
            return [title[:cut], title[cut:]]
        return [title]

    def render(self, docs: list[Doc]) -> str:
        r = self.rng
        d = docs[0]
        issuer_names = [i.name for i in d.issuers]
        lines: list[str] = []
        layout = r.random()
        if layout < 0.2 and len(d.issuers) == 1:  # 文头, number, then the title below
            lines += [f"{d.issuers[0].name}文件", d.number, *self.title_lines(d.title, d.issuers)]
            signature = True
        elif layout < 0.6:  # title, then "number date" on one line
            lines += [*self.title_lines(d.title, d.issuers), f"{d.number} {cn_date(d.date)}"]
            signature = False
        else:  # title, number alone, signature and date at the end
            lines += [*self.title_lines(d.title, d.issuers), d.number]
            signature = True
        lines.append(d.issuers[0].addressee)
        if d.transmits is not None:
            t = d.transmits
            lines.append(f"现将《{t.title}》印发给你们，请结合实际，认真贯彻执行。")
            self.planted["TRANSMITS"] += 1
            lines += [*issuer_names, cn_date(d.date)]
            lines += self.title_lines(t.title, t.issuers)
            lines += self.body(t, articles=True)
        else:
            lines += self.body(d, articles=False)
            if signature:
                lines += [*issuer_names, cn_date(d.date)]
        return "\n\n".join(lines) + "\n\n"


def generate(
    out: Path,
    n_docs: int = DEFAULT_DOCS,
    *,
    per_file: int = DEFAULT_PER_FILE,
    seed: int = DEFAULT_SEED,
    quiet: bool = False,
) -> dict:
    """Write ``n_docs`` documents into ``out`` (``per_file`` per publication) and return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("synthetic-*.txt"):
        old.unlink()
    g = Generator(seed)
    span = (LAST_DAY - FIRST_DAY).days
    written = 0
    levels: Counter = Counter()
    files = 0
    nbytes = 0
    buf: list[str] = []
    in_file = 0
    index = 0

    def flush() -> None:
        nonlocal buf, in_file, files, nbytes
        if not buf:
            return
        files += 1
        year = buf_year[0]
        head = f"政策文件选编\n\n{year}年第{files}期\n\n"
        data = (head + "".join(buf)).encode("utf-8")
        (out / f"synthetic-{files:05d}.txt").write_bytes(data)
        nbytes += len(data)
        buf, in_file = [], 0

    buf_year = [FIRST_DAY.year]
    while written < n_docs:
        date = FIRST_DAY + dt.timedelta(days=span * written // n_docs)
        docs = g.make(index, date)
        index += 1
        if not buf:
            buf_year[0] = date.year
        buf.append(g.render(docs))
        written += len(docs)
        in_file += len(docs)
        for d in docs:
            levels[d.level] += 1
        if in_file >= per_file:
            flush()
        if not quiet and index % 10000 == 0:
            print(f"  {written} documents …", file=sys.stderr)
    flush()
    manifest = {
        "seed": seed,
        "documents": written,
        "files": files,
        "bytes": nbytes,
        "per_file": per_file,
        "levels": dict(sorted(levels.items())),
        "planted_references": dict(sorted(g.planted.items())),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "out",
        nargs="?",
        default=str(Path(__file__).parent / "data" / "synthetic"),
        help="folder to write into (default bench/data/synthetic)",
    )
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="number of documents (default 100000)")
    ap.add_argument("--per-file", type=int, default=DEFAULT_PER_FILE, help="documents per publication file")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    m = generate(Path(args.out), args.docs, per_file=args.per_file, seed=args.seed)
    print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
