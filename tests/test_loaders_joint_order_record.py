"""A joint order's number in a law database's record (文号： 卫生部、国家环境保护总局令第21号): the bodies
joined by 、 before 令 — a compilation copied from a law database, the rule under its record is found
as a document of its own, with that number."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

PUBLICATION = """惠企政策汇编（2023）

（一）政策规定
某某省人民政府关于促进民营经济发展的实施意见
时效性： 现行有效
发文机关： 某某省人民政府
文号： 某政发〔2022〕 31 号
效力级别： 地方规范性文件

各市、县人民政府：
为促进民营经济发展，现提出如下实施意见。
一、优化营商环境
全面落实市场准入负面清单制度。

（二）业务规制

农业机械事故处理办法
时效性： 现行有效
发文机关： 农业农村部 应急管理部 交通运输部
文号： 农业农村部、应急管理部、交通运输部令第17号
发文日期： 2022 年 03 月 10 日
施行日期： 2022 年 05 月 01 日
效力级别： 部门规章
（2022年3月10日农业农村部、应急管理部、交通运输部令第17号公布　自2022年5月1日起施行）
第一章　总　则
　　第一条　为规范农业机械事故处理工作，制定本办法。
　　第二条　本办法适用于农业机械在作业或者转移等过程中发生的事故。
"""


def test_rule_under_a_joint_order_record_is_its_own_document() -> None:
    docs = parse_text(PUBLICATION, "database.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        ("某某省人民政府关于促进民营经济发展的实施意见", "某政发〔2022〕31号"),
        ("农业机械事故处理办法", "农业农村部、应急管理部、交通运输部令第17号"),
    ]
    assert docs[1].date == "2022-03-10"
