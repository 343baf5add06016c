"""Header sources, one table each: real snippet → what the source reads (eyecite style).

Every source of :mod:`policykg.loaders.header` is asked alone, outside its cascade, so each row
shows the layout it serves (and rows with None show what it leaves to others).  Snippets are
excerpts of data/corpus/ and of the shared extra corpora (corpus-extra/policy-notices: scraped
notices from many regions; corpus-extra/lawrefbook: laws, one per Markdown file), lines as they
are (trailing spaces dropped); the comment above each says where it comes from.  Lines in expected values count from the
snippet's first line.  Adding a case is one row.
"""

from __future__ import annotations

import pytest

from policykg.loaders import header as H
from policykg.loaders.clean import clean_lines
from policykg.loaders.document import read_spans
from policykg.loaders.header import Issuers, Title
from policykg.loaders.metadata import level_and_jurisdiction, parse_doc_number
from policykg.loaders.models import DocNumber
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.segment import Span, find_spans
from policykg.ontology.agencies import default_registry
from tests import test_loaders_issue_dates_where_printed as dated

# data/corpus/henan-gazette-2024-19.txt, lines 145-161
DATABASE_ISSUER_LINE_RELATIVE_TITLE = """市政府关于印发《某某市新型墙体材料管理规定》的通知


江苏省某某市人民政府


市政府关于印发《某某市新型墙体材料管理规定》的通知

各县（市）、区人民政府，市各委、办、局：
《某某市新型墙体材料管理规定》已经市人民政府批准，现予发布。请认真遵照执行。
"""

DATABASE_DATE_ISSUER_LINE = """海洋某某业务管理暂行规定

国家海洋局

海洋某某业务管理暂行规定
1999年7月13日,国家海洋局

本规定适用于各级海洋预报台和相关业务单位从事的海洋预报工作，各单位应当遵守。
各级海洋预报台应当根据本规定制定适合本台特点的实施细则，并报上一级主管部门备案。
"""

LAW_DB_NOTE = dated.LAW_DATABASE_NOTE_UNCLOSED.split("\n", 2)[2]  # (from the page's title down)
LAW_DB_PASSING_LINE = dated.LAW_DATABASE_PASSING_LINE.split("\n", 2)[2]
LABEL_OVER_VALUE_AT_TOP = dated.LABEL_OVER_VALUE_TABLE.split("\n", 1)[1]
PASSING_LINE_IN_NUMERALS_AT_TOP = dated.PASSING_LINE_IN_NUMERALS.split("\n", 2)[2]

UNSIGNED_DECISION = """关于修改《道路旅客运输及客运站管理规定》的决定
交通运输部决定对《道路旅客运输及客运站管理规定》（交通运输部令2012年第2号）作如下修改：
一、第六十二条第一款修改为：客运包车应当凭包车客运标志牌运行。
"""

# a law database's record line under the title of an unsigned text (h79 浙江检察院)
DATABASE_RECORD = """江苏检察院关于全面服务保障法治化营商环境建设的决定
【发布部门】江苏省人民检察院【发布日期】2021.06.18【实施日期】2021.06.18【效力级别】地方司法文件
为深入贯彻省委全会精神，认真落实服务保障营商环境建设的各项要求，现作出如下决定。
"""

# a plan's cover: title, the body on a line of its own, a year-month date (h116 苏尼特右旗, h104 铜梁)
PLAN_COVER = """某某旗国民经济和社会发展第十四个五年
规划和 2035 年远景目标纲要
某某旗人民政府
2021 年 9 月
“十四五”时期，是我国全面建成小康社会、实现第一个百年奋斗目标之后的五年。
"""

# a plan's maker line under its title (h217 崇明): the body, then 制定
PLAN_MAKER_LINE = """某某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
某某市某某区人民政府制定
前 言
“十四五”时期，是我国全面建成小康社会、实现第一个百年奋斗目标之后的五年。
"""

# an ad hoc body's order titled with its name alone (h80 红安, h144 湖北): 某某县…防控指挥部 / 2号令
AD_HOC_ORDER = """某某县新型冠状病毒感染的肺炎防控指挥部
2号令
各乡镇人民政府，县政府各相关部门：
为加强人员流动管理，现下达如下命令：
一、即日起，全县所有大型社会活动一律取消。
"""

# an announcement whose first sentence opens with its body and ends 现公告如下 (h162 移民局)
ANNOUNCING_FIRST_SENTENCE = """关于调整出入境管理措施的公告
国家移民管理局自2024年3月1日起调整出入境管理措施。现公告如下：
一、恢复受理审批普通护照申请。
"""

# a county's government work report as a reprint site prints it (h148 正蓝旗, h152 咸丰): headline, session line,
# speaker, opening
WORK_REPORT = """2025年某某县政府工作报告
——2024年12月26日在来凤县第十九届人民代表大会第四次会议上
县人民政府县长 某某某
各位代表:
现在,我代表县人民政府向大会报告工作,请予审议。
一、2024年工作回顾
"""

BUDGET_REPORT = """关于某省2023年预算执行情况和
2024年预算草案的报告
2024年1月23日在某省第十四届
人民代表大会第二次会议上
省财政厅
各位代表:
受省人民政府委托,现将某省2023年预算执行情况和2024年预算草案提请大会审查。
"""

SITE_TITLE_WITH_ORDER = """某某省人民政府关于修改部分省政府规章的决定(某某省人民政府令第148号)

《某某省人民政府关于修改部分省政府规章的决定》已经省政府常务会议通过，现予发布，自公布之日起施行。
一、删去某某办法第三条。
"""

# a judicial interpretation's number, then a passing sentence that names no title (最高人民法院, cee)
UNTITLED_PASSING_SENTENCE = """最高人民法院关于审理某某案件若干问题的规定
法释〔2002〕21号
经2002年6月4日由最高人民法院审判委员会第1224次会议通过。现予公布，自2002年10月1日起施行。
第一条 为准确审理某某案件，制定本规定。
"""

# a county office's number run on into the addressees and the text on one line (仁寿, unseen h84)
NUMBER_RUN_INTO_ADDRESSEES = """甲县人民政府办公室关于印发甲县森林防火应急预案的通知
甲府办发〔2017〕27号 各乡镇人民政府,县级各部门:《甲县森林防火应急预案》已经县政府同意,现印发你们,请认真贯彻实施。
甲县人民政府办公室
2017年3月31日
"""

# a page's headline over its text, the title printed again with its own number in brackets, the text run on (h243 延平)
TITLE_AGAIN_WITH_NUMBER = """甲区人民政府森林防火禁火令
2025-01-10 来源:甲区人民政府
甲区人民政府森林防火禁火令 (2025年第3号) 我区近期森林火险等级较高,区政府决定在全区范围内严禁一切野外用火。
"""

# a notice's signature printed below its list of attachments: the attachment's name reads as an issued text's title
# (国家能源局, unseen h64)
SIGNATURE_BELOW_ATTACHMENT_LIST = """国家能源局关于印发某某项目验收管理办法的通知
某局发〔2012〕119号
各省（区、市）某某主管部门：
为规范某某项目验收工作，我局制定了《某某项目验收管理办法》，现印发给你们，请遵照执行。
附件：
某某项目验收管理办法
国家能源局
二〇一二年四月十七日
"""

# an amending decision, unsigned and undated, over the rule it amends republished: the rule's history note names the
# decision with its day and order (上海 餐厨, the Markdown page's heading)
DECISION_NAMED_IN_RULE_NOTE = """# 某市人民政府关于修改《某市道路保洁管理办法》的决定

市人民政府决定，对《某市道路保洁管理办法》作如下修改：
一、第二条修改为：本办法适用于本市道路。
本决定自2013年3月1日起施行。《某市道路保洁管理办法》根据本决定作相应修改和调整后，重新公布。

某市道路保洁管理办法
（2005年1月13日某市人民政府令第45号发布，根据2012年12月26日某市人民政府令第98号公布的《某市人民政府关于修改〈某市道路保洁管理办法〉的决定》修正并重新公布）
第一条 为了加强道路保洁管理，制定本办法。
"""

# a ministry's order over its decree, above the rule's title (（…部令2023年第3号） / 《X》已于…通过，现予公布, h119)
ORDER_OVER_DECREE = """（中华人民共和国某某部令2022年第5号）
《某某许可管理规定》已于2022年3月14日经第2次部务会议通过，现予公布，自2022年5月1日起施行。
部长　某某某
2022年3月24日
某某许可管理规定
第一章　总　则
第一条　为加强某某许可管理，根据《中华人民共和国水法》，制定本规定。
"""

GAZETTE_NOTICE = """河南省人民政府办公厅 关于印发支持平台经济高质量发展若干措施的 通 知

豫政办〔2024〕46号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《支持平台经济高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。

河南省人民政府办公厅

2024年8月22日

（本文有删减）

支持平台经济高质量发展若干措施

为深入贯彻党中央、国务院关于发展平台经济的决策部署，加快促进我省平台经济高质量发展，结合我省实际，制定以下支持措施。
"""

# data/corpus/henan-gazette-2024-19.txt, lines 38-52
GAZETTE_DECREE = """河南省地震安全性评价管理办法

河南省人民政府令

第 227 号

《河南省地震安全性评价管理办法》
已经 2024 年 8 月 20 日省政府第 39 次常
务会议通过，现予公布，自 2024 年 11
月 1 日起施行。

省长 王 凯

2024 年 9 月 2 日
"""

# data/corpus/henan-gazette-2024-19.txt, lines 382-397
GAZETTE_JOINT = """河南省财政厅 河南省住房和城乡建设厅 关于印发《河南省财政城镇保障性安居工程 补助资金管理办法》的通知

豫财综〔2024〕22号

各省辖市财政局、济源示范区财政金融局、航空港区财政审计局、住房城乡建设部门，各县（市）财政局、住房城乡建设部门：

为规范省级财政城镇保障性安居工程补助资金管理，提高资金使用效益，按照国家预算管理和城镇保障性安居工程有关规定，根据《中央财政城镇保障性安居工程补助资金管理办法》（财综〔2024〕15号）要求，结合我省实际，我们重新制定了《河南省财政城镇保障性

安居工程补助资金管理办法》。现印发给你们，请遵照执行。

附件：河南省财政城镇保障性安居工程补助资金管理办法

河南省财政厅
河南省住房和城乡建设厅
2024年6月13日
"""

# data/corpus/zhengzhou-government-documents-2022.txt, lines 1-12
ZHENGZHOU_NUMBER_AND_DATE = """郑州市人民政府

关于下达 2022 年度郑州市重点建设项目的通知

郑政〔2022〕1号 2022年2月14日

各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：

2022年度郑州市重点建设项目名单已经确定，现下达给你们。名单共列项目446个，总投资8857亿元，2022年计划完成投资2250亿元。
"""

# data/corpus/kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 113-127
KAIFENG_ANNOUNCEMENT = """2024年 7月 29日
 国家税务总局人力资源社会保障部农
业农村部教育部退役军人事务部关于重点
群体和自主就业退役士兵创业就业税收政

策有关执行问题的公告

国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部公告

2024年第 4号

为推动《财政部 税务总局 人力资源社会保障部 农业

农村部关于进一步支持重点群体创业就业有关税收政策的
"""

# data/corpus/kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 3750-3760
KAIFENG_RULE = """二、河南省惠企政策汇编
 河南省专精特新企业培育支持办法（试行）
(2024年 4月 8日河南省人民政府令第 225号公布自 2024年

5月 1日起施行)

第一章总则

第一条 为引导中小企业走专精特新发展道路，培育专精特

新企业，增强企业核心竞争力，助力实现产业基础高级化和产业
"""

# data/corpus/kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 3377-3400
KAIFENG_FIVE_BODIES = """ 市场监管总局等五部门关于印发《优化
消费环境三年行动方案（2025—2027 年）》

的通知
国市监稽发〔2025〕14 号

各省、自治区、直辖市人民政府，国务院各部委、各直

属机构：

经国务院同意，现将《优化消费环境三年行动方案（2025

—2027年）》印发给你们，请认真贯彻落实。

市场监管总局 国家发展改革委 工业和信息化部

商务部 文化和旅游部

2025年 2月 17日

优化消费环境三年行动方案（2025—2027 年）

优化消费环境是提振消费信心、激发经济活力的重要举
"""

# data/corpus/kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 5627-5640
KAIFENG_DATED = """ 中共河南省委 河南省人民政府
关于促进民营经济发展壮大的实施意见

（2024年 5月 6日）

为深入贯彻习近平总书记关于民营经济发展的重要论

述，进一步优化民营经济发展环境，促进民营经济做大做优

做强，根据《中共中央国务院关于促进民营经济发展壮大的

意见》精神，结合我省实际，提出如下实施意见。

一、持续优化民营经济发展环境
"""

# data/corpus/henan-pingdingshan-employment-policies-2023.txt, lines 3447-3466
PINGDINGSHAN_ELEVEN_BODIES = """(四)严格监督检查。乡村振兴、财政、审计等部门要对乡(镇、街道)增收奖补项目实施情况进行全流程指导、督导、检查,严防政策落实出现偏差。对违反流程、审核不严,优亲厚友,违规发放,虚报冒领、套取补贴等违规违纪现象,依法依规追责问责;对因失职渎职、出现大面积严重违纪违法问题的,严肃追究相关人员法律责任。



平顶山市人力资源和社会保障局
平顶山市发展和改革委员会
平顶山市教育体育局
平顶山市公安局
平顶山市财政局
平顶山市住房和城乡建设局
平顶山市农业农村局
平顶山市医疗保障局
平顶山市总工会
平顶山市房产事务中心
平顶山市住房公积金管理中心

平人社函〔2023〕38号

关于印发《平顶山市县域农民工 市民化质量提升行动实施方案》的通知
"""

# data/corpus/henan-pingdingshan-employment-policies-2023.txt, lines 3769-3780
PINGDINGSHAN_BANK = """中国人民银行平顶山市中心支行 平顶山市人力资源和社会保障局 文件

平人社〔2023〕23号

中国人民银行平顶山市中心支行 平顶山市人力资源和社会保障局 关于印发《平顶山市创业担保贷款精细化操作规程》的 通知

中国人民银行平顶山市中心支行各县（市）支行、各县（市、区）人力资源和社会保障局、城乡一体化示范区组织人力资源社会保障局、高新区人力资源管理局：

现将《平顶山市创业担保贷款精细化操作规程》印发给你们，请认真贯彻执行。
"""

# data/corpus/henan-pingdingshan-employment-policies-2023.txt, lines 2697-2712, 3021-3025
PINGDINGSHAN_PRINTED = """平顶山市人民政府办公室文件

平政办〔2017〕59号

平顶山市人民政府办公室 关于印发平顶山市市级农民工返乡创业示范园区 评审认定奖励办法（试行）等2个办法的 通 知

各县（市、区）人民政府，城乡一体化示范区、高新区管委会，
市人民政府各部门：

《平顶山市市级农民工返乡创业示范园区评审认定奖励办法（试行）》《平顶山市市级农民工返乡创业示范项目评审认定奖励办法（试行）》已经2017年6月14日市政府第70次常务会议研

究通过，现印发给你们，请结合实际，认真贯彻执行。



平顶山市市级农民工返乡创业示范园区 评审认定奖励办法（试行）
市人大常委会，市政协办公室，市法院，市检察院。

平顶山市人民政府办公室

2017年6月21日印发
"""

# data/corpus/henan-pingdingshan-employment-policies-2023.txt, lines 2056-2066, 2237-2239
PINGDINGSHAN_PRINTED_BY_OFFICE = """平顶山市人力资源和社会保障局文件

平人社办〔2023〕73号

平顶山市人力资源和社会保障局 关于征集2023年就业见习单位、开发就业见习 岗位的通知

各县（市、区）人力资源社会保障局、城乡一体化示范区组织人力资源社会保障局、高新区人力资源管理局，各市直有关单位：

为深入贯彻落实《人力资源社会保障部 教育部等10部门关于进一步推进实施百万就业见习岗位募集计划的通知》、《河南省人民政府办公厅关于印发2023年河南省支持高校毕业生等青年就业创业若干政策措施的通知》（豫政办〔2023〕17号）等文件精神，进一步推动就业见习工作，切实帮助高校毕业生等青年群体实现高质量就业，经研究决定于2023年6月起在全市开展

2023年就业见习单位征集认定、就业见习岗位开发活动，现将有关事项通知如下：
平顶山市人力资源和社会保障局办公室

2023年6月8日印发
"""

# corpus-extra/policy-notices/beijing-216229.txt, lines 1-10
BEIJING_LETTER = """北京市财政局关于印发《北京市公益性科研院所行业定额实施指导意见》的函
字号：   大   中   小
京财科文〔2014〕1218号
市属各科研院所：
为深入贯彻落实《关于加大对公益类科研机构稳定支持的若干意见》(国科发政字〔2007〕765号)有关精神，加强对市属公益类科研机构的支持，根据财政支出管理改革的要求，进一步明确行业定额的功能定位，规范各单位的经费使用范围，提高资金使用效益，我们制定了《北京市公益性科研院所行业定额实施指导意见》，作为市属科研院所行业定额经费预算和使用的依据，现印发给你们，请遵照执行。
北京市财政局
2014年7月3日
北京市公益性科研院所行业定额实施指导意见
第一章　总　则
第一条　为了贯彻落实《关于加大对公益类科研机构稳定支持的若干意见》(国科发政字〔2007〕765号)有关精神，对公益类科研机构承担公益科研任务给予重点支持，培养造就高水平的公益科研领军人才和创新团队，加大科研装备和基础设施投入，提高公益性行业科研经费管理水平和使用效益，依据《中华人民共和国预算法》、《中华人民共和国预算法实施条例》、《北京市预算监督条例》以及《国务院关于改进和加强中央财政科研项目和资金管理的若干意见》(国发〔2014〕11号)等有关法律法规及政策的规定，制定本意见。
"""

# corpus-extra/policy-notices/hubei-292218.txt, lines 1-10
HUBEI_DECREE = """湖北省人民政府令第282号
《湖北省推广使用车用乙醇汽油试点办法》已经2005年11月14日省人民政府常务会议审议通过，现予公布，自公布之日起施行。

省长　罗清泉
二○○五年十一月二十一日
湖北省推广使用车用乙醇汽油试点办法
第一条　为了节约石油资源，减少车辆尾气对环境的污染，努力实现国民经济可持续发展的战略目标，根据国家有关法律、法规，结合本省实际，制定本办法。

第二条　本办法所称车用乙醇汽油，是指符合国家标准（GB18351-2004）、用变性燃料乙醇和车用乙醇汽油组分油按一定比例调配后形成的乙醇含量在10%±2%（按体积分数计）的新型清洁环保燃料。
"""

# corpus-extra/policy-notices/most-227915.txt, lines 1-4
MOST_REGULATION = """国家科学技术奖励条例（国务院令第638号第二次修订）
  （1999年5月23日中华人民共和国国务院令第265号发布，根据2003年12月20日国务院令第396号《国务院关于修改<国家科学技术奖励条例>的决定》第一次修订, 根据2013年7月18日国务院令第638号《国务院关于废止和修改部分行政法规的决定》第二次修订）
  第一章 总 则
    第一条 为了奖励在科学技术进步活动中做出突出贡献的公民、组织，调动科学技术工作者的积极性和创造性，加速科学技术事业的发展，提高综合国力，制定本条例。
"""

# written for the test: a mobile wiki page (h143 桂林) — the page title, then the header template flattened into one
# line: the title again, its bare number, the issuer and the date
WIKI_MOBILE_REPLY = """国务院关于同意湖南省调整长沙市部分行政区划的批复
国务院关于同意湖南省调整长沙市部分行政区划的批复 国函〔2016〕45号 中华人民共和国国务院 2016年3月4日 |
|
湖南省人民政府:
你省《关于长沙县撤县设区的请示》(湘政〔2015〕31号)收悉。现批复如下:
同意撤销长沙县,设立长沙市望城区,以原长沙县的行政区域为望城区的行政区域。
中华人民共和国国务院
2016年3月4日
"""

# written for the test: a wiki page of a regulation (h143 民用机场) — its history printed without brackets right
# above the first article
WIKI_REGULATION_HISTORY = """医疗器械监督管理条例
医疗器械监督管理条例 (2014年) 医疗器械监督管理条例
制定机关:中华人民共和国国务院
2014年3月7日中华人民共和国国务院令第650号公布
根据2017年5月4日《国务院关于修改〈医疗器械监督管理条例〉的决定》修订
第一章 总则
第一条 为了保证医疗器械的安全、有效,保障人体健康和生命安全,制定本条例。
"""

# written for the test: a joint ministry rule as law compendiums print it, the order in its note
JOINT_ORDER_RULE = """农药包装废弃物回收处理管理办法
（2020年8月27日农业农村部、生态环境部令2020年第6号公布　自2020年10月1日起施行）
第一条 为了防治农药包装废弃物污染，根据《中华人民共和国土壤污染防治法》，制定本办法。
"""

# written for the test: a provincial rule printed twice by a database export, its note naming the
# order with 以 and a later 修改
PROVINCIAL_RULE_AMENDED = """甲省河道采砂管理办法

甲省河道采砂管理办法

（该办法于2012年3月5日以川府令第259号公布，根据2019年6月10日川府令第333号第一次修改）

第一条 为了加强河道采砂管理，制定本办法。
"""

# written for the test: district offices forwarding an unsigned text of a district body (转发区…制订的《X》)
DISTRICT_FORWARD = """杭州市西湖区人民政府办公室关于转发区城管局制订的《西湖区垃圾分类工作实施方案》的通知
西政办发〔2023〕5号
区政府各部门：
区城管局制订的《西湖区垃圾分类工作实施方案》已经区政府同意，现转发给你们，请认真贯彻执行。
杭州市西湖区人民政府办公室
2023年3月1日
西湖区垃圾分类工作实施方案
为做好垃圾分类工作，制定本方案。
一、工作目标
"""
# a reprint of a State Council forward (h36): the notice's title lost, the opinion's bodies under its title
STATE_FORWARD_UNTITLED = """各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
财政部、发展改革委、人民银行《关于在公共服务领域推广政府和社会资本合作模式的指导意见》已经国务院同意，现转发给你们，请认真贯彻执行。
国务院办公厅
2015年5月19日
关于在公共服务领域推广政府和社会资本合作模式的指导意见
财政部 发展改革委 人民银行
为打造大众创业、万众创新和增加公共产品、公共服务"双引擎"，现提出以下意见。
"""
# a province's approval passing on two departments' opinion, their names under its title
PROVINCE_APPROVAL_BODIES = """河北省人民政府批转省财政厅 省教育厅关于某某工作意见的通知
冀政〔2016〕8号
各市人民政府，省政府各部门：
省政府同意省财政厅、省教育厅《关于某某工作的意见》，现转发给你们，请认真贯彻执行。
河北省人民政府
2016年3月1日
关于某某工作的意见
河北省财政厅 河北省教育厅
为做好某某工作，现提出以下意见。
"""
# a law database's record of a notice (h38 哈尔滨): the date after the title in double brackets, the addressees
# and the body on one line; a province's record the same way
HARBIN_RECORD = """哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知 ((1990年11月16日))
各区、县(市)人民政府,市政府各委、办、局: 经市政府同意,现将哈尔滨史志编纂委员会制定的《哈尔滨市志编纂方案》转发给你们,请遵照执行。
"""
PROVINCE_RECORD = """河北省人民政府关于加强某某工作的通知 (2001年3月2日)
各设区市人民政府,省政府各部门: 为加强某某工作,现就有关事项通知如下。
"""
# a law database's page (h36 财政部、司法部): the title three times, the bodies under the last; a ministry's page
LAWDB_JOINT = """关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知
下载地址: 点击此处下载
关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知
财政部、司法部
关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知
财政部、司法部
1990年4月9日国务院批转的通知中规定，对有困难的单位适当返还一部分基金。现将有关问题通知如下。
"""
LAWDB_ONE = """关于加强某某统计工作的通知
下载地址: 点击此处下载
关于加强某某统计工作的通知
国家统计局
为加强某某统计工作，现将有关问题通知如下。
"""
HEADED_COPY = """关于调整街道党建工作经费的通知
铁高工委发〔2015〕3号
中共铁岭高新区党工委关于调整街道党建工作经费的通知
各街道党工委、各相关部门:
按照市委组织部要求，现就有关事项通知如下。
"""
COUNTY_FORWARD = """成都市郫都区人民政府办公室关于转发区住建局《郫都区老旧小区改造实施办法》的通知
郫府办发〔2021〕12号
各镇（街道），区级各部门：
区住建局《郫都区老旧小区改造实施办法》已经区政府同意，现转发给你们，请遵照执行。
成都市郫都区人民政府办公室
2021年6月8日
郫都区老旧小区改造实施办法
第一条 为推进老旧小区改造，制定本办法。
"""

# written for the test: a 批转 notice whose text prints the signature of the bodies that drafted it
CITY_APPROVAL_SIGNED = """南京市人民政府关于批转市财政局等两部门制订的《南京市停车收费管理办法》的通知
宁政规〔2022〕9号
各区人民政府，市府各委办局：
市政府同意市财政局、市发展改革委制订的《南京市停车收费管理办法》，现批转给你们，请认真遵照执行。
南京市人民政府
2022年4月2日
南京市停车收费管理办法
第一条 为规范停车收费行为，制定本办法。
南京市财政局
南京市发展和改革委员会
2022年3月15日
"""

# corpus-extra/policy-notices/liaoning-311464.txt, lines 1-12
LIAONING_APPROVAL = """辽政发〔1998〕34号
批转省经贸委、纺织总会关于纺织行业
深化改革调整结构扭亏解困若干意见的通知
各市人民政府，省政府各部门：
省政府同意省经贸委、纺织总会《关于纺织行业深化改革调整结构扭亏解困的若干意见》，现转发给你们，请认真贯彻执行。

一九九八年八月十一日

关于纺织行业深化改革
调整结构扭亏解困的若干意见

为贯彻落实《国务院关于纺织工业深化改革调整结构解困扭亏工作有关问题的通知》（国发〔1998〕2号）精神，支持我省纺织行业深化改革、压锭减员、调整结构，力争两年内使我省纺织行业的国有企业总体上实现扭亏为盈，走出困境的目标，特提出如下意见。
"""

# corpus-extra/policy-notices/shanghai-283963.txt, lines 1-10
SHANGHAI_FORWARD = """ 沪财法[2007]9号
各区县财政局、税务局，各财税分局：
现将《财政部 国家税务总局关于广播电视村村通税收政策的通知》（财税[2007]17号）转发给你们，请按照执行。
上海市财政局
上海市国家税务局
上海市地方税务局
二ＯＯ七年二月六日
关于广播电视村村通税收政策的通知
财税[2007]17号
各省、自治区、直辖市、计划单列市财政厅(局)、国家税务局、地方税务局，新疆生产建设兵团财务局：
"""

# corpus-extra/policy-notices/chongqing-10809.txt, lines 1-8
CHONGQING_OPINION = """重庆市人民政府办公厅关于
促进内外贸一体化发展的实施意见
渝府办发〔2022〕109号

各区县（自治县）人民政府，市政府各部门，有关单位：
为贯彻落实《国务院办公厅关于促进内外贸一体化发展的意见》（国办发〔2021〕59号）精神，统筹推进全市内外贸一体化发展，经市政府同意，现提出如下实施意见。
一、总体要求
（一）指导思想。
"""

# corpus-extra/policy-notices/zhejiang-301789.txt, lines 1-9
ZHEJIANG_PORTAL = r"""索引号： 000014349/2004-711188 主题分类：
发布机构： 省政府办公厅 成文日期： 2004-02-02
文号： 浙政发〔2004〕4号
浙江省人民政府　浙江省军区 关于表彰2002年冬季退役士兵安置工作先进单位 和先进个人的通报
日期：2012-07-14 23:08
来源： 省政府办公厅
浏览次数： 14
字体：[ 大 中 小]
    各市、县\\\(市、区\\\)人民政府,各军分区\\\(警备区、预备役师\\\)、县\\\(市、区\\\)人武部、预备役团,省政府直属各单位:
"""

# corpus-extra/policy-notices/anhui-208869.txt, lines 1-8
ANHUI_UNTITLED = """  各市、县人民政府，省政府各部门、各直属机构：
2014年，在省委、省政府的正确领导下，各地、各有关部门坚持把发展粮食生产作为“三农”工作的首要任务，深入推进粮食生产三大行动，广泛开展粮食高产创建及增产模式攻关，进一步强化政策扶持，加大组织发动，推动科技兴粮，克服多种自然和生物灾害不利影响，全年粮食生产创造历史新高，总产量达到683.2亿斤，比上年增产27.3亿斤，增长4.2%，增产量占全国增产总量的1/4以上，增幅居全国第2位，成为我省经济社会发展的突出亮点，为保障国家粮食安全、促进我省经济平稳较快发展作出了重要贡献。
经推荐评选，合肥市等5个市被评为“全省粮食生产先进市”，肥东县等20个县（市、区）被评为“全省粮食生产先进县”，钱之云等100名同志被评为“全省粮食生产先进工作者”，陈志刚等99名同志被评为“全省种粮大户”。为进一步调动各级政府重农抓粮、农业工作者科技兴粮、农民群众务农种粮的积极性，继续保持全省粮食生产稳定发展的好势头，省政府决定对2014年全省粮食生产先进单位和先进个人给予通报表扬。
希望受表扬的先进单位和先进个人珍惜荣誉，再接再厉，充分发挥模范带头作用，在发展粮食生产中再创佳绩、再立新功。各地、各有关部门和广大农业农村工作者要学习他们的先进事迹，锐意进取、勇于创新，加大科技兴粮力度，促进全省粮食生产稳定发展和农民持续增收，为打造“三个强省”、建设美好安徽作出新的贡献。
附件：2014年全省粮食生产先进单位和先进个人名单
安徽省人民政府
2015年1月16日
"""

# corpus-extra/lawrefbook/DLC/河南地方法规/地方性法规/河南/三门峡市城市环境卫生管理条例(2019-01-15).md, lines 1-14
SANMENXIA_REGULATION = """# 三门峡市城市环境卫生管理条例

2016年8月18日 三门峡市第六届人民代表大会常务委员会第三十三次会议通过

2016年9月30日 河南省第十二届人民代表大会常务委员会第二十四次会议批准根据2018年8月28日三门峡市第七届人民代表大会常务委员会第九次会议通过

2018年11月29日 河南省第十三届人民代表大会常务委员会第七次会议批准的《三门峡市人民代表大会常务委员会关于修改部分地方性法规的决定》修正

<!-- INFO END -->

## 第一章  总则

第一条 为了加强城市环境卫生管理，创造清洁、优美的城市环境，根据国务院《城市市容和环境卫生管理条例》及有关法律、法规，结合本市实际，制定本条例。
"""

# corpus-extra/lawrefbook/行政法规/专利代理条例(2018-11-06).md, lines 1-16
PATENT_AGENCY_REGULATION = """# 专利代理条例

1991年3月4日 中华人民共和国国务院令第76号发布

2018年9月6日 国务院第23次常务会议修订通过

2018年11月6日 中华人民共和国国务院令第706号公布

2019年3月1日 施行

<!-- INFO END -->

## 第一章 总则

第一条 为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，维护专利代理活动的正常秩序，促进专利代理行业健康发展，根据《中华人民共和国专利法》，制定本条例。
"""

# corpus-extra/lawrefbook/司法解释/最高人民法院 最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释(2019-06-27).md, lines 1-7
SPC_SPP_INTERPRETATION = """# 最高人民法院 最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释

2018年9月3日 最高人民法院审判委员会第1747次会议、2018年12月12日最高人民检察院第十三届检察委员会第十一次会议通过

2019年7月1日 施行

<!-- INFO END -->
"""

# corpus-extra/lawrefbook/司法解释/最高人民法院关于《企业破产法》施行时尚未审结的企业破产案件适用法律若干问题的规定(2007-04-25).md, lines 1-12
MINISTRY_NOTICE_BY_NUMBER = """# 关于某某职工补贴标准问题的通知

民发〔2011〕3号

<!-- INFO END -->

各省、自治区、直辖市民政厅（局）：
"""
SPC_INTERPRETATION = """# 最高人民法院关于《中华人民共和国企业破产法》施行时尚未审结的企业破产案件适用法律若干问题的规定

2007年4月23日 最高人民法院审判委员会第1425次会议通过

2007年4月25日 最高人民法院公告公布

2007年6月1日 施行

<!-- INFO END -->

为正确适用《中华人民共和国企业破产法》，对人民法院审理企业破产法施行前受理的、施行时尚未审结的企业破产案件具体适用法律问题，规定如下：
"""

# tests/test_loaders_scraped.py: the metadata table of a gov.cn policy page, then its text.
GOV_CN_PORTAL = """索 引 号：000014349/2024-00045
主题分类：劳动、人事、监察\\就业
发文机关：国务院办公厅
成文日期：2024年05月20日
标　　题：国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知
发文字号：国办发〔2024〕25号
发布日期：2024年05月22日
国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知
国办发〔2024〕25号
"""


# ---------------------------------------------------------------- factories
def span(text: str, k: int = 0) -> H.SpanHeader:
    """The header context of the k-th document the segmenter finds in ``text`` (a transmitted text
    with its notice parsed first, as in a build)."""
    nb, spans = find_spans(clean_lines(text))
    if not spans:  # no header anchor (a rule as a legal database prints it): the file is one document
        nb = [l for l in clean_lines(text) if l.text]
        return H.SpanHeader(nb, Span(nb[0].text, 0, 0, 0, "file", len(nb) - 1), default_registry())
    return read_spans(nb, spans, "snippet.txt", [])[k][0]


def law(text: str, path: str = "snippet.md") -> H.LawFile:
    return H.LawFile(path, text, clean_lines(text))


def file_text(text: str, path: str = "snippet.txt") -> H.FileText:
    return H.FileText(path, [l for l in clean_lines(text) if l.text])


def portal(text: str) -> H.PortalPage:
    return H.PortalPage(read_portal_fields(text))


def I(*names: str, line: int | None = None) -> Issuers:  # noqa: E743 - reads as a table cell
    return Issuers(names, line)


def shown(value):
    """Doc numbers compare as printed; everything else as it is."""
    return str(value) if isinstance(value, DocNumber) else value


def rows(table: dict) -> list:
    return [
        pytest.param(source, *row, id=f"{source.__name__}-{i}")
        for source, tab in table.items()
        for i, row in enumerate(tab)
    ]


# ---------------------------------------------------------------- doc number of a span: (snippet, k, number)
# a forwarding notice and the opinion it forwards, its author and date in a note under its title
# (written in the style of the State Council's 1997 forwarded texts)
FORWARDED_NOTE = """国务院办公厅转发民政部关于加强社区服务工作意见的通知
国办发〔1997〕20号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
民政部《关于加强社区服务工作的意见》已经国务院同意，现转发给你们，请认真贯彻执行。
国务院办公厅
一九九七年五月六日
关于加强社区服务工作的意见
（民政部　一九九七年三月十二日）
为加快发展社区服务事业，现提出如下意见。
"""
# a province forwards a department's opinion in the same way (made-up text in that style)
FORWARDED_NOTE_PROVINCE = """山东省人民政府办公厅转发省发展改革委关于促进民营经济发展若干意见的通知
鲁政办发〔2019〕5号
各市人民政府，省政府各部门、各直属机构：
省发展改革委《关于促进民营经济发展的若干意见》已经省政府同意，现转发给你们，请结合实际认真贯彻执行。
山东省人民政府办公厅
2019年2月20日
关于促进民营经济发展的若干意见
（山东省发展和改革委员会　2019年1月15日）
根据《中华人民共和国中小企业促进法》，现就促进民营经济发展提出如下意见。
"""
# written for the test, as a city finance bureau's portal prints a notice: no number in the text, the
# document's own file linked below it under its number
PORTAL_NOTICE_OWN_FILE = (
    "乙市财政局关于提前下达2025年补助资金预算的通知\n各区县财政局：\n"
    "根据《财政部关于提前下达2025年补助资金预算的通知》（财建〔2024〕368号），现将补助资金预算下达给你们，请按规定使用。\n"
    "有关事项通知如下：一是加强资金管理；二是做好绩效评价。\n乙市财政局\n2024年11月28日\n"
    "附件：补助资金分配表.xls\n渝财产业〔2024〕173号.docx\n"
)

# written for the test, as legal databases print a rule: a note under the title with its number (and issuer)
_ARTICLES = "第一章　总则\n第一条　为规范管理，根据《有关条例》，结合本地实际，制定本办法。\n" + "".join(
    f"第{n}条　本条规定有关事项，有关部门应当按照职责分工做好相关工作。\n" for n in "二三四五六七八"
)
DATABASE_RULE_NUMBER_NOTE = (
    "甲市住房公积金归集管理办法\n（甲房金管发[2009]1号　甲市住房公积金管理委员会）\n" + _ARTICLES
)
DATABASE_RULE_ORDER_NOTE = "乙省农林特产农业税征收实施办法\n（1989年7月24日　乙省人民政府令第9号）\n" + _ARTICLES


# a ministry's rule under its year-numbered order (made-up text in the style of 交通运输部令)
MINISTRY_DECREE = """中华人民共和国交通运输部令
2024年第5号
《道路旅客运输及客运站管理规定》已于2024年3月1日经第6次部务会议通过，现予公布，自2024年5月1日起施行。
部长 李小鹏
2024年3月8日
道路旅客运输及客运站管理规定
第一条 为了规范道路旅客运输经营活动，制定本规定。
"""


LIANGSHAN_NUMBER_BEFORE_TITLE = """梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知
各乡镇人民政府、街道办事处：
现将《梁山县突发事件总体应急预案》印发给你们，请结合实际抓好贯彻落实。
梁山县人民政府
2023年3月9日
"""


ZHIDUO_DAMAGED_NUMBER = """关于印发治多县义务教育控辍保学专项行动方案的通知
治政办[201793
各乡镇人民政府，县直各部门：
现将《治多县义务教育控辍保学专项行动方案》印发给你们，请认真贯彻执行。
"""


# a notice's number a crawler stripped of its brackets (h216 广东, 粤发改气候函20171530号)
STRIPPED_NUMBER_NOTICE = """甲省发展改革委关于征集乙项目的通知
甲发改气候函20171530号
各地级以上市发展改革局：
为推进乙工作，现就征集乙项目有关事项通知如下。
"""

# a joint rule whose order head a crawl dropped: the passing sentence, the two heads signing and the date run on
# (h216 生态环境部 and 市场监管总局)
DECREE_SIGNED_RUN_IN_RULE = """乙类交易管理办法（试行）
《乙类交易管理办法（试行）》已于2022年9月15日由交通运输部2022年第三次部务会议审议通过，并经国家市场监督管理总局同意，\
现予公布，自公布之日起施行。 交通运输部部长 张某某 市场监管总局局长 李某 2022年10月19日 乙类交易管理办法（试行） \
第一章 总则 第一条 为了规范乙类交易，制定本办法。
"""


# a notice whose signature ran into its body's line (h124 国务院, a page that lost its line breaks)
SIGNATURE_RUN_IN_PAGE = """国务院关于印发某某规划的通知

国发〔2021〕99号 各省、自治区、直辖市人民政府,国务院各部委、各直属机构:现将《某某规划》印发给你们,请认真贯彻执行.国务院2021年12月14日
"""

# a notice stored as one line under its title: the signer run on between the attachment list and the date (h193 长兴岛)
SIGNER_AFTER_ATTACHMENTS_PAGE = (
    "某某开发区关于申报某某名单的通知\n区内各相关企业:根据市工信局《关于开展某某名单推荐工作的通知》,请按照《某省工业和信息化厅关于开展某某名单推荐工作的通知》"
    "文件要求,有意申报的企业于3月30日前将申报材料报送至管委会,具体通知事宜详见附件,特此通知,附件:1.关于开展某某名单推荐工作的通知"
    "2.申报材料附件大连某某经济技术开发区经济发展局2022年3月21日(联系人:某某,联系电话:12345678)。\n"
)


CHANGZHOU_RED_HEAD_RELATIVE_TITLE = """常州市人民政府文件
常政发〔2010〕182号
市政府关于大力实施商标战略
推进创新型城市建设的意见
各辖市、区人民政府，市各委办局：
为贯彻落实《国家知识产权战略纲要》，现提出如下意见。
"""
SPC_NUMBER_BEFORE_QUOTED_TITLE = """法发〔2015〕13号《最高人民法院关于完善人民法院司法责任制的若干意见》
最高人民法院关于完善人民法院司法责任制的若干意见
为贯彻中央关于深化司法体制改革的总体部署，结合审判工作实际，制定本意见。
一、目标原则
"""
SPC_NUMBER_BEFORE_QUOTED_NOTICE = """法发〔2018〕23号《最高人民法院关于进一步全面落实司法责任制的实施意见》
最高人民法院印发《关于进一步全面落实司法责任制的实施意见》的通知
各省、自治区、直辖市高级人民法院：
现将《最高人民法院关于进一步全面落实司法责任制的实施意见》印发给你们，请认真贯彻执行。
最高人民法院
2018年12月4日
"""

SPAN_NUMBERS = {
    H.number_before_quoted_title: [
        # a law site's heading: the number, then the title in book marks, the title again below (最高法 h79)
        (SPC_NUMBER_BEFORE_QUOTED_TITLE, 0, "法发〔2015〕13号"),
        (SPC_NUMBER_BEFORE_QUOTED_NOTICE, 0, None),  # the heading names the opinion the notice issues, not the notice
        (GAZETTE_NOTICE, 0, None),
    ],
    H.number_of_damaged_line: [
        (ZHIDUO_DAMAGED_NUMBER, 0, "治政办〔2017〕93号"),  # its closing bracket and 号 lost (h78, h58)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.number_stripped_of_brackets: [
        (STRIPPED_NUMBER_NOTICE, 0, "甲发改气候函〔2017〕1530号"),  # 〔〕 stripped, 号 kept (h216)
        (ZHIDUO_DAMAGED_NUMBER, 0, None),  # 治政办[201793: a bracket left (number_of_damaged_line's)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.number_before_title: [
        (LIANGSHAN_NUMBER_BEFORE_TITLE, 0, "梁政发〔2023〕7号"),  # a portal's heading (h63)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.number_on_its_own_line: [
        (GAZETTE_NOTICE, 0, "豫政办〔2024〕46号"),
        (BEIJING_LETTER, 0, "京财科文〔2014〕1218号"),
        (CHONGQING_OPINION, 0, "渝府办发〔2022〕109号"),
        (ZHENGZHOU_NUMBER_AND_DATE, 0, "郑政〔2022〕1号"),  # the date after it is the date source's
        (SHANGHAI_FORWARD, 0, "沪财法〔2007〕9号"),  # 沪财法[2007]9号, the brackets cleaned
        (GAZETTE_DECREE, 0, None),
        (GAZETTE_NOTICE, 1, None),  # a transmitted text has no number line of its own
    ],
    H.order_or_announcement_line: [
        (GAZETTE_DECREE, 0, "河南省人民政府令第227号"),  # 河南省人民政府令 / 第 227 号
        (HUBEI_DECREE, 0, "湖北省人民政府令第282号"),  # on one line
        (KAIFENG_ANNOUNCEMENT, 0, "2024年第4号"),
        (MINISTRY_DECREE, 0, "中华人民共和国交通运输部令2024年第5号"),  # a year-numbered order, not an announcement
        (GAZETTE_NOTICE, 0, None),
    ],
    H.order_in_promulgation_note: [
        (KAIFENG_RULE, 0, "河南省人民政府令第225号"),  # (2024年 4月 8日河南省人民政府令第 225号公布…)
        (MOST_REGULATION, 0, "中华人民共和国国务院令第265号"),  # the first decree the note names
        (JOINT_ORDER_RULE, 0, "农业农村部、生态环境部令2020年第6号"),  # a joint order names each ministry
        (PROVINCIAL_RULE_AMENDED, 0, "川府令第259号"),  # 以川府令…公布: 以 is no part of the issuer
        (GAZETTE_DECREE, 0, None),
    ],
    H.number_after_title_on_header_line: [
        (WIKI_MOBILE_REPLY, 0, "国函〔2016〕45号"),  # the title, its number, issuer and date on one line (h143)
        (WIKI_MOBILE_REPLY.replace(" 国函〔2016〕45号", " (国函〔2016〕45号)"), 0, None),  # a number in brackets
        (GAZETTE_NOTICE, 0, None),
    ],
    H.order_in_header_history: [
        (WIKI_REGULATION_HISTORY, 0, "中华人民共和国国务院令第650号"),  # …令第650号公布 above 第一章 (h143)
        (KAIFENG_RULE, 0, None),
    ],
    H.number_of_own_file: [
        (PORTAL_NOTICE_OWN_FILE, 0, "渝财产业〔2024〕173号"),  # the page links the document's own file
        (PORTAL_NOTICE_OWN_FILE.replace("渝财产业〔2024〕173号.docx", "附件：分配表.xls"), 0, None),
        (KAIFENG_RULE, 0, None),
    ],
    H.number_in_title_brackets: [
        (SITE_TITLE_WITH_ORDER, 0, "某某省人民政府令第148号"),  # a site's title line carries the own number (h108)
        (KAIFENG_RULE, 0, None),
    ],
    H.order_above_decree: [
        (ORDER_OVER_DECREE, 0, "中华人民共和国某某部令2022年第5号"),  # the order's line over the decree (h119)
        (KAIFENG_RULE, 0, None),
    ],
    H.number_before_addressees: [
        (NUMBER_RUN_INTO_ADDRESSEES, 0, "甲府办发〔2017〕27号"),  # number 各…: 《X》… on one line (h84 仁寿)
        (KAIFENG_RULE, 0, None),
    ],
    H.number_after_title_repeated: [
        (TITLE_AGAIN_WITH_NUMBER, 0, "2025年第3号"),  # the headline, then the title again with its number (h243 延平)
        (KAIFENG_RULE, 0, None),
    ],
    H.number_named_in_later_note: [
        (
            DECISION_NAMED_IN_RULE_NOTE,
            0,
            "某市人民政府令第98号",
        ),  # the rule's note below names the decision (上海 餐厨)
        (DECISION_NAMED_IN_RULE_NOTE, 1, None),  # the rule itself: no text below names it
    ],
    H.number_in_note_under_title: [
        (DATABASE_RULE_NUMBER_NOTE, 0, "甲房金管发〔2009〕1号"),  # （number issuer）
        (DATABASE_RULE_ORDER_NOTE, 0, "乙省人民政府令第9号"),  # （date order）
        (KAIFENG_RULE, 0, None),  # a promulgation note is order_in_promulgation_note's
    ],
}

# a joint notice titled by its lead body, signed by both (云南 财政厅 + 人社厅, unseen h27)
YUNNAN_JOINT_SIGNED = """云南省财政厅关于印发《云南省就业专项资金管理办法》的通知
各州(市)财政局、人力资源和社会保障局:
经省人民政府同意,现将《云南省就业专项资金管理办法》印发给你们,请认真贯彻执行。
云南省财政厅   云南省人力资源和社会保障厅
2013年9月4日
"""
# a gazette's notice titled by 市人民政府 without its place, signed with it (咸宁, unseen h29)
XIANNING_RELATIVE_TITLE = """市人民政府关于印发咸宁市养犬管理办法的通知
各县、市、区人民政府，市政府各部门：
现将《咸宁市养犬管理办法》印发给你们，请认真遵照执行。
咸宁市人民政府
2023年9月25日
"""
# a department's notice titled under the body's old name, signed with its current one (浙江 h160)
HUNAN_OLD_NAME_TITLE = """湖南省建设厅关于印发《全省建筑市场专项行动实施方案》的通知
湘建建发〔2023〕29号
各市州住房和城乡建设局：
现将《全省建筑市场专项行动实施方案》印发你们，请抓好贯彻落实。
湖南省住房和城乡建设厅
2023年3月13日
"""
# a title naming its body by its level, the page's source line naming the place (襄阳 h44)
JINGMEN_SOURCE_LINE_RELATIVE_TITLE = """市人民政府关于进一步优化营商环境的实施方案
来自:荆门市政府门户网站 时间:2018-11-22
各县(市、区)人民政府,市直各单位:
为激发市场活力,特制定本实施方案。
"""
# a county's rules under its number, the prefix abbreviating the county (盐池 盐政发, unseen h27)
# 常政发 over addressees naming 常州经开区 (unseen h110 常州): 泰 is 泰州's and 泰安's
TAIZHOU_SHARED_PREFIX = """关于印发重点任务分解落实方案的通知 泰政办发〔2022〕3号
各市(区)人民政府,泰州医药高新区管委会,市各委办局: 现将重点任务分解落实方案印发给你们,请认真抓好落实。
"""
YANCHI_RULES = """盐政发〔2017〕40号
盐池县人民政府工作规则
第一章 总 则
第一条 根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本规则。
"""
# a province's implementing opinion titled by the verb it carries the national one out with (浙江 one-line
# page, unseen h30; the same wording in 河北's and 湖北's titles): the issuer stands before 贯彻
PROVINCE_CARRIES_OUT = """浙江省人民政府贯彻国务院关于进一步推进某地区改革开放的指导意见的实施意见
浙政发〔2009〕69号
各市、县人民政府，省政府直属各单位：
为贯彻《国务院关于进一步推进某地区改革开放的指导意见》（国发〔2008〕30号）精神，提出以下实施意见。
"""
OFFICE_CARRIES_OUT = """湖北省人民政府办公厅贯彻落实国务院办公厅关于某某工作意见的通知
鄂政办发〔2014〕12号
各市、州、县人民政府，省政府各部门：
为贯彻落实《国务院办公厅关于某某工作的意见》，现就有关事项通知如下。
"""
# a city congress's standing committee's rules, titled by its full name (深圳, unseen h35)
CONGRESS_RULES = """深圳市人民代表大会常务委员会讨论决定重大事项规定(2014修订)
第一条 为了保证依法行使职权，根据《中华人民共和国宪法》，制定本规定。
第二条 本规定适用于本机关。
"""
# a city's disclosure rules: the title names the city and its government's information, no body (昆明, h27)
TOWN_DISCLOSURE_RULES = """昆明市政府信息主动公开制度
第一条 为了推进政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。
第二条 本制度适用于本市各级行政机关。
"""
# a prefecture government's guide to its information, titled by its name and its year (临夏, h45)
DISCLOSURE_GUIDE = """临夏回族自治州人民政府信息公开指南（2023年）
为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。
一、主动公开
"""
# a page that kept only the last lines of a notice — its last sentence, its two signers and its date — over the
# text it issues (石景山, 宁波 江北, h47); the same page with a draft under a standing committee's announcement
SIGNED_ABOVE_TEXT = """添加文秘网到电脑桌面
认真贯彻执行。
中共某某区委办公室
某某区人民政府办公室
2019年4月16日
某某区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案
为贯彻落实《中共某某市委关于加强新时代街道工作的意见》相关要求，制定本方案。
一、总体要求
"""
SIGNED_ABOVE_DRAFT = SIGNED_ABOVE_TEXT.replace("的任务分解方案", "的任务分解方案（征求意见稿）")
# a page with no signature: the sentence under the title says who passed the text, and when (h77 云南, h113 天津)
PASSED_SENTENCE_PAGE = """福建省职业培训机构管理办法
福建省职业培训机构管理办法
《福建省职业培训机构管理办法》于2012年3月5日福建省人力资源和社会保障厅第4次厅务会议通过,现予公布。
第一章 总 则
第一条 为了加强职业培训机构管理,制定本办法。
"""
# the same page with no body's name over the date, a publicity note under it (h120 安顺)
DATED_ABOVE_TEXT = SIGNED_ABOVE_TEXT.replace("中共某某区委办公室\n某某区人民政府办公室\n", "").replace(
    "2019年4月16日\n", "2019年4月16日\n（此件公开发布）\n"
)

# a dated list's heading: the day opens the title (h258 泰安)
DATE_OPENING_TITLE = """2025年3月5日某某项目环境影响评价文件审批公告
根据有关规定,经审查,我局对以下项目作出审批决定。现将审批决定情况予以公告。
一、甲项目:建设单位甲公司,建设地点甲镇,审批决定为同意建设。
二、乙项目:建设单位乙公司,建设地点乙镇,审批决定为同意建设。
"""

# a standing committee's announcement signed right above the regulation it publishes (h94 海口)
ANNOUNCED_ABOVE_REGULATION = """某某市人民代表大会常务委员会公告
(第49号)
《某某市市政设施管理条例》已由某某市第十七届人民代表大会常务委员会第三十三次会议于2025年10月29日修订通过，经某某省第七届人民代表大会常务委员会第二十一次会议于2025年11月27日批准，现予公布。
某某市人民代表大会常务委员会
2025年12月10日
某某市市政设施管理条例
(1996年12月12日某某市第十一届人民代表大会常务委员会第二十二次会议通过 2025年11月27日某某省第七届人民代表大会常务委员会第二十一次会议批准)
第一条 为了加强市政设施管理，结合本市实际，制定本条例。
"""

# a decision with its passing line under the title unbracketed (h242 琅琊区)
UNBRACKETED_PASSING_LINE = """关于将区三次会议议案交区人民政府办理的决定
2019年3月11日甲市乙区第六届人民代表大会常务委员会第十六次会议通过
区六届人大三次会议主席团审议通过,将代表联名提出的议案交区人民政府研究办理。
"""

# a law database's record: the issuing bodies alone on the line above the title (财政部 发改委 工信部, h29)
DATABASE_BODIES_ABOVE_TITLE = """关于开展节能环保汽车推广工作的通知

财政部 国家发展和改革委员会 工业和信息化部

关于开展节能环保汽车推广工作的通知
财建〔2013〕644号
各省、自治区、直辖市财政厅（局）：
为推进节能减排，现就有关事项通知如下。
"""

# a law database's page of a city's regulation its province approved: the province on the issuer line (h115)
KAIFENG_APPROVED_REGULATION = """开封市城市绿化管理办法
河南省人大常委会
（1990年6月12日开封市第八届人民代表大会常务委员会第二十一次会议通过　1990年7月19日河南省第七届人民代表大会常务委员会第二十九次会议批准）
第一章　总　则
第一条　为了搞好城市绿化建设和管理，制定本办法。
"""

# ---------------------------------------------------------------- issuers of a span: (snippet, k, Issuers)
# a joint notice titled by its lead body and a count (X等4部门关于…), its sentence naming all four, its signature
# garbled by an OCR (h138 芜湖)
COUNTED_BODIES = """蚌埠市财政局等4部门关于印发《蚌埠市供热接入办法》的通知
蚌财〔2023〕8号
各县区人民政府：
为贯彻落实有关文件精神，蚌埠市财政局、蚌埠市公安局、蚌埠市水务局、蚌埠市城市管理局等部门，共同研究制定了《蚌埠市供热接入办法》，现印发给你们，请遵照执行。
蚌埠市财故局
蚌埠市公安晟
2023年5月30日
"""

# (h65 扬州) a government on a line set apart above a forwarding notice numbered by its general office
OFFICE_NUMBER_UNDER_GOVERNMENT = """首页 » 法律资料网 » 法律法规 »

某某实施细则

江苏省镇江市人民政府


关于转发《镇江市河道疏浚工程项目管理实施细则》的通知


镇府办发〔2003〕88号

各辖市、区人民政府，市各有关部门：

经市政府同意，现将《镇江市河道疏浚工程项目管理实施细则》转发给你们，请认真贯彻执行。

镇江市人民政府办公室
二○○三年五月八日
"""

# (h98 德宏) an announcement's head, serial and publishing sentence right above the title it publishes
# a district government's number head, its city's abbreviation and the district's first character (h105 龙岗)
DISTRICT_NUMBER_HEAD = """珠香府〔2012〕56号
关于印发《珠海市香洲区人民政府工作规则》的通知
各街道办、区府属各单位:
《珠海市香洲区人民政府工作规则》已经区政府常务会议审议通过，现予印发。
二〇一二年九月十六日
"""

# a compilation's entry: the text's title, a news lead under it naming who issued it (h48 陕西)
LEAD_UNDER_TITLE = """湖南省推进某某突破年实施意见
2023年2月13日，中共湖南省委湖南省人民政府印发了《湖南省推进某某突破年实施意见》，要求各地认真贯彻落实。
一、总体要求
"""

# a news headline over the publicity it reports: the body before 公示, what it put out on the next line (h165 黑龙江)
# (h61 大连) a signer's line over a date whose characters an encoding lost
DATE_LOST_SIGNATURE = """关于印发《某某经济区工作方案》的通知
区直属各部门、各单位：
现将《某某经济区工作方案》印发给你们，请认真贯彻实施?/P>

某某经济区管理委员会办公室
2017??9?BR>(此件公开发布?/P>
"""


HEADLINE_OVER_PUBLICITY = """某某省农业农村厅公示
某某示范县拟确定名单
乙市3地入选
2024-05-28 10:20
关于某某省2024年某某示范县拟确定名单的公示
某农厅函〔2024〕9号
各市农业农村局：
经评审，拟确定某某示范县名单，现予以公示。
"""

# a decision opening with the standing committee's meeting that takes it (h37 福建)
MEETING_OPENING = """关于废止部分地方性法规的决定
浙江省第九届人民代表大会常务委员会第三十次会议审议了省人民政府关于废止《浙江省某某条例》的议案，决定予以废止。
本决定自公布之日起施行。
"""

ANNOUNCEMENT_ABOVE_TITLE = """某某州州级储备粮管理办法(试行)

云南省大理白族自治州人民政府办公室

大理州人民政府办公室公告

第3号

现公布《大理州州级储备粮管理办法(试行)》,自2008年10月1日起施行。

二○○八年九月二十八日

大理州州级储备粮管理办法(试行)

第一章 总 则

第一条 为了加强州级储备粮的管理,制定本办法。
"""

# (h169 长兴) an interpretation page naming its interpreter at its foot
INTERPRETATION_PAGE = """文字解读《某某县人民政府关于公布行政规范性文件清理结果的通知》
一、制定背景
根据上级要求，对县政府制发的行政规范性文件进行全面清理。
二、主要内容
经清理，继续有效的行政规范性文件27件，废止8件，宣布失效2件。
三、工作要求
解读单位:某某县司法局,咨询电话:0000-1234567
"""

# (h190 上海) a title naming its lead body and others left unnamed (等), no signature
LEAD_AND_OTHERS_TITLE = """市经济信息化委等关于印发《上海市某某产业发展行动方案》的通知
为推进某某产业发展，制定本方案。
"""


# (h233 广元) an unsigned appeal naming its sender only in its first sentences
APPEAL_NAMING_SENDER = """全市各级工会组织、广大职工朋友们:
当前,创建工作正处于关键阶段。在此,甲市总工会特向全市各级工会组织和广大职工发出如下倡议:
一、广泛宣传引领,争做创建的倡导者。
"""

SPAN_ISSUERS = {
    H.issuers_of_decree_signed_run_in: [
        (DECREE_SIGNED_RUN_IN_RULE, 0, I("交通运输部", "市场监管总局", line=2)),  # both heads' bodies (h216)
        (HUBEI_DECREE, 0, None),  # the order's signature on lines of its own
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuer_leading_others_in_title: [
        (LEAD_AND_OTHERS_TITLE, 0, I("市经济信息化委", line=1)),  # as printed, resolved in the place later
        (GAZETTE_JOINT, 0, None),  # no 等 in the title
    ],
    H.issuers_counted_in_title: [
        (COUNTED_BODIES, 0, I("蚌埠市财政局", "蚌埠市公安局", "蚌埠市水务局", "蚌埠市城市管理局", line=2)),
        (GAZETTE_JOINT, 0, None),  # no count in the title
    ],
    H.issuers_passing_approved_regulation: [
        (KAIFENG_APPROVED_REGULATION, 0, I("开封市人民代表大会常务委员会", line=1)),  # not 河南省人大常委会
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_on_line_above_title: [
        (DATABASE_BODIES_ABOVE_TITLE, 0, I("财政部", "国家发展和改革委员会", "工业和信息化部", line=3)),
        (GAZETTE_NOTICE, 0, None),  # the title is the file's first line
    ],
    H.issuers_of_signature_widening_title: [
        (YUNNAN_JOINT_SIGNED, 0, I("云南省财政厅", "云南省人力资源和社会保障厅", line=4)),
        (XIANNING_RELATIVE_TITLE, 0, I("咸宁市人民政府", line=4)),  # 市人民政府 in the title, written out signing
        (GAZETTE_JOINT, 0, None),  # the title names both bodies already
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_signature_renaming_title: [
        (HUNAN_OLD_NAME_TITLE, 0, I("湖南省住房和城乡建设厅", line=5)),  # 建设厅 unknown, 住房和城乡建设厅 signing
        (YUNNAN_JOINT_SIGNED, 0, None),  # the title's body is known
        (XIANNING_RELATIVE_TITLE, 0, None),
    ],
    H.issuers_of_head_widening_title: [
        (
            CHANGZHOU_RED_HEAD_RELATIVE_TITLE,
            0,
            I("常州市人民政府", line=1),
        ),  # 市政府 in the title, the red head in full
        (
            DATABASE_ISSUER_LINE_RELATIVE_TITLE,
            0,
            I("江苏省某某市人民政府", line=4),
        ),  # a law database's issuer line (h115)
        (GAZETTE_NOTICE, 0, None),  # the title names its body in full
    ],
    H.issuers_of_page_widening_title: [
        (JINGMEN_SOURCE_LINE_RELATIVE_TITLE, 0, I("荆门市人民政府", line=2)),  # 来自:荆门市政府门户网站
        (XIANNING_RELATIVE_TITLE, 0, I("咸宁市人民政府", line=4)),  # a short text: its signature among the lines read
        (GAZETTE_NOTICE, 0, None),  # the title names its body in full
    ],
    H.issuer_heading_title: [
        (YANCHI_RULES, 0, I("盐池县人民政府", line=2)),  # 盐政发: 盐城 by the prefix alone
        (GAZETTE_NOTICE, 0, None),  # the title starts with 河南省人民政府办公厅, the number with 豫: no match
    ],
    H.issuers_in_title: [
        (GAZETTE_NOTICE, 0, I("河南省人民政府办公厅", line=1)),
        (GAZETTE_JOINT, 0, I("河南省财政厅", "河南省住房和城乡建设厅", line=1)),
        (BEIJING_LETTER, 0, I("北京市财政局", line=1)),
        (CHONGQING_OPINION, 0, I("重庆市人民政府办公厅", line=1)),  # 重庆市人民政府办公厅关于 / 促进…
        (KAIFENG_DATED, 0, I("中共河南省委", "河南省人民政府", line=1)),
        # joint issuers the registry does not know, told apart by the printed spaces
        (PINGDINGSHAN_BANK, 0, I("中国人民银行平顶山市中心支行", "平顶山市人力资源和社会保障局", line=5)),
        (KAIFENG_FIVE_BODIES, 0, None),  # 市场监管总局等五部门: not a list of names
        (LIAONING_APPROVAL, 0, None),  # 批转省经贸委…关于: the approver is not in the title
        (PROVINCE_CARRIES_OUT, 0, I("浙江省人民政府", line=1)),  # …人民政府贯彻国务院关于…: not 国务院's
        (OFFICE_CARRIES_OUT, 0, I("湖北省人民政府办公厅", line=1)),
    ],
    H.issuers_in_note_under_title: [
        (FORWARDED_NOTE, 1, I("民政部", line=8)),  # （民政部　一九九七年三月十二日）
        (FORWARDED_NOTE_PROVINCE, 1, I("山东省发展和改革委员会", line=8)),
        (GAZETTE_NOTICE, 1, None),
    ],
    H.issuers_in_document_header: [
        (PINGDINGSHAN_PRINTED, 0, I("平顶山市人民政府办公室", line=1)),  # 平顶山市人民政府办公室文件
        (PINGDINGSHAN_BANK, 0, I("中国人民银行平顶山市中心支行", "平顶山市人力资源和社会保障局", line=1)),
        (
            PINGDINGSHAN_ELEVEN_BODIES,
            0,
            I(
                "平顶山市人力资源和社会保障局",
                "平顶山市发展和改革委员会",
                "平顶山市教育体育局",
                "平顶山市公安局",
                "平顶山市财政局",
                "平顶山市住房和城乡建设局",
                "平顶山市农业农村局",
                "平顶山市医疗保障局",
                "平顶山市总工会",
                "平顶山市房产事务中心",
                "平顶山市住房公积金管理中心",
                line=5,
            ),
        ),
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_issuing_notice: [
        (GAZETTE_NOTICE, 1, I("河南省人民政府办公厅")),
        (BEIJING_LETTER, 1, I("北京市财政局")),
        # the notice's issuers as the registry names them
        (
            KAIFENG_FIVE_BODIES,
            1,
            I("国家市场监督管理总局", "国家发展和改革委员会", "工业和信息化部", "商务部", "文化和旅游部"),
        ),
        (GAZETTE_NOTICE, 0, None),  # the notice itself
    ],
    H.issuers_named_by_forwarding_notice: [
        (DISTRICT_FORWARD, 1, I("区城管局")),  # read in the notice's place: 杭州市西湖区城管局
        (COUNTY_FORWARD, 1, I("区住建局")),  # 转发区住建局《X》: no 制订的
        (DISTRICT_FORWARD, 0, None),  # the notice itself
        (GAZETTE_NOTICE, 1, None),  # an issued (印发) text is the notice's
    ],
    H.issuers_on_line_under_title: [
        (STATE_FORWARD_UNTITLED, 1, I("财政部", "发展改革委", "人民银行", line=6)),
        (PROVINCE_APPROVAL_BODIES, 1, I("河北省财政厅", "河北省教育厅", line=8)),
        (STATE_FORWARD_UNTITLED, 0, None),  # the notice itself: no text passes it on
        (GAZETTE_NOTICE, 1, None),  # the issued text's first line is its body
    ],
    H.issuers_of_cover_page: [
        (PLAN_COVER, 0, I("某某旗人民政府", line=3)),  # 某某旗人民政府 / 2021 年 9 月 under the title
        (GAZETTE_NOTICE, 0, None),  # a number under the title, no cover
    ],
    H.issuers_of_maker_line: [
        (PLAN_MAKER_LINE, 0, I("某某市某某区人民政府", line=2)),  # 某某市某某区人民政府制定 under the title
        (PLAN_COVER, 0, None),  # a body alone under the title, no maker's verb
    ],
    H.issuers_under_title_again: [
        (LAWDB_JOINT, 0, I("财政部", "司法部", line=4)),
        (LAWDB_ONE, 0, I("国家统计局", line=4)),
        (GAZETTE_NOTICE, 0, None),  # a notice's header: no title printed again
    ],
    H.issuers_of_headed_title_copy: [
        (HEADED_COPY, 0, I("中共铁岭高新区党工委", line=3)),  # (h123 本溪)
        (LAWDB_ONE, 0, None),  # the copy has no body before 关于
    ],
    H.issuers_of_signature: [
        (GAZETTE_JOINT, 0, I("河南省财政厅", "河南省住房和城乡建设厅", line=13)),
        (CITY_APPROVAL_SIGNED, 1, I("南京市财政局", "南京市发展和改革委员会", line=9)),  # 批转, signed: its own
        (
            KAIFENG_FIVE_BODIES,
            0,
            I("市场监管总局", "国家发展改革委", "工业和信息化部", "商务部", "文化和旅游部", line=15),
        ),
        (SHANGHAI_FORWARD, 0, I("上海市财政局", "上海市国家税务局", "上海市地方税务局", line=4)),
        (BEIJING_LETTER, 0, I("北京市财政局", line=6)),
        (LIAONING_APPROVAL, 0, None),  # the date stands alone
    ],
    H.issuers_of_passing_body: [
        (KAIFENG_RULE, 0, I("河南省人民政府", line=3)),
        (MOST_REGULATION, 0, I("中华人民共和国国务院", line=2)),
        (JOINT_ORDER_RULE, 0, None),  # the first of a joint order's ministries: issuer_of_order_number reads all
        (GAZETTE_DECREE, 0, None),
    ],
    H.issuers_of_passing_line_under_title: [
        (UNBRACKETED_PASSING_LINE, 0, I("甲市乙区人民代表大会常务委员会", line=2)),  # 第六届, 第十六次会议 dropped
        (KAIFENG_RULE, 0, None),  # a bracketed note: issuers_of_passing_body reads it
    ],
    H.issuer_of_order_number: [
        (GAZETTE_DECREE, 0, I("河南省人民政府", line=1)),
        (JOINT_ORDER_RULE, 0, I("农业农村部", "生态环境部", line=1)),  # a joint order: each ministry
        (PROVINCIAL_RULE_AMENDED, 0, I("四川省人民政府", line=1)),  # 川府令: a prefix the registry knows
        (HUBEI_DECREE, 0, I("湖北省人民政府", line=1)),
        (MOST_REGULATION, 0, I("国务院", line=1)),  # 中华人民共和国国务院令: the registry's name
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_announcement_head: [
        # 国家税务总局人力资源社会保障部…公告 / 2024年第 4号 (not the title's last line, …的公告)
        (
            KAIFENG_ANNOUNCEMENT,
            0,
            I("国家税务总局", "人力资源社会保障部", "农业农村部", "教育部", "退役军人事务部", line=8),
        ),
        (GAZETTE_DECREE, 0, None),
    ],
    H.issuer_of_shared_abbreviation: [
        (TAIZHOU_SHARED_PREFIX, 0, I("泰州市人民政府办公室")),  # 泰政办发: the place its addressees name
        (LIAONING_APPROVAL, 0, None),  # 辽 is one province's
    ],
    H.issuer_of_number_prefix: [
        (LIAONING_APPROVAL, 0, I("辽宁省人民政府")),  # 辽政发
        (GAZETTE_JOINT, 0, I("河南省财政厅")),  # 豫财综: the lead issuer only
        (PINGDINGSHAN_PRINTED_BY_OFFICE, 0, I("平顶山市人力资源和社会保障局办公室")),  # 平人社办
        (KAIFENG_FIVE_BODIES, 0, I("国家市场监督管理总局")),  # 国市监稽发
        (GAZETTE_DECREE, 0, I("河南省人民政府")),  # 河南省人民政府令 names its body
        (KAIFENG_DATED, 0, None),  # no number
    ],
    H.issuer_named_by_rules_title: [
        (CONGRESS_RULES, 0, I("深圳市人民代表大会常务委员会", line=1)),  # its name in full, then its rules
        (TOWN_DISCLOSURE_RULES, 0, None),  # 昆明市政府信息…: a place and its government's information
        (DISCLOSURE_GUIDE, 0, I("临夏回族自治州人民政府", line=1)),  # its guide, a year after it
        (GAZETTE_NOTICE, 0, None),  # 关于…的通知: the title's issuers are read before 关于
    ],
    H.issuers_signed_above_title: [
        (SIGNED_ABOVE_TEXT, 0, I("中共某某区委办公室", "某某区人民政府办公室", line=3)),
        (SIGNED_ABOVE_DRAFT, 0, None),  # a draft for comment is not yet the publisher's text
        (GAZETTE_NOTICE, 0, None),  # no signature above its title
    ],
    H.date_under_title_again: [
        (DATABASE_DATE_ISSUER_LINE, 0, "1999-07-13"),  # 1999年7月13日,国家海洋局 under the title's copy (h115)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_note_under_title_again: [
        (LAW_DB_NOTE, 0, "1993-09-02"),  # (…通过, …令第21号发布 under the title's last copy, never closed (h54 江西)
        (LAW_DB_PASSING_LINE, 0, "2008-05-30"),  # 2008年5月30日…会议通过 under it, unbracketed (h43 辽宁)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_decree_sentence: [
        (dated.DECREE_SIGNED_ON_ITS_LINE, 0, "2007-04-10"),  # …现予公布…施行。部 长 某某 二〇〇七年四月十日 (h29)
        (dated.DECREE_DATE_ON_NEXT_LINE, 0, "2023-02-17"),  # …现予公布，…施行。 / 2023年2月17日 (h64 医保局)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_note_of_unsigned_text: [
        (dated.NUMBERED_UNSIGNED_JOINT_NOTE, 0, "2019-02-20"),  # 法释〔2019〕5号 / (…、…通过): the later meeting
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_in_brackets_under_bodies: [
        (dated.FORWARDED_OPINION_BODIES_THEN_DATE, 1, "2011-05-03"),  # bodies' lines, then （二〇一一年五月三日） (h53)
        (GAZETTE_NOTICE, 1, None),  # a text the notice issues
    ],
    H.date_of_label_over_value: [
        (LABEL_OVER_VALUE_AT_TOP, 0, "2012-06-18"),  # 颁布日期 / 2012-06-18 under the title (h76 吉林)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_passing_line_under_title: [
        (PASSING_LINE_IN_NUMERALS_AT_TOP, 0, "1956-03-09"),  # 一九五六年三月九日国务院常务会议通过 (h59)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_signature_below_attachment_list: [
        (SIGNATURE_BELOW_ATTACHMENT_LIST, 0, "2012-04-17"),  # 附件： / X办法 / 国家能源局 / date (h64)
        (SIGNATURE_BELOW_ATTACHMENT_LIST, 1, None),  # the "text" under the list is the notice's, not the source's
        (GAZETTE_NOTICE, 0, None),  # its signature in its own body
    ],
    H.date_of_untitled_passing_sentence: [
        (UNTITLED_PASSING_SENTENCE, 0, "2002-06-04"),  # 经date由…第N次会议通过。现予公布 under the number (cee)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_named_in_later_note: [
        (DECISION_NAMED_IN_RULE_NOTE, 0, "2012-12-26"),  # the rule's note below names the decision (上海 餐厨)
        (DECISION_NAMED_IN_RULE_NOTE, 1, None),  # the rule itself: no text below names it
    ],
    H.issuer_of_work_report: [
        (WORK_REPORT, 0, I("来凤县人民政府", line=5)),  # 我代表县人民政府, in the session line's county (h152 咸丰)
        (GAZETTE_NOTICE, 0, None),  # no work report
    ],
    H.issuer_under_session_line: [
        (BUDGET_REPORT, 0, I("某省财政厅", line=5)),  # 省财政厅 under the session line, of the session's 某省 (h213)
        (WORK_REPORT, 0, None),  # 县人民政府县长 某某某: a speaker's line, no body alone
    ],
    H.issuer_acting_in_first_sentences: [
        (UNSIGNED_DECISION, 0, I("交通运输部", line=2)),  # 交通运输部决定对《X》作如下修改 (h119)
        (GAZETTE_NOTICE, 0, None),  # its first sentence names no body acting
    ],
    H.issuer_announcing_in_first_sentences: [
        (ANNOUNCING_FIRST_SENTENCE, 0, I("国家移民管理局", line=2)),  # 国家移民管理局自…起…。现公告如下 (h162)
        (GAZETTE_NOTICE, 0, None),  # no 现公告如下
    ],
    H.issuer_naming_announcement_title: [
        (AD_HOC_ORDER, 0, I("某某县新型冠状病毒感染的肺炎防控指挥部", line=1)),  # the title is the body and 2号令
        (GAZETTE_NOTICE, 0, None),  # 关于…的通知: a title with a subject
    ],
    H.issuers_of_database_fields: [
        (DATABASE_RECORD, 0, I("江苏省人民检察院", line=2)),  # 【发布部门】江苏省人民检察院【发布日期】…
        (GAZETTE_NOTICE, 0, None),  # no record line
    ],
    H.issuers_of_passing_sentence: [
        (
            PASSED_SENTENCE_PAGE,
            0,
            I("福建省人力资源和社会保障厅", line=3),
        ),  # …于…福建省人力资源和社会保障厅第4次厅务会议通过
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_signature_run_into_line: [
        (SIGNATURE_RUN_IN_PAGE, 0, I("国务院", line=3)),  # …贯彻执行.国务院2021年12月14日 (h124)
        (SIGNATURE_RUN_IN_PAGE.replace("国务院2021", "请各地2021"), 0, None),  # no body the registry knows
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_signature_after_attachments: [
        (
            SIGNER_AFTER_ATTACHMENTS_PAGE,
            0,
            I("大连某某经济技术开发区经济发展局", line=2),
        ),  # 附件:…2.申报材料附件X局2022年…
        (SIGNER_AFTER_ATTACHMENTS_PAGE.replace("附件大连某某", "附件某某"), 0, None),  # no place opens the tail
        (GAZETTE_NOTICE, 0, None),
    ],
    H.office_of_number_under_parent: [
        (OFFICE_NUMBER_UNDER_GOVERNMENT, 0, I("镇江市人民政府办公室", line=5)),  # 镇府办发 under 镇江市人民政府
        (GAZETTE_NOTICE, 0, None),  # a title headed by its body keeps it
    ],
    H.issuers_of_announcement_above_title: [
        (ANNOUNCEMENT_ABOVE_TITLE, 0, I("大理州人民政府办公室", line=5)),  # …公告 / 第3号 / 现公布《X》 over X
        (ANNOUNCEMENT_ABOVE_TITLE.replace("现公布《大理州", "现公布《丽江市"), 0, None),  # another title published
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuer_of_district_number_head: [
        (DISTRICT_NUMBER_HEAD, 0, I("珠海市香洲区人民政府")),  # 珠香府 over 《珠海市香洲区…》
        (DISTRICT_NUMBER_HEAD.replace("珠海市香洲区", "某区"), 0, None),  # no district of 珠海 named
    ],
    H.issuer_of_meeting_opening: [
        (MEETING_OPENING, 0, I("浙江省人民代表大会常务委员会", line=2)),  # 浙江省第九届…常务委员会第三十次会议审议了
        (GAZETTE_NOTICE, 0, None),  # no meeting opens it
    ],
    H.issuers_of_news_lead: [
        (LEAD_UNDER_TITLE, 0, I("中共湖南省委", "湖南省人民政府")),  # …印发了《X》 under X
        (LEAD_UNDER_TITLE.replace("印发了《湖南省", "印发了《湖北省"), 0, None),  # the lead names another text
    ],
    H.issuers_of_headline_above_title: [
        (HEADLINE_OVER_PUBLICITY, 0, I("某某省农业农村厅", line=1)),  # 某某省农业农村厅公示 / 某某示范县拟确定名单
        (HEADLINE_OVER_PUBLICITY.replace("某某示范县拟确定名单\n乙", "某某先进集体名单\n乙"), 0, None),  # another list
        (GAZETTE_NOTICE, 0, None),
    ],
    H.issuers_of_undated_signature: [
        (DATE_LOST_SIGNATURE, 0, I("某某经济区管理委员会办公室", line=5)),  # (h61 大连) the date's characters lost
        (DATE_LOST_SIGNATURE.replace("2017??9?BR>", "联系电话：12345"), 0, None),  # a line of the page under it
    ],
    H.issuer_addressing_readers: [
        (APPEAL_NAMING_SENDER, 0, I("甲市总工会", line=2)),  # (h233 广元) 甲市总工会特向…发出如下倡议
        (APPEAL_NAMING_SENDER.replace("甲市总工会特向", "我们向"), 0, None),  # no body sends it
    ],
    H.issuer_interpreting: [
        (INTERPRETATION_PAGE, 0, I("某某县司法局", line=7)),  # (h169 长兴) 解读单位:X under the interpretation
        (INTERPRETATION_PAGE.replace("解读单位:某某县司法局", "解读人:张某"), 0, None),  # a person, no body
        (GAZETTE_NOTICE, 0, None),  # no interpretation
    ],
}

# ---------------------------------------------------------------- date of a span: (snippet, k, date)
# (h57, h104 开州) a notice issuing a plan that prints the notice's own body under its title
ISSUED_PLAN_NOTICE_BODY = """青川县人民政府关于印发青川县水利事业发展“十四五”规划的通知
青府发〔2022〕7号
各乡镇人民政府，县政府各部门：
《青川县水利事业发展“十四五”规划》已经县政府常务会议审议通过，现印发给你们，请认真贯彻执行。
青川县人民政府
2022年5月16日
(此件公开发布)
青川县水利事业发展“十四五”规划
青川县人民政府
一、发展基础
“十三五”期间，全县水利事业取得显著成效，防洪能力不断提升，供水保障持续加强。
"""

# a page that lost its line breaks: the title, the number, the date and the text on one line (h30 浙江), as the cleaner splits it
NUMBER_THEN_DATE_RUN_ON = """某某省人民政府关于加快某某发展的实施意见
某政发〔2009〕99号
2009-11-03为贯彻《某某指导意见》,提出如下实施意见。
一、总体要求
"""

# a law database's note under the title: the date, a number opening with its year (h115 国家物价局)
YEAR_FIRST_NUMBER_NOTE = """某某局 某某部关于发布某某收费项目及标准的通知
(1992年3月11日<1992>某费字104号)
各省、自治区、直辖市某某局:现将某某收费项目及标准发布如下。
"""

# a flat page's last line: the attachment's name, the signature's date (its body lost), the source line (h29 江西)
ATTACHMENT_DATE_RUN_IN_PAGE = """某某省人民政府办公厅关于公布某某入选名单的通知

各市人民政府,省政府各部门:经研究,确定某某县等为入选单位。附件:某某入选名单2022年2月11日来源:某某省人民政府
"""

# a tax-law database's record: the title, then its announcement number, date and validity (h159 海关总署)
DATABASE_ANNOUNCEMENT_ROW = """某署关于发布某某行业标准的公告
某署公告2011年第12号  2011-03-15  全文有效

根据《某某标准管理办法》,某署批准行业标准《某某作业规范》,现予以公布。
特此公告。
"""

SPAN_DATES = {
    H.date_on_announcement_number_line: [
        (DATABASE_ANNOUNCEMENT_ROW, 0, "2011-03-15"),  # the row's date, the text unsigned
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_on_number_line: [
        (ZHENGZHOU_NUMBER_AND_DATE, 0, "2022-02-14"),  # 郑政〔2022〕1号 2022年2月14日
        (GAZETTE_NOTICE, 0, None),  # the number stands alone
    ],
    H.date_of_promulgation_note: [
        (KAIFENG_RULE, 0, "2024-04-08"),
        (MOST_REGULATION, 0, "2013-07-18"),  # 1999 发布, 2003 修订, 2013 修订: the version in hand
        (PROVINCIAL_RULE_AMENDED, 0, "2019-06-10"),  # …公布, …第一次修改: the latest, under a repeated title
        (GAZETTE_DECREE, 0, None),
    ],
    H.date_on_title_number_line: [
        (WIKI_MOBILE_REPLY, 0, "2016-03-04"),  # the date ending the one-line header (h143)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_header_history: [
        (WIKI_REGULATION_HISTORY, 0, "2017-05-04"),  # 2014 公布, 2017 修订: the version in hand (h143)
        (KAIFENG_RULE, 0, None),
    ],
    H.date_of_issuing_notice: [
        (GAZETTE_NOTICE, 1, "2024-08-22"),
        (LIAONING_APPROVAL, 1, None),  # 批转, the text unsigned: its makers', no date of its own (h107, h109)
        (CITY_APPROVAL_SIGNED, 1, None),  # 批转, the text signed: its own (date_of_signature)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_issuing_notice_body_under_title: [
        (ISSUED_PLAN_NOTICE_BODY, 1, "2022-05-16"),  # the notice's body under the plan's title (h57, h104 开州)
        (GAZETTE_NOTICE, 1, None),  # the text inherits (date_of_issuing_notice)
    ],
    H.date_under_title: [
        (KAIFENG_DATED, 0, "2024-05-06"),  # （2024年 5月 6日）
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_in_note_under_title: [
        (FORWARDED_NOTE, 1, "1997-03-12"),
        (FORWARDED_NOTE_PROVINCE, 1, "2019-01-15"),
        (KAIFENG_DATED, 0, None),  # a date alone names no author: date_under_title reads it
    ],
    H.date_after_title: [
        (HARBIN_RECORD, 0, "1990-11-16"),
        (PROVINCE_RECORD, 0, "2001-03-02"),
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_signature: [
        (GAZETTE_NOTICE, 0, "2024-08-22"),
        (GAZETTE_DECREE, 0, "2024-09-02"),  # 省长 王 凯 / 2024 年 9 月 2 日
        (SHANGHAI_FORWARD, 0, "2007-02-06"),  # 二ＯＯ七年二月六日
        (BEIJING_LETTER, 0, "2014-07-03"),
        (KAIFENG_DATED, 0, None),
    ],
    H.date_above_title: [
        (HUBEI_DECREE, 0, "2005-11-21"),  # 省长 罗清泉 / 二○○五年十一月二十一日, above the rules
        (GAZETTE_DECREE, 0, None),  # its date is below the title
    ],
    H.date_of_printing_note: [
        (PINGDINGSHAN_PRINTED, 0, "2017-06-21"),  # at the foot of the text it transmits
        (PINGDINGSHAN_PRINTED_BY_OFFICE, 0, "2023-06-08"),
        (PINGDINGSHAN_PRINTED, 1, None),  # the transmitted text takes its notice's date
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_session_line: [
        (WORK_REPORT, 0, "2024-12-26"),  # ——2024年12月26日在…人民代表大会第四次会议上 (h152 咸丰)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_database_fields: [
        (DATABASE_RECORD, 0, "2021-06-18"),  # 【发布日期】2021.06.18
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_signed_above_title: [
        (SIGNED_ABOVE_TEXT, 0, "2019-04-16"),
        (SIGNED_ABOVE_DRAFT, 0, None),
        (PINGDINGSHAN_PRINTED, 1, None),  # a text under its notice: the notice's date comes another way
    ],
    H.date_of_passing_sentence: [
        (PASSED_SENTENCE_PAGE, 0, "2012-03-05"),
        (PASSED_SENTENCE_PAGE.replace("《福建省职业", "《福建省其他"), 0, None),  # another text's passing
    ],
    H.date_of_announcement_above_title: [
        (ANNOUNCED_ABOVE_REGULATION, 0, "2025-12-10"),
        (ANNOUNCED_ABOVE_REGULATION.replace("《某某市市政", "《某某市其他"), 0, None),  # another text announced
        (SIGNED_ABOVE_TEXT, 0, None),  # a notice's signature, no announcing sentence
    ],
    H.date_run_into_text_under_number: [
        (NUMBER_THEN_DATE_RUN_ON, 0, "2009-11-03"),  # 浙政发〔2009〕99号 / 2009-11-03为贯彻… (h30)
        (NUMBER_THEN_DATE_RUN_ON.replace("2009-11-03为", "2009-11-03，为"), 0, None),  # a sentence opening with a day
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_year_first_number_note: [
        (YEAR_FIRST_NUMBER_NOTE, 0, "1992-03-11"),  # (1992年3月11日<1992>价费字104号) (h115)
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_of_signature_run_into_line: [
        (SIGNATURE_RUN_IN_PAGE, 0, "2021-12-14"),  # …贯彻执行.国务院2021年12月14日 (h124)
        (SIGNATURE_RUN_IN_PAGE.replace("国务院2021", "请各地2021"), 0, None),  # no body the registry knows
        (GAZETTE_NOTICE, 0, None),  # the signature on lines of its own (date_of_signature)
    ],
    H.date_after_attachment_run_into_line: [
        (ATTACHMENT_DATE_RUN_IN_PAGE, 0, "2022-02-11"),  # 附件:某某名单2022年2月11日来源:… (h29 江西)
        (ATTACHMENT_DATE_RUN_IN_PAGE.replace("来源:", "。"), 0, None),  # no source line or note after the date
        (GAZETTE_NOTICE, 0, None),
    ],
    H.date_alone_above_title: [
        (DATED_ABOVE_TEXT, 0, "2019-04-16"),
        (DATED_ABOVE_TEXT.replace("的任务分解方案", "的任务分解方案（征求意见稿）"), 0, None),
        (PINGDINGSHAN_PRINTED, 1, None),
        # 2019年4月16日 星期二: a site's clock with its weekday above the title, no date of the text (h258 裕民)
        (DATED_ABOVE_TEXT.replace("2019年4月16日\n", "2019年4月16日 星期二\n"), 0, None),
    ],
    H.date_opening_title: [
        (DATE_OPENING_TITLE, 0, "2025-03-05"),  # 2025年3月5日某某项目…审批公告: a dated list's heading (h258 泰安)
        (GAZETTE_NOTICE, 0, None),  # its title opens with its issuer
    ],
}


@pytest.mark.parametrize("source,text,k,expected", rows(SPAN_NUMBERS | SPAN_ISSUERS | SPAN_DATES))
def test_span_source(source, text, k, expected):
    assert shown(source(span(text, k))) == expected


# ---------------------------------------------------------------- one law per file: (snippet, path, value)
LAW_PATH = "DLC/河南地方法规/地方性法规/河南/三门峡市城市环境卫生管理条例(2019-01-15).md"
LAW_SOURCES = {
    H.title_of_markdown_heading: [
        (PATENT_AGENCY_REGULATION, "x.md", Title("专利代理条例", 1)),
        (SANMENXIA_REGULATION, "x.md", Title("三门峡市城市环境卫生管理条例", 1)),
        # constructed: a law file whose title line lacks its "#"
        ("河南省地震安全性评价管理办法\n<!-- INFO END -->\n", "x.md", None),
    ],
    H.title_of_first_line: [
        ("河南省地震安全性评价管理办法\n<!-- INFO END -->\n", "x.md", Title("河南省地震安全性评价管理办法", 1)),
        (PATENT_AGENCY_REGULATION, "x.md", Title("#专利代理条例", 1)),  # why it answers last
    ],
    H.number_in_passing_lines: [
        (PATENT_AGENCY_REGULATION, "x.md", "中华人民共和国国务院令第76号"),  # the first, 1991
        (SANMENXIA_REGULATION, "x.md", None),
    ],
    H.issuers_of_passing_lines: [
        (SANMENXIA_REGULATION, "x.md", I("三门峡市人民代表大会常务委员会", line=3)),  # 第六届 dropped
        (PATENT_AGENCY_REGULATION, "x.md", I("中华人民共和国国务院", line=3)),
        (SPC_INTERPRETATION, "x.md", I("最高人民法院", line=3)),  # …审判委员会第1425次会议通过
    ],
    H.issuers_in_law_title: [
        (SPC_INTERPRETATION, "x.md", I("最高人民法院", line=1)),
        (SPC_SPP_INTERPRETATION, "x.md", I("最高人民法院", "最高人民检察院", line=1)),
        (SANMENXIA_REGULATION, "x.md", None),
    ],
    H.issuer_of_law_number_prefix: [
        (MINISTRY_NOTICE_BY_NUMBER, "x.md", I("民政部", line=1)),  # 民发〔2011〕3号 (h170 劳社部发)
        (PATENT_AGENCY_REGULATION, "x.md", None),  # an order number: its passing line names the body
        (SANMENXIA_REGULATION, "x.md", None),  # no number
    ],
    H.date_in_file_name: [
        (SANMENXIA_REGULATION, LAW_PATH, "2019-01-15"),
        (PATENT_AGENCY_REGULATION, "行政法规/专利代理条例(2018-11-06).md", "2018-11-06"),
        (PATENT_AGENCY_REGULATION, "专利代理条例.md", None),
    ],
    H.latest_passing_date: [
        (SANMENXIA_REGULATION, "x.md", "2018-11-29"),
        # 2019年3月1日 施行 is the day it takes effect (its effective_date), not a version: the latest passing or
        # publication, as the collection names the file (专利代理条例(2018-11-06).md)
        (PATENT_AGENCY_REGULATION, "x.md", "2018-11-06"),
        (SPC_INTERPRETATION, "x.md", "2007-04-25"),
    ],
}


@pytest.mark.parametrize("source,text,path,expected", rows(LAW_SOURCES))
def test_law_source(source, text, path, expected):
    assert shown(source(law(text, path))) == expected


# ---------------------------------------------------------------- a file without header anchors: (snippet, path, Title)
RELICS_NEWS_LEAD = """国家文物局：今年将启动第四次全国文物普查
8月8日，国家文物局发布关于开展第四次全国文物普查准备工作的通知。
各省、自治区、直辖市文物局：
按照党中央、国务院决策部署，2023年将启动第四次全国文物普查。为做好普查准备工作，现将有关事项通知如下。
"""
GUSHI_NEWS_LEAD = """某某县两地调整为中风险区
某某县新型冠状病毒感染的肺炎疫情防控工作指挥部27日发布关于划定中风险区的通告(2022年第30号)：
为快速有效阻断疫情扩散风险，经专家组综合研判，现将中风险区划定情况通告如下。
"""
ENERGY_REGULATOR_PDF_PAGE = """关于印发《某某电力中长期交易规则》的通知_国家能源局某某监管办公室
首页
关于印发《某某电力中长期交易规则》的通知
2021-02-09 10:17
/upload/file/20210209/20210209101650_43906.pdf
网站地图
"""
ENERGY_REGULATOR_FORWARD_PAGE = """关于转发《国家发改委 国家能源局关于印发某某交易基本规则的通知》
首页
关于转发《国家发改委 国家能源局关于印发某某交易基本规则的通知》
国家发展改革委 国家能源局关于印发《某某交易基本规则》的通知（发改能源规〔2020〕889号）.pdf
"""

FILE_SOURCES = {
    H.title_like_line: [
        # the portal table's lines are page clutter, cleaned away: the title is the first line left
        (
            ZHEJIANG_PORTAL,
            "zhejiang-301789.txt",
            Title("浙江省人民政府浙江省军区关于表彰2002年冬季退役士兵安置工作先进单位和先进个人的通报", 4, 0),
        ),
        (GAZETTE_DECREE, "x.txt", Title("河南省地震安全性评价管理办法", 1, 0)),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # the scraper dropped the title
    ],
    H.title_of_news_lead: [
        # 国家文物局 (h91): a news lead over the notice printed from its addressees; 固始 (h80): the lead ends with ：
        (RELICS_NEWS_LEAD, "x.txt", Title("关于开展第四次全国文物普查准备工作的通知", 2, 1)),
        (GUSHI_NEWS_LEAD, "x.txt", Title("关于划定中风险区的通告", 2, 1)),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no lead
    ],
    H.announcement_head_over_lines: [
        # 石门 (h80): the body's name over two lines, then 通 告 letter-spaced alone
        (
            "澧县新型冠状病毒感染的\n肺炎疫情防控指挥部\n通 告\n(县疫情防控指挥部第2号)\n为做好疫情防控工作，现通告如下。\n",
            "x.txt",
            Title("澧县新型冠状病毒感染的肺炎疫情防控指挥部通告", 1, 0),
        ),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no announcement head
    ],
    H.heading_of_a_short_page: [
        # 国家能源局 派出机构 pages (h85 四川, 新疆): the heading under the page's own title, the text a PDF
        (ENERGY_REGULATOR_PDF_PAGE, "x.txt", Title("关于印发《某某电力中长期交易规则》的通知", 3, 1)),
        (
            ENERGY_REGULATOR_FORWARD_PAGE,
            "x.txt",
            Title("关于转发《国家发改委国家能源局关于印发某某交易基本规则的通知》", 3, 2),
        ),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no heading at all
    ],
    H.heading_over_posting_line: [
        # 商务部 (h27): a heading ending on no document type, the site's metadata rows in 【】 under it
        (
            "2023年甲类商品进口允许量申领条件及相关程序\n【发布单位】某某司\n【发文日期】2023年02月03日\n根据有关规定，现公告如下。\n",
            "x.txt",
            Title("2023年甲类商品进口允许量申领条件及相关程序", 1, 0),
        ),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no posting line under a heading
    ],
    H.meeting_record_headline: [
        # 盘山 (h261): a meeting's headline over bulleted posting rows and the record's opening sentence
        (
            "县政府十九届五次常务会议召开\n- 发布日期:2023-01-06\n"
            "1月5日下午,县长某某主持召开县政府十九届五次常务会议,审议通过《乙县X方案(送审稿)》。\n",
            "x.txt",
            Title("县政府十九届五次常务会议召开", 1, 0),
        ),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no meeting's headline
    ],
    H.question_row_title: [
        # a legal dictionary's page (h218 梅州): the question row under its search box, the label 问题 dropped
        (
            "网站首页  词典首页\n\n问题 丁市最低生活保障金发放受理条件有哪些\n释义\n一:丁市最低生活保障金发放受理条件有哪些\n",
            "x.txt",
            Title("丁市最低生活保障金发放受理条件有哪些", 3, 1),
        ),
        (ANHUI_UNTITLED, "anhui-208869.txt", None),  # no question row
    ],
    H.title_of_file_name: [
        (ANHUI_UNTITLED, "policy-notices/anhui-208869.txt", Title("anhui-208869", 1)),
        (ZHEJIANG_PORTAL, "zhejiang-301789.txt", Title("zhejiang-301789", 4)),
    ],
}


@pytest.mark.parametrize("source,text,path,expected", rows(FILE_SOURCES))
def test_file_source(source, text, path, expected):
    assert source(file_text(text, path)) == expected


# ---------------------------------------------------------------- a portal page's metadata table: (snippet, value)
PORTAL_SOURCES = {
    H.number_of_portal_table: [
        (GOV_CN_PORTAL, "国办发〔2024〕25号"),  # 发文字号：
        (ZHEJIANG_PORTAL, "浙政发〔2004〕4号"),  # 文号：
    ],
    H.issuer_of_portal_table: [
        (GOV_CN_PORTAL, I("国务院办公厅", line=5)),  # 发文机关：
        (ZHEJIANG_PORTAL, None),  # 发布机构：省政府办公厅 is the site that published it
    ],
    H.issuers_in_portal_title: [
        (GOV_CN_PORTAL, I("国务院办公厅", line=5)),
        (ZHEJIANG_PORTAL, None),  # no 标题 field
    ],
    H.issuer_of_number_prefix: [
        (ZHEJIANG_PORTAL, I("浙江省人民政府")),  # 浙政发
        (GOV_CN_PORTAL, I("国务院办公厅")),  # 国办发
    ],
}


@pytest.mark.parametrize("source,text,expected", rows(PORTAL_SOURCES))
def test_portal_source(source, text, expected):
    assert shown(source(portal(text))) == expected


# ---------------------------------------------------------------- every source has its table
CASCADES = (
    H.SPAN_NUMBER_SOURCES,
    H.SPAN_ISSUER_SOURCES,
    H.SPAN_DATE_SOURCES,
    H.LAW_TITLE_SOURCES,
    H.LAW_NUMBER_SOURCES,
    H.LAW_ISSUER_SOURCES,
    H.LAW_DATE_SOURCES,
    H.FALLBACK_TITLE_SOURCES,
    H.PORTAL_NUMBER_SOURCES,
    H.PORTAL_ISSUER_SOURCES,
)


def test_every_source_has_rows_with_an_answer():
    tables = SPAN_NUMBERS | SPAN_ISSUERS | SPAN_DATES | LAW_SOURCES | FILE_SOURCES | PORTAL_SOURCES
    for cascade in CASCADES:
        for source in cascade:
            answers = [row for row in tables.get(source, []) if row[-1] is not None]
            assert answers, f"{source.__name__} has no table row with an answer"
            assert source.__doc__, f"{source.__name__} does not say which layout it serves"


@pytest.mark.parametrize(
    "text,k,number,issuers,date",
    [
        # the cascades together: the first answer wins
        (GAZETTE_NOTICE, 0, "豫政办〔2024〕46号", I("河南省人民政府办公厅", line=1), "2024-08-22"),
        (GAZETTE_NOTICE, 1, None, I("河南省人民政府办公厅"), "2024-08-22"),
        (KAIFENG_RULE, 0, "河南省人民政府令第225号", I("河南省人民政府", line=3), "2024-04-08"),
        (HUBEI_DECREE, 0, "湖北省人民政府令第282号", I("湖北省人民政府", line=1), "2005-11-21"),
        (LIAONING_APPROVAL, 0, "辽政发〔1998〕34号", I("辽宁省人民政府"), "1998-08-11"),
    ],
)
def test_span_cascades(text, k, number, issuers, date):
    h = span(text, k)
    assert shown(h.number) == number
    assert H.first(H.SPAN_ISSUER_SOURCES, h) == issuers
    assert H.first(H.SPAN_DATE_SOURCES, h) == date


# ---------------------------------------------------------------- one level rule for every layout
REG = default_registry()


@pytest.mark.parametrize(
    "issuers,number,expected",
    [
        (["河南省人民政府办公厅"], None, ("provincial", "河南省")),
        # a joint document is as high as its highest issuer, whichever is printed first
        (["河南省财政厅", "财政部"], None, ("national", "中华人民共和国")),
        (["财政部", "河南省财政厅"], None, ("national", "中华人民共和国")),
        (["平顶山市财政局", "河南省财政厅"], None, ("provincial", "河南省")),
        ([], "国办发〔2024〕25号", ("national", None)),  # no issuer: the prefix says national
        ([], "豫政办〔2024〕46号", ("unknown", None)),
        ([], None, ("unknown", None)),
    ],
)
def test_level_and_jurisdiction(issuers, number, expected):
    agencies = [REG.resolve(x) or REG.guess(x) for x in issuers]
    n = parse_doc_number(number) if number else None
    assert level_and_jurisdiction(agencies, number=n) == expected
