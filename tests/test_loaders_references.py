"""Mentions of other documents and the role each plays, read from real sentences of data/corpus.

A row is (sentence, expected mentions); a mention is (role, cited title or None, cited number or None).
Every role trigger of issue 2 has rows: BASED_ON (根据/依据/依照/按照/参照), IMPLEMENTS (贯彻落实/落实/
…精神), SUPERSEDES (同时废止/废止/停止执行/不再执行), AMENDS (修改), otherwise CITES.
"""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.references import find_references, is_document_title


def mentions(sentence: str, **kw) -> list[tuple[str, str | None, str | None]]:
    text = clean_line(sentence)[0]
    refs = find_references(text, file="f.txt", line_of=lambda i: 7, **kw)
    return [(r.role, r.title, str(r.doc_number) if r.doc_number else None) for r in refs]


ROLES = [
    # ---- BASED_ON
    pytest.param(
        "第一条 为了加强对地震安全性评价的管理，防御和减轻地震灾害，保护人民生命和财产安全，根据《中华人民共和国防震减灾法》"
        "《地震安全性评价管理条例》《河南省防震减灾条例》等法律、法规，结合本省实际，制定本办法。",
        [
            ("BASED_ON", "中华人民共和国防震减灾法", None),
            ("BASED_ON", "地震安全性评价管理条例", None),
            ("BASED_ON", "河南省防震减灾条例", None),
        ],
        id="based_on-genju-list",
    ),
    pytest.param(
        "为进一步完善、优化大棚户区改造安置政策，满足群众多元化安置需求，依据《中共郑州市委办公厅 郑州市人民政府办公厅关于进一步"
        "深化土地储备制度改革加强储备土地综合开发的意见》（郑办〔2020〕17号），经市政府同意，结合我市实际，提出如下实施意见。",
        [
            (
                "BASED_ON",
                "中共郑州市委办公厅郑州市人民政府办公厅关于进一步深化土地储备制度改革加强储备土地综合开发的意见",
                "郑办〔2020〕17号",
            )
        ],
        id="based_on-yiju-with-number",
    ),
    pytest.param(
        "全面深化我市事业单位人事制度改革，依据《事业单位人事管理条例》，建立符合分类推进事业单位改革要求和人才成长规律的事业单位人事管理制度。",
        [("BASED_ON", "事业单位人事管理条例", None)],
        id="based_on-yiju",
    ),
    pytest.param(
        "（5）自主就业退役士兵，即依照《退役士兵安置条例》（国务院中央军委令第608号）的规定退出现役，并按自主就业方式安置的士兵。",
        [("BASED_ON", "退役士兵安置条例", "国务院中央军委令第608号")],
        id="based_on-yizhao-order-number",
    ),
    pytest.param(
        "开发征集豫商豫才返乡创业项目，按照《河南省就业补助资金管理办法》（豫财社〔2018〕8号）有关规定给予项目库建设单位的补贴。",
        [("BASED_ON", "河南省就业补助资金管理办法", "豫财社〔2018〕8号")],
        id="based_on-anzhao",
    ),
    pytest.param(
        "第一条 为贯彻落实《平顶山市人民政府办公室关于印发平顶山市支持农民工返乡创业实施方案的通知》（平政办〔2016〕99号）精神，"
        "进一步规范市级农民工返乡创业示范园区（以下简称示范园区）认定管理工作，参照《河南省人民政府办公厅关于印发河南省农民工返乡"
        "创业示范县评审认定办法（试行）等三个办法的通知》（豫政办〔2017〕25号），制定本办法。",
        [
            (
                "IMPLEMENTS",
                "平顶山市人民政府办公室关于印发平顶山市支持农民工返乡创业实施方案的通知",
                "平政办〔2016〕99号",
            ),
            (
                "CITES",
                "河南省人民政府办公厅关于印发河南省农民工返乡创业示范县评审认定办法（试行）等三个办法的通知",
                "豫政办〔2017〕25号",
            ),
        ],  # 参照 names a model, not a legal basis
        id="implements-jingshen-then-cites-canzhao",
    ),
    pytest.param(
        "根据《河南省人力资源和社会保障厅关于印发开展促进高质量充分就业和治欠保支“三包三联”活动工作方案的通知》（豫人社办〔2023〕19号）"
        "要求，决定建立“三包三联”活动长效机制。",
        [
            (
                "BASED_ON",
                "河南省人力资源和社会保障厅关于印发开展促进高质量充分就业和治欠保支“三包三联”活动工作方案的通知",
                "豫人社办〔2023〕19号",
            )
        ],
        id="based_on-genju-yaoqiu",
    ),
    pytest.param(
        "根据《关于印发河南省创建高质量充分就业星级社区实施方案的通知》（豫人社办〔2023〕46号），河南省财政厅、人力资源和社会保障厅"
        "《关于印发〈河南省就业补助资金管理办法〉的通知》（豫财社〔2018〕8号），现拟开展高质量充分就业星级社区创建工作。",
        [
            ("BASED_ON", "关于印发河南省创建高质量充分就业星级社区实施方案的通知", "豫人社办〔2023〕46号"),
            ("BASED_ON", "关于印发《河南省就业补助资金管理办法》的通知", "豫财社〔2018〕8号"),
        ],
        id="based_on-list-continues-past-issuer-names",
    ),
    pytest.param(
        "根据豫政办明电〔2023〕2 号文件第三条以及豫人社函〔2023〕19 号文件规定，对春节期间保持连续生产的规模以上工业企业给予一次性奖励。",
        [("BASED_ON", None, "豫政办明电〔2023〕2号"), ("BASED_ON", None, "豫人社函〔2023〕19号")],
        id="based_on-bare-doc-numbers",
    ),
    # ---- IMPLEMENTS
    pytest.param(
        "为深入贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11号），进一步优化外商投资环境，"
        "更大力度吸引和利用外商投资，结合我省实际，制定以下措施。",
        [("IMPLEMENTS", "国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见", "国发〔2023〕11号")],
        id="implements-guanche-luoshi",
    ),
    pytest.param(
        "落实《河南省人力资源品牌建设的实施意见》，培育一批人力资源品牌龙头企业，提升人力资源品牌的特色、口碑和规模。",
        [("IMPLEMENTS", "河南省人力资源品牌建设的实施意见", None)],
        id="implements-luoshi",
    ),
    pytest.param(
        "为进一步构建中国特色和谐劳动关系，根据国家协调劳动关系三方《关于推进新时代和谐劳动关系创建活动的意见》精神，结合我省实际，"
        "现就推进新时代和谐劳动关系创建活动（以下简称创建活动）制定本实施方案。",
        [("IMPLEMENTS", "关于推进新时代和谐劳动关系创建活动的意见", None)],
        id="implements-jingshen",
    ),
    pytest.param(
        "为贯彻党中央、国务院决策部署，落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》（国发〔2024〕7号）、"
        "《河南省人民政府关于印发河南省推动大规模设备更新和消费品以旧换新实施方案的通知》（豫政〔2024〕15号）精神，结合我市实际，制定本实施方案。",
        [
            ("IMPLEMENTS", "国务院关于印发《推动大规模设备更新和消费品以旧换新行动方案》的通知", "国发〔2024〕7号"),
            (
                "IMPLEMENTS",
                "河南省人民政府关于印发河南省推动大规模设备更新和消费品以旧换新实施方案的通知",
                "豫政〔2024〕15号",
            ),
        ],
        id="implements-luoshi-list-jingshen",
    ),
    pytest.param(
        "为深入贯彻《中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见》，加快落实《工业和信息化部"
        "等十一部门关于培育传统优势食品产区和地方特色食品产业的指导意见》，推动传统优势食品产区和地方特色食品产业高质量发展。",
        [
            (
                "IMPLEMENTS",
                "中共中央国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见",
                None,
            ),
            ("IMPLEMENTS", "工业和信息化部等十一部门关于培育传统优势食品产区和地方特色食品产业的指导意见", None),
        ],
        id="implements-guanche-and-luoshi",
    ),
    # ---- SUPERSEDES
    pytest.param(
        "第十七条 本办法自2024年11月1日起施行。2008年11月13日河南省人民政府公布的《河南省实施〈地震安全性评价管理条例〉办法》"
        "（省政府令第120号）同时废止。",
        [("SUPERSEDES", "河南省实施《地震安全性评价管理条例》办法", "省政府令第120号")],
        id="supersedes-tongshi-feizhi-order",
    ),
    pytest.param(
        "第十五条 本规则自印发之日起生效。《郑州市人民政府关于成立政府法律专家咨询团的通知》(郑政文〔2013〕138号)、《郑州市人民政府"
        "关于推行政府法律顾问制度的实施意见》(郑政〔2016〕37号)、《郑州市人民政府办公厅关于聘任市政府法律顾问和政府法治智库入选人员的"
        "通知》(郑政办文〔2018〕36号)同时废止。",
        [
            ("SUPERSEDES", "郑州市人民政府关于成立政府法律专家咨询团的通知", "郑政文〔2013〕138号"),
            ("SUPERSEDES", "郑州市人民政府关于推行政府法律顾问制度的实施意见", "郑政〔2016〕37号"),
            (
                "SUPERSEDES",
                "郑州市人民政府办公厅关于聘任市政府法律顾问和政府法治智库入选人员的通知",
                "郑政办文〔2018〕36号",
            ),
        ],
        id="supersedes-list",
    ),
    pytest.param(
        "本通知由国家金融监督管理总局负责解释。自本通知印发之日起，《中国银监会关于完善和创新小微企业贷款服务提高小微企业金融服务水平的通知》"
        "（银监发〔2014〕36号）废止。",
        [
            (
                "SUPERSEDES",
                "中国银监会关于完善和创新小微企业贷款服务提高小微企业金融服务水平的通知",
                "银监发〔2014〕36号",
            )
        ],
        id="supersedes-feizhi",
    ),
    pytest.param(
        "第三十条 本办法自印发之日起施行。《河南省财政厅 河南省住房和城乡建设厅 河南省民政厅关于修订〈河南省省级财政城镇保障性安居工程补助"
        "资金管理办法〉的通知》（豫财综〔2022〕24号）同时废止。",
        [
            (
                "SUPERSEDES",
                "河南省财政厅河南省住房和城乡建设厅河南省民政厅关于修订《河南省省级财政城镇保障性安居工程补助资金管理办法》的通知",
                "豫财综〔2022〕24号",
            )
        ],
        id="supersedes-title-holding-xiuding",
    ),
    pytest.param(
        "本意见自印发之日起施行，《郑州市人民政府关于进一步做好稳就业工作的实施意见》（郑政〔2020〕17号）停止执行。",
        [("SUPERSEDES", "郑州市人民政府关于进一步做好稳就业工作的实施意见", "郑政〔2020〕17号")],
        id="supersedes-tingzhi-zhixing",
    ),
    pytest.param(
        "《郑州市人民政府关于做好当前和今后一段时期就业创业工作的实施意见》（郑政〔2018〕31号）不再执行。",
        [("SUPERSEDES", "郑州市人民政府关于做好当前和今后一段时期就业创业工作的实施意见", "郑政〔2018〕31号")],
        id="supersedes-buzai-zhixing",
    ),
    pytest.param(
        "本办法施行前，《河南省人民政府办公厅关于印发河南省农民工返乡创业示范县评审认定办法（试行）等三个办法的通知》"
        "（豫政办〔2017〕25号）与本办法不一致的，以本办法为准。",
        [
            (
                "CITES",
                "河南省人民政府办公厅关于印发河南省农民工返乡创业示范县评审认定办法（试行）等三个办法的通知",
                "豫政办〔2017〕25号",
            )
        ],
        id="not-supersedes-inconsistent-rule",
    ),
    # ---- AMENDS
    pytest.param(
        "省人民政府决定对《河南省地震安全性评价管理办法》作如下修改：",
        [("AMENDS", "河南省地震安全性评价管理办法", None)],
        id="amends-zuo-ruxia-xiugai",
    ),
    pytest.param(
        "将《河南省人力资源市场条例》第十条修改为：“县级以上人民政府应当加强人力资源市场建设。”",
        [("AMENDS", "河南省人力资源市场条例", None)],
        id="amends-xiugai-wei",
    ),
    # a periodic review extends a normative document's validity (有效期评估): AMENDS, as a change of its term
    pytest.param(
        "经评估，《杭州市养犬管理实施细则》（杭政办函〔2019〕12号）需继续实施，有效期延长至2027年6月30日。",
        [("AMENDS", "杭州市养犬管理实施细则", "杭政办函〔2019〕12号")],
        id="amends-validity-extended",
    ),
    pytest.param(
        "经研究，《成都市公共租赁住房管理办法》（成府规〔2020〕4号）继续适用。",
        [("AMENDS", "成都市公共租赁住房管理办法", "成府规〔2020〕4号")],
        id="amends-continues-to-apply",
    ),
    pytest.param(
        "现批准《住宅设计标准》（DGJ08-20-2019）局部修订的条文，自2024年3月1日起实施。",
        [("AMENDS", "住宅设计标准", None)],
        id="amends-partial-revision-of-a-standard",
    ),
    # 为实施《X》: a rule made to carry X out
    pytest.param(
        "为实施《某某安全和防护条例》规定的许可制度，制定本办法。",
        [("IMPLEMENTS", "某某安全和防护条例", None)],
        id="implements-wei-shishi",
    ),
    # 按《X》规定执行: 按 right before the title reads as 按照
    pytest.param(
        "实习补贴按《某市就业见习管理办法》规定执行。",
        [("BASED_ON", "某市就业见习管理办法", None)],
        id="based-on-an-before-title",
    ),
    # 根据《A》等法律法规，以及《B》等文件: the trigger reaches across 以及
    pytest.param(
        "根据《某某法》等法律法规，以及《某某行动计划》等文件有关区域限批的规定，制定本办法。",
        [("BASED_ON", "某某法", None), ("BASED_ON", "某某行动计划", None)],
        id="based-on-across-yiji",
    ),
    # 并 opens a new verb: the trigger of the clause before does not reach across it
    pytest.param(
        "根据《某省安全生产条例》制定本细则，并参考《某省安全生产工作指南》。",
        [("BASED_ON", "某省安全生产条例", None), ("CITES", "某省安全生产工作指南", None)],
        id="trigger-stops-at-bing",
    ),
    # a repeal word whose object follows it names that object, not the texts before it
    pytest.param(
        "在《某地区与某省关于经贸合作的安排》下，对区内企业，不再执行《某企业管理规定》中关于承包范围的限制性规定。",
        [("CITES", "某地区与某省关于经贸合作的安排", None), ("AMENDS", "某企业管理规定", None)],
        id="cites-before-a-repeal-of-another",
    ),
    # norms a text applies: 守则 / 导则 / 要求 / 定额 are documents when cited
    pytest.param(
        "严格执行《粮库安全生产守则》和《农家乐建筑防火导则（试行）》，落实《某市环卫作业养护预算定额》。",
        [
            ("CITES", "粮库安全生产守则", None),
            ("CITES", "农家乐建筑防火导则（试行）", None),
            ("IMPLEMENTS", "某市环卫作业养护预算定额", None),  # 落实
        ],
        id="cites-norms-and-quotas",
    ),
    # a law's transitional clause keeps a text in force as it is: no extension, no amendment
    pytest.param(
        "本条例施行前，市人民政府已经公布的《某市停车设施专项规划》，继续适用于该规划范围内的停车设施建设活动。",
        [("CITES", "某市停车设施专项规划", None)],
        id="cites-transitional-continues-to-apply-to",
    ),
    pytest.param(
        "《某国际公约》和有关国际协定适用于本区的有关规定继续有效。",
        [("CITES", "某国际公约", None)],
        id="cites-provisions-remain-in-force",
    ),
    # 继续执行 a procedure under a rule is no extension of the rule
    pytest.param(
        "按照《河南省行政许可监督检查办法》的规定继续执行。",
        [("BASED_ON", "河南省行政许可监督检查办法", None)],
        id="based-on-not-extended",
    ),
    # ---- CITES
    pytest.param(
        "积极宣传《保障农民工工资支付条例》和相关政策规定，营造尊法守法良好氛围。",
        [("CITES", "保障农民工工资支付条例", None)],
        id="cites-publicise",
    ),
    pytest.param(
        "《中小企业数字化赋能专项行动方案》（工信厅企业〔2020〕10号）印发以来，中小企业数字化进程明显加快，发展质量显著提升。",
        [("CITES", "中小企业数字化赋能专项行动方案", "工信厅企业〔2020〕10号")],
        id="cites-since-issued",
    ),
    pytest.param(
        "市政府相继出台了《郑州市人民政府关于进一步做好新形势下就业创业工作的实施意见》（郑政〔2016〕13号）《郑州市人民政府关于做好"
        "当前和今后一段时期就业创业工作的实施意见》（郑政〔2018〕31号），就业局势保持稳定。",
        [
            ("CITES", "郑州市人民政府关于进一步做好新形势下就业创业工作的实施意见", "郑政〔2016〕13号"),
            ("CITES", "郑州市人民政府关于做好当前和今后一段时期就业创业工作的实施意见", "郑政〔2018〕31号"),
        ],
        id="cites-list",
    ),
    # a list of mentions whose spirit the clause carries out (增城 and 南通, unseen h30)
    pytest.param(
        "根据《广东省人民政府关于深化改革加快推动“三旧”改造促进高质量发展的指导意见》（粤府〔2019〕71号）、《广州市城市更新办法》"
        "（广州市人民政府令第134号）和《广州市旧村庄更新实施办法》（穗府办〔2015〕56号）等城市更新政策文件精神，制定本意见。",
        [
            ("IMPLEMENTS", "广东省人民政府关于深化改革加快推动“三旧”改造促进高质量发展的指导意见", "粤府〔2019〕71号"),
            ("IMPLEMENTS", "广州市城市更新办法", "广州市人民政府令第134号"),
            ("IMPLEMENTS", "广州市旧村庄更新实施办法", "穗府办〔2015〕56号"),
        ],
        id="implements-spirit-of-a-list-with-numbers",
    ),
    pytest.param(
        "根据江苏省委省政府《关于全面推进节约集约用地的意见》、南通市委市政府《关于贯彻落实总体方案的实施意见》精神，现提出如下意见。",
        [
            ("IMPLEMENTS", "关于全面推进节约集约用地的意见", None),
            ("IMPLEMENTS", "关于贯彻落实总体方案的实施意见", None),
        ],
        id="implements-spirit-of-a-list-with-issuers",
    ),
    # a reply acknowledging requests, each number after its sender (河北 复函, unseen h27; a county's reply)
    pytest.param(
        "石家庄市政府石政呈〔2009〕236号和石政呈〔2010〕41号、张家口市政府张政呈〔2010〕22号文收悉。经省政府研究，同意如下。",
        [
            ("CITES", None, "石政呈〔2009〕236号"),
            ("CITES", None, "石政呈〔2010〕41号"),
            ("CITES", None, "张政呈〔2010〕22号"),
        ],
        id="cites-requests-after-their-senders",
    ),
    pytest.param(
        "你县人民政府某政呈〔2021〕8号文收悉，现批复如下。",
        [("CITES", None, "某政呈〔2021〕8号")],
        id="cites-request-after-its-sender",
    ),
    # an amending decision's purpose clause: what it carries out or rests on is not what it amends (a
    # ministry's 关于修改…的决定; the Supreme Court's decisions amending its interpretations)
    pytest.param(
        "为贯彻落实《优化营商环境条例》，商务部决定对《对外贸易经营者备案登记办法》作如下修改：",
        [("IMPLEMENTS", "优化营商环境条例", None), ("AMENDS", "对外贸易经营者备案登记办法", None)],
        id="amends-only-in-its-own-clause",
    ),
    pytest.param(
        "根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等法律规定，结合审判实践，"
        "决定对《最高人民法院关于审理某类案件适用法律若干问题的解释》作如下修改：",
        [
            ("BASED_ON", "中华人民共和国民法典", None),
            ("BASED_ON", "中华人民共和国民事诉讼法", None),
            ("AMENDS", "最高人民法院关于审理某类案件适用法律若干问题的解释", None),
        ],
        id="amends-after-its-basis",
    ),
    # a list of what the text rests on under its heading: a service item's 设定依据 (大兴安岭, h33), a plan's
    # 编制依据 (牟定, h30)
    pytest.param(
        "5.设定依据：（1）《中华人民共和国城乡规划法》（2）《黑龙江省城镇燃气管理条例》（3）《中华人民共和国电力法》、"
        "《电力供应与使用条例》6.受理条件：（1）有报装需求的用户",
        [
            ("BASED_ON", "中华人民共和国城乡规划法", None),
            ("BASED_ON", "黑龙江省城镇燃气管理条例", None),
            ("BASED_ON", "中华人民共和国电力法", None),
            ("BASED_ON", "电力供应与使用条例", None),
        ],
        id="based-on-a-basis-list",
    ),
    pytest.param(
        "1.2 编制依据 《中华人民共和国环境保护法》《中华人民共和国突发事件应对法》",
        [("BASED_ON", "中华人民共和国环境保护法", None), ("BASED_ON", "中华人民共和国突发事件应对法", None)],
        id="based-on-a-plans-basis-list",
    ),
    # carrying out: 深入实施《X》 (广西 h33), 全面实施《X》; 抓好…《X》落实 (税务总局 in 黑龙江's compilation, h33)
    pytest.param(
        "深入实施《中华人民共和国市场主体登记管理条例》，依法保障市场主体合法权益。",
        [("IMPLEMENTS", "中华人民共和国市场主体登记管理条例", None)],
        id="implements-deeply-carried-out",
    ),
    pytest.param(
        "全面实施《优化营商环境条例》，持续优化营商环境。",
        [("IMPLEMENTS", "优化营商环境条例", None)],
        id="implements-fully-carried-out",
    ),
    pytest.param(
        "持续抓好中办、国办印发的《关于进一步深化税收征管改革的意见》落实，税务总局决定开展春风行动。",
        [("IMPLEMENTS", "关于进一步深化税收征管改革的意见", None)],
        id="implements-its-carrying-out-taken-in-hand",
    ),
    pytest.param(
        "检查《中华人民共和国安全生产法》的实施情况。",
        [("CITES", "中华人民共和国安全生产法", None)],
        id="cites-what-is-inspected",
    ),
    # a standard named with its code inside the marks (大兴安岭's 设定依据, h33; an environmental rule)
    pytest.param(
        "设定依据：（1）《城镇供水服务CJ/T 316—2009》（2）《黑龙江省城市供热条例》",
        [("BASED_ON", "城镇供水服务CJ/T 316—2009", None), ("BASED_ON", "黑龙江省城市供热条例", None)],
        id="based-on-a-standard-with-its-code",
    ),
    pytest.param(
        "噪声排放执行《工业企业厂界环境噪声排放标准GB 12348-2008》的规定。",
        [("CITES", "工业企业厂界环境噪声排放标准GB 12348-2008", None)],
        id="cites-a-standard-with-its-code",
    ),
    # 不再执行《X》: X no longer applies (a State Council notice in a financial compilation, h34); 推动《X》落实落地
    pytest.param(
        "自本通知印发之日起，不再执行《国务院办公厅关于进一步做好民间投资有关工作的通知》（国办发〔2015〕42号）。",
        [("SUPERSEDES", "国务院办公厅关于进一步做好民间投资有关工作的通知", "国办发〔2015〕42号")],
        id="supersedes-what-no-longer-applies",
    ),
    pytest.param(
        "推动《国务院关于加快发展养老服务业的若干意见》落实落地。",
        [("IMPLEMENTS", "国务院关于加快发展养老服务业的若干意见", None)],
        id="implements-what-is-brought-to-the-ground",
    ),
    # 按照A同意，B批准的《X》和C《Y》: the trigger opens the clause before the one naming who approved (青岛 h35)
    pytest.param(
        "按照中央机构编制委员会备案审查同意,省委、省政府批准的《青岛市机构改革方案》和市委、市政府《关于青岛市市级机构改革的实施意见》"
        "确定的原则,平稳有序调整职责。",
        [
            ("BASED_ON", "青岛市机构改革方案", None),
            ("BASED_ON", "关于青岛市市级机构改革的实施意见", None),
        ],
        id="based-on-across-who-approved-it",
    ),
    pytest.param(
        "根据国务院同意，国家发展改革委印发的《某某区域发展规划》，制定本方案。",
        [("BASED_ON", "某某区域发展规划", None)],
        id="based-on-across-who-issued-it",
    ),
]


@pytest.mark.parametrize("sentence,expected", ROLES)
def test_role_of_each_mention(sentence, expected):
    assert mentions(sentence) == expected


def test_amending_document_amends_the_title_it_names():
    got = mentions(
        "《河南省地震安全性评价管理办法》第十条中的“30日”改为“20日”。", amends_titles=["河南省地震安全性评价管理办法"]
    )
    assert got == [("AMENDS", "河南省地震安全性评价管理办法", None)]


def test_a_document_does_not_cite_itself():
    got = mentions(
        "现将《支持平台经济高质量发展若干措施》印发给你们，请认真贯彻落实。",
        own_titles=["支持平台经济高质量发展若干措施"],
    )
    assert got == []


def test_abbreviation_is_not_another_document():
    got = mentions(
        "《河南省人力资源市场条例》（以下简称《条例》）已经河南省第十三届人大常委会第三十五次会议于2022年9月30日审议通过，"
        "自2023年1月1日起施行。"
    )
    assert [t for _, t, _ in got] == ["河南省人力资源市场条例"]


def test_evidence_keeps_file_line_and_sentence():
    text = clean_line("积极宣传《保障农民工工资支付条例》和相关政策规定，营造尊法守法良好氛围。")[0]
    (ref,) = find_references(text, file="data/corpus/x.txt", line_of=lambda i: 1851)
    assert (ref.evidence.file, ref.evidence.line) == ("data/corpus/x.txt", 1851)
    assert "保障农民工工资支付条例" in ref.evidence.text and ref.evidence.text.endswith("。")


# Forms, certificates, agreements, applications in 《》 are not documents (real sentences).
NOT_DOCUMENTS = [
    pytest.param(
        "（2）城镇登记失业人员。持有《就业创业证》（或《就业失业登记证》）的人员；", id="jiuye-chuangye-zheng"
    ),
    pytest.param(
        "（六）能够按规定及时与见习人员签订《就业见习协议》，按时足额为见习人员发放见习基本生活费。", id="xieyi"
    ),
    pytest.param(
        "借款申请人（以下简称申请人）填写《平顶山市创业担保贷款申请表（个人创业）》（附件 1）并提供以下材料：",
        id="shenqingbiao",
    ),
    pytest.param(
        "各高校对照附件 1、附件 2 指标要求，认真填写《河南省高质量充分就业示范高校（院系）申报书》（附件 4）与"
        "《河南省高质量充分就业示范高校（院系）自评表》（附件 5、6）。",
        id="shenbaoshu-zipingbiao",
    ),
    pytest.param(
        "自2023年起，不再发放《全国普通高等学校本专科毕业生就业报到证》和《全国毕业研究生就业报到证》（以下统称就业报到证）。",
        id="baodaozheng",
    ),
    pytest.param(
        "省人力资源社会保障厅已核发的《人力资源服务许可证》和《人力资源服务备案回执》在有效期内仍然有效。",
        id="xukezheng-huizhi",
    ),
    pytest.param("申报材料包括《河南省区域人力资源品牌申报表》、品牌建设及成果简介、发展规划等。", id="shenbaobiao"),
    pytest.param("取消高校毕业生离校前在《就业协议书》上签章环节。", id="xieyishu"),
    pytest.param("申请主体填写《传统优势食品产区和地方特色食品产业重点培育名单申请书》（附件1）。", id="shenqingshu"),
    pytest.param("用人单位与劳动者签订《劳动合同书》。", id="hetongshu"),
]


@pytest.mark.parametrize("sentence", NOT_DOCUMENTS)
def test_forms_in_book_brackets_are_not_documents(sentence):
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    "title,expected",
    [
        ("就业创业证", False),
        ("平顶山市创业担保贷款申请表（个人创业）", False),
        ("就业见习协议", False),
        ("就业协议书", False),
        ("自主就业退役士兵本年度在企业工作时间表（样表）", False),
        ("河南省促进就业工作先进地区激励实施办法（试行）", True),
        ("“高效办成一件事”2024年度新一批重点事项清单", True),
        ("高校毕业生年度就业质量报告", False),  # the report each university publishes every year
        ("河南省人民政府2023年度政府信息公开工作报告", True),
        ("中华人民共和国劳动合同法", True),
        ("退役士兵安置条例", True),
        ("河南省重点产业对应职业教育紧缺专业设置指导目录", True),
    ],
)
def test_is_document_title(title, expected):
    assert is_document_title(title) is expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        pytest.param(
            "《河南省就业补助资金管理办法》第十二条同时废止。",
            [("AMENDS", "河南省就业补助资金管理办法", None)],
            id="article-repealed-amends",
        ),
        pytest.param(
            "《郑州市人民政府关于进一步做好稳就业工作的实施意见》（郑政〔2020〕17号）中与本意见不一致的，以本意见为准。",
            [("CITES", "郑州市人民政府关于进一步做好稳就业工作的实施意见", "郑政〔2020〕17号")],
            id="inconsistent-parts-cites",
        ),
        pytest.param(
            "自本办法施行之日起，《河南省企业工资支付暂行办法》（省政府令第60号）废止。",
            [("SUPERSEDES", "河南省企业工资支付暂行办法", "省政府令第60号")],
            id="repealed-from-a-date",
        ),
        pytest.param(
            "省政府决定废止《河南省城镇职工养老保险办法》（省政府令第75号）。",
            [("SUPERSEDES", "河南省城镇职工养老保险办法", "省政府令第75号")],
            id="feizhi-before",
        ),
        # held-out laws (tests/fixtures/law-supersession): the misses and false positives of the first score
        pytest.param(
            "本规定自2022年4月1日起施行。2012年9月12日发布的《机动车驾驶证申领和使用规定》（公安部令第123号）和2016年1月"
            "29日发布的《公安部关于修改<机动车驾驶证申领和使用规定>的决定》（公安部令第139号）同时废止。",
            [
                ("SUPERSEDES", "机动车驾驶证申领和使用规定", "公安部令第123号"),
                ("SUPERSEDES", "公安部关于修改《机动车驾驶证申领和使用规定》的决定", "公安部令第139号"),
            ],
            id="title-in-ascii-angle-brackets",
        ),
        pytest.param(
            "本解释自2017年2月1日起施行。最高人民法院、最高人民检察院《关于办理组织和利用邪教组织犯罪案件具体应用法律若干问题"
            "的解释》（法释〔1999〕18号），以及最高人民法院、最高人民检察院《关于办理组织和利用邪教组织犯罪案件具体应用法律若干"
            "问题的解答》（法发〔2002〕7号）同时废止。",
            [
                ("SUPERSEDES", "关于办理组织和利用邪教组织犯罪案件具体应用法律若干问题的解释", "法释〔1999〕18号"),
                ("SUPERSEDES", "关于办理组织和利用邪教组织犯罪案件具体应用法律若干问题的解答", "法发〔2002〕7号"),
            ],
            id="a-courts-answers-repealed",
        ),
        pytest.param(
            "本条例自2016年12月1日起施行。1993年12月15日市人大常委会通过、根据1997年8月13日市人大常委会《关于修改〈上海市统计"
            "管理条例〉的决定》第一次修正的《上海市统计管理条例》同时废止。",
            [
                ("CITES", "关于修改《上海市统计管理条例》的决定", None),
                ("SUPERSEDES", "上海市统计管理条例", None),
            ],
            id="amendment-history-of-the-repealed-act",
        ),
    ],
)
def test_partial_and_full_repeals(sentence, expected):
    assert mentions(sentence) == expected


@pytest.mark.parametrize(
    "heading",
    [  # a service item's 设定依据 printed one law a line (大兴安岭, h33); an approval item's 审批依据
        "5.设定依据：",
        "（三）审批依据：",
    ],
)
def test_a_list_under_a_basis_heading_is_what_the_text_rests_on(heading):
    from policykg.loaders.parse import parse_text

    text = (
        "某某地区优化营商环境领导小组办公室关于印发某某联合服务工作规范的通知\n某营商办〔2023〕3号\n各县人民政府：\n"
        "现将有关事项通知如下。\n三、工作内容\n1.事项名称：供水、供电联办\n"
        f"{heading}\n（1）《中华人民共和国城乡规划法》\n（2）《黑龙江省城镇燃气管理条例》\n6.受理条件：\n（1）有报装需求的用户\n"
    )
    doc = parse_text(text, "service.txt").documents[0]
    assert [(r.role, r.title) for r in doc.references] == [
        ("BASED_ON", "中华人民共和国城乡规划法"),
        ("BASED_ON", "黑龙江省城镇燃气管理条例"),
    ]
