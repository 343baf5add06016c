"""What a mention tells about a cited-only document: one row per real snippet of the sample corpus
(title, number, the sentence) and the level, place, issuers and year it gives."""

from __future__ import annotations

import pytest

from policykg.graph.mention import attached, issued_lately, mention_facts, mention_year, title_year
from policykg.loaders.models import DocNumber
from policykg.ontology.agencies import default_registry

NATIONAL = "中华人民共和国"
ROWS = [
    # (case, title, number, sentence, level, jurisdiction, issuers, year)
    ("doc-number prefix", "关于加快发展保障性租赁住房的意见", DocNumber("国办发", 2021, 22), "",
     "national", NATIONAL, ("国务院办公厅",), 2021),
    ("provincial prefix", None, DocNumber("豫人社函", 2023, 19), "", "provincial", "河南省",
     ("河南省人力资源和社会保障厅",), 2023),
    ("issuers before 关于, 等10部门 dropped", "人力资源社会保障部教育部等10部门关于进一步推进实施百万就业见习岗位募集计划的通知",
     None, "", "national", NATIONAL, ("人力资源和社会保障部", "教育部"), None),
    ("中华人民共和国…法", "中华人民共和国劳动合同法", None, "", "national", NATIONAL, (), None),
    ("中共中央 国务院", "中共中央国务院关于促进民营经济发展壮大的意见", None, "", "national", NATIONAL,
     ("中共中央", "国务院"), None),
    ("a province named in the title", "关于深化河南省现代职业教育专业结构调整优化的实施意见", None, "",
     "provincial", "河南省", (), None),
    ("a province by its short name", "河南就业发展报告（蓝皮书）", None, "", "provincial", "河南省", (), None),
    ("a city", "郑州市企业职工基本养老保险条例", None, "", "municipal", "郑州市", (), None),
    ("全市 in the title", "关于进一步推进全市乡镇（街道）劳动争议调解综合示范工作的通知", None, "",
     "municipal", None, (), None),
    ("a regulation without a place", "工伤保险条例", None, "根据《工伤保险条例》", "national", NATIONAL, (), None),
    ("issuers named before the 《title》", "关于深化现代职业教育体系建设改革的意见", None,
     "为深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于深化现代职业教育体系建设改革的意见》，持续推动",
     "national", NATIONAL, ("中共中央办公厅", "国务院办公厅"), None),
    ("a national name opening the clause", "关于推进新时代和谐劳动关系创建活动的意见", None,
     "根据国家协调劳动关系三方《关于推进新时代和谐劳动关系创建活动的意见》精神", "national", NATIONAL, (), None),
    ("a place named before it", "关于构建和谐劳动关系的实施意见职责分工方案", None,
     "出台郑州市构建和谐劳动关系实施意见，印发《关于构建和谐劳动关系的实施意见职责分工方案》", "municipal", "郑州市", (),
     None),
    ("nothing but the title: national", "制造业数字化转型行动方案", None, "落实《制造业数字化转型行动方案》",
     "national", NATIONAL, (), None),
    ("a number alone says nothing of a place", None, DocNumber("", 2023, 15, "announcement"), "", "unknown", None,
     (), 2023),
    # a place opening the title, as deep as it is written: a county, a city's district, a region's city
    ("a county opening the title", "云县防汛抗旱应急预案", None, "", "district", "云县", (), None),
    ("a city's district", "昆明市官渡区城乡绿化美化规划（2022—2031年）", None, "", "district", "昆明市官渡区", (), None),
    ("a region's city", "西藏林芝市公园体系规划", None, "", "municipal", "林芝市", (), None),
    ("a county after 关于印发", "关于印发绩溪县防汛抗旱应急预案的通知", None, "", "district", "绩溪县", (), None),
    # a prefix several places share, the title's own place outside the prefix's body: the title's place
    ("汕府 of 汕头, the title 汕尾's", "汕尾市人民政府关于印发X方案的通知", DocNumber("汕府", 2019, 34), "",
     "municipal", "汕尾市", ("汕尾市人民政府",), 2019),
    ("鄂府发 of 湖北, the title 鄂尔多斯's", "鄂尔多斯市突发事件总体应急预案（试行）", DocNumber("鄂府发", 2023, 29), "",
     "municipal", "鄂尔多斯市", (), 2023),
    ("省政府令 of another province", "云南省重大行政决策程序规定", DocNumber("省政府令", None, 217, "order"), "",
     "provincial", "云南省", (), None),
    ("a city inside the prefix's province keeps the number's body", "武汉市城市总体规划", DocNumber("鄂政发", 2010, 5),
     "", "provincial", "湖北省", ("湖北省人民政府",), 2010),
]  # fmt: skip


@pytest.mark.parametrize(
    "case, title, number, sentence, level, jurisdiction, issuers, year", ROWS, ids=[r[0] for r in ROWS]
)
def test_mention_facts(case, title, number, sentence, level, jurisdiction, issuers, year):
    facts = mention_facts(title, number, sentence, default_registry())
    assert (facts.level, facts.jurisdiction, facts.issuers, facts.year) == (level, jurisdiction, issuers, year)


YEAR_ROWS = [
    ("环境保护、节能节水项目企业所得税优惠目录（2021年版）", 2021),
    ("统计上大中小微型企业划分办法（2017）的通知", 2017),
    ("职业技能提升行动方案（2019—2021年）", 2019),
    ("教育强国建设规划纲要（2024——2035年）", 2024),
    ("“高效办成一件事”2025年度第一批重点事项清单", 2025),
    ("“十四五”促进中小企业发展规划", 2021),
    ("十万大学生聚集工程实施方案", None),
]


@pytest.mark.parametrize("title, year", YEAR_ROWS)
def test_the_year_a_title_carries(title, year):
    assert title_year(title) == year


@pytest.mark.parametrize(
    "sentence, title, lately, attachment",
    [
        ("(该文件近期印发)3. 落实《高质量充分就业示范创建专项实施方案》相关内容。", "高质量充分就业示范创建专项实施方案", True, False),
        ("各省级经办机构和财政部门应按照《工伤保险跨省异地就医直接结算经办规程》(见附件，以下简称经办规程)要求",
         "工伤保险跨省异地就医直接结算经办规程", False, True),
        ("编制《传统优势食品产区和地方特色食品产业培育工作方案》（模板见附件2）", "传统优势食品产区和地方特色食品产业培育工作方案",
         False, True),
        ("落实《十万大学生聚集工程实施方案》，不断优化青年人才发展生态", "十万大学生聚集工程实施方案", False, False),
    ],
)  # fmt: skip
def test_mentions_that_date_a_document_by_the_citing_one(sentence, title, lately, attachment):
    assert (issued_lately(sentence), attached(sentence, title)) == (lately, attachment)


@pytest.mark.parametrize(
    "sentence, title, year",
    [
        # policy-notices/most-227915.txt: one verb for three titles, the last one too
        ("1993年6月28日国务院修订发布的《中华人民共和国自然科学奖励条例》、《中华人民共和国发明奖励条例》和《中华人民共和国科学技术进步奖励条例》同时废止",
         "中华人民共和国科学技术进步奖励条例", 1993),
        ("主要依据为：2009年世界卫生组织出版了《登革热：诊断、治疗、预防控制指南》，对登革热的严重性诊断提出了全新的分类",
         "登革热：诊断治疗预防控制指南", 2009),
        ("2012年发布的《登革热临床管理手册》", "登革热临床管理手册", 2012),
        ("2014年7月30日原国家食品药品监督管理总局令第4号公布的《医疗器械注册管理办法》同时废止", "医疗器械注册管理办法", 2014),
        ("2019年和2021年发布的《X办法》", "X办法", 2021),
        # a standard's code with its year, each title its own code
        ("噪声超过《区域环境噪声标准》(GB3096-2008)。", "区域环境噪声标准", 2008),
        ("必须符合《新建与改建车用乙醇汽油加油站设计施工规范》（DB42/321—2005）及《成品油零售企业管理技术规范》（SB/T10390—2004）",
         "成品油零售企业管理技术规范", 2004),
        ("农业部《畜禽场环境质量及卫生控制规范》(NY/1167-2006)规定的噪声标准《畜禽场环境质量标准》(NY/T388-1999)。",
         "畜禽场环境质量标准", 1999),
        # no year of issue: a year of the citing text, a code without its year, a period in the title
        ("2023年要认真落实国务院印发的《关于X的意见》", "关于X的意见", None),
        ("应属于《国民经济行业分类》（GB/T 4754）国家标准中", "国民经济行业分类", None),
        ("为深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于深化现代职业教育体系建设改革的意见》", "关于深化现代职业教育体系建设改革的意见", None),
        ("2023年以来，落实《十万大学生聚集工程实施方案》", "十万大学生聚集工程实施方案", None),
    ],
)  # fmt: skip
def test_the_year_of_issue_a_mention_gives(sentence, title, year):
    assert mention_year(sentence, title) == year
