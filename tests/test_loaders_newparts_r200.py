"""Parts h199 (forwarding notices) and h200 (branch bodies' announcements and rules), r200: announcement serials
printed without 第, texts to be executed together with a forwarded one, signatures run into other text and a draft's
stage printed unbracketed in its title.  Each text is modelled on a failing one of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _pairs(doc) -> list[tuple[str, str]]:
    return [(r.role, r.title) for r in doc.references]


def test_an_announcement_serial_without_di_on_its_own_line_is_its_number():
    # 关于实施人工增雨作业的公告 / 2025年8号 / 为缓解旱情…根据《条例》… (h200 无锡): a city bureau's yearly serial
    # printed without 第, alone under the title, is the number, as printed
    text = (
        "关于实施人工降雪作业的公告\n2024年7号\n"
        "为改善空气质量，甲市气象局将适时开展人工影响天气作业，根据《人工影响天气管理条例》等有关规定，"
        "现将有关事项公告如下：\n作业具有一定危险性，无关人员严禁进入作业点。\n特此公告。\n甲市气象局\n2024年12月2日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers, doc.date) == ("2024年7号", ("甲市气象局",), "2024-12-02")


def test_a_title_its_serial_and_its_opening_glued_on_one_line_are_split():
    # 扬州市气象局关于…的公告2019年05号经扬州市人民政府同意,… (h200 扬州, a forum archive whose thread title above
    # prints the title without its issuer): the title, the serial (its zero kept) and the opening on one line
    text = (
        "关于实施人工降雪作业的公告\n"
        "乙市气象局关于实施人工降雪作业的公告2023年06号经乙市人民政府同意，为改善空气质量，乙市气象局拟开展作业，"
        "根据《中华人民共和国气象法》的规定，现将有关事项公告如下：\n"
        "一、作业时间：2023年12月5日\n乙市气象局\n2023年12月4日\n回复 发表于 2023-12-05 10:00\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("乙市气象局关于实施人工降雪作业的公告", "2023年06号")


def test_a_second_announcement_with_its_serial_line_is_split_off():
    # two announcements reprinted by one news item, the second under a news heading (h200 无锡 扬州): each title with
    # its serial line below starts a document, and its basis sentence is its own
    text = (
        "关于实施人工降雪作业的公告\n2024年7号\n"
        "为改善空气质量，甲市气象局将开展作业，根据《人工影响天气管理条例》等有关规定，现将有关事项公告如下：\n"
        "特此公告。\n甲市气象局\n2024年12月2日\n"
        "乙市气象局发布关于实施人工降雪作业的公告\n乙市气象局关于实施人工降雪作业的公告\n2024年15号\n"
        "经乙市人民政府同意，乙市气象局拟开展作业，根据《中华人民共和国气象法》的规定，现将有关事项公告如下：\n"
        "一、作业时间：2024年12月3日\n2024年12月1日\n乙市气象局\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        ("关于实施人工降雪作业的公告", "2024年7号"),
        ("乙市气象局关于实施人工降雪作业的公告", "2024年15号"),
    ]
    assert ("BASED_ON", "中华人民共和国气象法") in _pairs(docs[1])


def test_texts_executed_together_with_the_forwarded_one_are_carried_out():
    # 现将《A》(…)转发给你们,并结合省厅《B》(…)、《C》(…)等文件要求一并执行 (h199 辽宁): B and C are carried out with
    # A, not only cited
    text = (
        "各市住房和城乡建设局：\n"
        "现将《某部办公厅关于加强施工安全管理的通知》（某办市〔2024〕5号）转发给你们，并结合省住房城乡建设厅"
        "《关于做好全省施工安全工作的通知》（甲住建〔2024〕8号）、《关于支持施工企业复工的若干措施》"
        "（甲住建〔2024〕10号）等文件要求一并执行。\n特此通知。\n甲省住房和城乡建设厅\n2024年3月4日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    pairs = _pairs(doc)
    assert ("IMPLEMENTS", "关于做好全省施工安全工作的通知") in pairs
    assert ("IMPLEMENTS", "关于支持施工企业复工的若干措施") in pairs


def test_a_signature_and_date_with_a_distribution_note_run_into_a_one_line_body():
    # …认真抓好贯彻落实。附件:《X》(…) 常州市住房和城乡建设局2020年10月30日 (此件公开发布) (h199 常州): the signer
    # glued before the date, the note after it
    text = (
        "关于转发某部工作指南的通知 丙住建〔2020〕27号\n"
        "各辖市（区）住建局：为做好防控工作，现将《省住房城乡建设厅关于转发〈某工作指南〉的通知》"
        "（甲建函〔2020〕50号）转发给你们，请认真抓好贯彻落实。附件：《省住房城乡建设厅关于转发〈某工作指南〉的通知》"
        "(甲建函〔2020〕50号) 丙市住房和城乡建设局2020年10月30日 (此件公开发布)\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("丙市住房和城乡建设局",), "2020-10-30")


def test_a_signer_glued_after_an_attachments_file_name_is_read():
    # …附件:某市村庄分类情况统计表.xls某市农业农村局2023年8月16日。 (h199 阳春, one line, no space, a full stop)
    text = (
        "根据省农业农村厅《关于印发〈某省村庄分类办法〉的通知》要求，组织各镇（街道）、村委会按照集聚提升类、"
        "城郊融合类、特色保护类、搬迁撤并类、一般发展类进行村庄分类，丁市农业农村局会同相关职能部门对乡镇报送的"
        "村庄分类情况召开了专家研讨会议，初步形成了《丁市村庄分类情况统计表》（详见附件），现进行公示，"
        "公示时间为2023年8月17日至2023年8月21日，如有异议，可向丁市农业农村局反映，"
        "附件：丁市村庄分类情况统计表.xls丁市农业农村局2023年8月16日。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("丁市农业农村局",), "2023-08-16")


def test_a_signature_date_with_a_reporters_credit_run_on_is_read():
    # 青岛市城阳区森林防灭火指挥部 / 2022年9月30日   (青岛日报/观海新闻记者 周伟 ) (h199 城阳, a news site)
    text = (
        "自10月1日起，某区进入森林防火期\n\n"
        "某日报社9月30日讯 某区森林防灭火指挥部发布关于进入森林防火期的通知，以下为原文：\n\n"
        "区森林防灭火指挥部各成员单位：\n\n"
        "根据甲省森林草原防灭火指挥部《关于进入森林防火期的通知》（甲森防发〔2022〕3号）的要求，"
        "自10月1日起，全区进入森林防火期。\n\n"
        "全区各级各有关部门要强化工作部署，坚决贯彻落实上级要求，认真做好进入防火期各项工作，进一步压紧压实"
        "各级属地管理责任和相关职能部门监管责任，落实落细工作措施，全面做好应急准备，全力防范森林火灾发生。\n\n"
        "甲市乙区森林防灭火指挥部\n\n2022年9月30日   （某日报记者 王某 ）\n\n责任编辑：李某\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("甲市乙区森林防灭火指挥部",), "2022-09-30")


def test_a_drafts_body_title_with_its_unbracketed_stage_is_the_title_under_the_page_title():
    # page title 某局X规程(暂行) / 来源 作者 发布时间 / 摘要… / 某局X规程征求意见稿(暂行) / 第一章 总则 / 第一条 … (h200 广东
    # tax): the body title, its draft stage printed without brackets, is the document's, its bureau the issuer
    text = (
        "甲市地方税务局契税征收管理规程（暂行）\n\n"
        "来源：某站 作者：某站 发布时间：2019-05-15\n"
        "摘要：为了加强契税征收管理，根据《中华人民共和国税收征收管理法》...\n\n"
        "甲市地方税务局契税征收管理规程征求意见稿（暂行）\n\n"
        "第一章 总则\n\n"
        "第一条 为了加强契税征收管理，根据《中华人民共和国税收征收管理法》及其实施细则等规定，制定本规程。\n\n"
        "第二条 本规程适用于本省契税征收工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [
        ("甲市地方税务局契税征收管理规程征求意见稿（暂行）", ("甲市地方税务局",))
    ]
    assert ("BASED_ON", "中华人民共和国税收征收管理法") in _pairs(docs[0])
