"""PDFium's plain text of a printed gazette's first page (``get_text_range``, objects in the order they were drawn):
the 目录 heading and section labels, the first column's lines — the first title and its number — and only then the
contents rows with their dot leaders.  The first title is read after the contents, at its own line of the file."""

from policykg.loaders.parse import parse_text

_FIRST_PAGE = [
    "— 1 —",
    "湖北省人民政府公报",
    "2023年第7号（总第407号）",
    "湖北省人民政府办公厅",
    "2023年1月25日",
    "目录",
    "【政府文件】",
    "【部门文件】",
    "【政府文件】",
    "广西壮族自治区人民政府关于贯彻落",
    "实国家“十三五”促进民族地区和人口",
    "较少民族发展规划的实施意见",
    "桂政发〔2017〕58号",
    "广西壮族自治区人民政府关于贯彻落实国家“十三五”促进民族地区",
    "和人口较少民族发展规划的实施意见………………………………… 2",
    "包头市人民政府关于印发呼包鄂榆城市群发展规划包头市行动计划",
    "（2020年—2025年）的通知………………………………………… 3",
    "关于开展新冠肺炎疫情防控工作应急演练的通告…………………… 4",
    "衢州市养犬管理条例…………………………………………………… 5",
    "惠州市财政局惠州市人力资源和社会保障局关于印发《惠州市促进",
    "就业创业发展专项资金（公共就业创业服务）管理办法》的通知… 7",
    "关于公布澳门CEPA项下经修订的原产地标准的公告……………… 9",
]
_NEXT_PAGE = [
    "— 2 —",
    "各市、县人民政府,自治区人民政府各组成部门、各直属机",
    "构:",
    "为贯彻落实《国务院关于印发“十三五”促进民族地区和人",
    "口较少民族发展规划的通知》(国发〔2016〕79号)精神,进一步",
    "促进民族地区和人口较少民族发展,确保我区与全国同步全面建",
    "成小康社会,结合我区实际,现提出以下意见。",
    "一、总体要求",
    "(一)指导思想。",
    "全面贯彻落实党的十九大精神,贯彻落实中央、全区民族工",
]


def test_the_first_title_read_after_the_contents_keeps_its_file_line():
    text = "\n".join(_FIRST_PAGE) + "\f" + "\n".join(_NEXT_PAGE) + "\n"
    docs = parse_text(text, "gazette.txt").documents
    first = docs[0]
    assert first.title == "广西壮族自治区人民政府关于贯彻落实国家“十三五”促进民族地区和人口较少民族发展规划的实施意见"
    assert str(first.doc_number) == "桂政发〔2017〕58号"
    assert first.source_line == 10  # the file's line of the title, though it is read after the contents
