"""A compilation copied from a law database, stored one line a source (flat layout): each entry's title runs into
the database's record (时效性：…发文机关：…文号：…), after the page counter of the text before it."""

from policykg.loaders.parse import parse_text

FILLER = "各单位要结合实际认真贯彻落实。" * 12

# (a law database's record run on after each title, the page counter of the text before it between them, flat layout)
RECORDS_RUN_ON = "\n".join(
    [
        "甲省人民政府关于做好春季农业生产工作的通知甲政发〔2023〕5号各市人民政府：为做好春季农业生产，现就有关事项通知如下。"
        + FILLER
        + "甲省人民政府2023年2月3日",
        "112甲监管局办公厅关于做好小微企业信贷服务工作的通知时效性：现行有效发文机关：甲监管局办公厅文号：甲监办发〔2023〕12号"
        "发文日期：2023年02月17日施行日期：2023年02月17日效力级别：部门规范性文件各分局，各银行：为做好小微企业信贷服务，"
        "现就有关事项通知如下。" + FILLER + "本通知自印发之日起施行。甲监管局办公厅2023年2月17日"
        "115甲监管局关于规范信托公司业务分类的通知时效性：现行有效发文机关：甲监管局文号：甲监规〔2023〕1号"
        "发文日期：2023年03月20日施行日期：2023年06月01日效力级别：部门规范性文件各分局，各信托公司：为规范信托业务分类，"
        "现就有关事项通知如下。" + FILLER + "甲监管局2023年3月20日"
        "120甲监管局关于加强保险公司分支机构管理的通知时效性：现行有效发文机关：甲监管局文号：甲监规〔2023〕4号"
        "发文日期：2023年05月08日施行日期：2023年05月08日效力级别：部门规范性文件各分局，各保险公司：为加强分支机构管理，"
        "现就有关事项通知如下。" + FILLER,
        "乙市人民政府办公室关于印发乙市防汛应急预案的通知乙府办发〔2023〕9号各县人民政府：现将《乙市防汛应急预案》印发给你们，"
        "请认真执行。" + FILLER + "乙市人民政府办公室2023年6月1日",
    ]
)


def test_titles_run_into_a_database_record_are_found_with_number_and_date():
    docs = parse_text(RECORDS_RUN_ON, "flat-records.txt").documents
    found = [(d.title, str(d.doc_number), d.date) for d in docs if d.title.startswith("甲监管局")]
    assert found == [
        ("甲监管局办公厅关于做好小微企业信贷服务工作的通知", "甲监办发〔2023〕12号", "2023-02-17"),
        ("甲监管局关于规范信托公司业务分类的通知", "甲监规〔2023〕1号", "2023-03-20"),
        ("甲监管局关于加强保险公司分支机构管理的通知", "甲监规〔2023〕4号", "2023-05-08"),
    ]
    assert len(docs) == 5
