"""Publications whose line breaks were lost (flat layout): each text run together on one line, as a crawl
stores a page's text or a viewer's copy gives it — the document heads the parser must still find there."""

from policykg.loaders.parse import parse_text

BODY = "各单位要高度重视，切实加强组织领导，确保各项任务落到实处。" * 4


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "flat.txt").documents]


def test_a_title_run_into_its_text_opens_a_document():
    """(a notice and a rule flattened, the title run into 为…/第一章 with no number nor addressee between, flat layout)"""
    text = "\n".join(
        [
            "丙市人民政府关于加强城市供水管理的通知丙府发〔2022〕7号各区人民政府：" + BODY + "丙市人民政府2022年4月6日",
            "丁市财政局关于印发丁市农业发展专项资金管理办法的通知为进一步规范专项资金管理，提高资金使用效益，"
            "现将《丁市农业发展专项资金管理办法》印发给你们，请遵照执行。" + BODY + "丁市财政局2023年5月8日",
            "戊市城市绿化管理办法第一章总则第一条为了加强城市绿化管理，改善生态环境，制定本办法。"
            "第二条本办法适用于本市城市规划区内的绿化活动。" + BODY,
        ]
    )
    titles = _titles(text)
    assert "丁市财政局关于印发丁市农业发展专项资金管理办法的通知" in titles
    assert "戊市城市绿化管理办法" in titles


def test_a_title_printed_twice_run_on_opens_a_document():
    """(a web page's heading run into the text's own title, the same title twice, flat layout)"""
    text = "\n".join(
        [
            "己县人民政府关于禁止露天焚烧秸秆的通告己县人民政府关于禁止露天焚烧秸秆的通告己政告〔2021〕3号"
            + BODY
            + "己县人民政府2021年3月2日",
            "庚市人民政府关于做好防汛工作的通知庚政发〔2021〕9号各县人民政府：" + BODY + "庚市人民政府2021年6月1日",
            "辛市人民政府关于推进节约用水的通知辛政发〔2021〕4号各区人民政府：" + BODY + "辛市人民政府2021年7月1日",
        ]
    )
    docs = parse_text(text, "flat.txt").documents
    first = next(d for d in docs if d.title == "己县人民政府关于禁止露天焚烧秸秆的通告")
    assert str(first.doc_number) == "己政告〔2021〕3号"
    assert len(docs) == 3


def test_a_title_run_into_its_bracketed_number_opens_a_document():
    """(a title with its number in brackets, then the addressee, run on: …的通知（壬政办发〔2011〕12号）省政府各部门：…)"""
    text = "\n".join(
        [
            "壬省人民政府办公厅关于修改部分省政府规章的通知（壬政办发〔2011〕12号）省人民政府各工作部门、各直属机构："
            + BODY,
            "癸市人民政府关于做好防汛工作的通知癸政发〔2021〕9号各县人民政府：" + BODY + "癸市人民政府2021年6月1日",
            "甲市人民政府关于推进节约用水的通知甲政发〔2021〕4号各区人民政府：" + BODY + "甲市人民政府2021年7月1日",
        ]
    )
    docs = parse_text(text, "flat.txt").documents
    first = next(d for d in docs if d.title == "壬省人民政府办公厅关于修改部分省政府规章的通知")
    assert str(first.doc_number) == "壬政办发〔2011〕12号"


def test_a_title_spaced_off_its_run_on_text_opens_a_document():
    """(one space where the title's line ended, the text's long paragraphs run on after it, flat layout)"""
    text = "\n".join(
        [
            "乙市财政局关于印发乙市乡村振兴专项资金管理办法的通知 近年来，我市乡村振兴专项资金管理不断规范。"
            "现将《乙市乡村振兴专项资金管理办法》印发给你们，请遵照执行。" + BODY * 3,
            "丙市人民政府关于做好防汛工作的通知丙政发〔2021〕9号各县人民政府：" + BODY * 3 + "丙市人民政府2021年6月1日",
            "丁市人民政府关于推进节约用水的通知丁政发〔2021〕4号各区人民政府：" + BODY * 3 + "丁市人民政府2021年7月1日",
        ]
    )
    assert "乙市财政局关于印发乙市乡村振兴专项资金管理办法的通知" in _titles(text)


def test_a_head_after_page_furniture_run_on_before_it_opens_a_document():
    """(a page's breadcrumbs and labels run on before the title and its number, flat layout)"""
    text = "\n".join(
        [
            "当前位置：首页>政务公开>政策文件>子市人民政府关于加强河道管理的通知子政发〔2022〕5号各区人民政府："
            + BODY
            + "子市人民政府2022年5月6日",
            "政策文件|规范性文件|丑市人民政府办公室关于做好秋季防火工作的通知丑政办发〔2022〕8号各县人民政府："
            + BODY
            + "丑市人民政府办公室2022年9月1日",
            "寅市人民政府关于推进节约用水的通知寅政发〔2021〕4号各区人民政府：" + BODY + "寅市人民政府2021年7月1日",
        ]
    )
    docs = {d.title: d for d in parse_text(text, "flat.txt").documents}
    assert str(docs["子市人民政府关于加强河道管理的通知"].doc_number) == "子政发〔2022〕5号"
    assert str(docs["丑市人民政府办公室关于做好秋季防火工作的通知"].doc_number) == "丑政办发〔2022〕8号"
