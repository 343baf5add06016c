"""Portal furniture the robustness bench blanks before it lays texts out as publications (pdf layout): a lone
posting time, a view count, a source link, a disclaimer, widget symbols, a mobile-site link, a document-sharing
site's prompts and a metadata table printed without colons — none of it is printed in a publication."""

from tests.factories import drop_web_furniture


def test_portal_furniture_is_blanked_line_for_line():
    page = "\n".join(
        [
            "索 引 号 010605548/2023-00027 发布机构",
            "文  号 〔〕号 有效性 有效",
            "公开日",
            "丙县人民政府关于印发丙县物业管理实施办法的通知",
            "发布时间:2023-09-19 05:44:44",
            "浏览量: 73",
            "×",
            "↺",
            "关注 · 手机版",
            "下载后继续阅读",
            "各乡镇人民政府：现将《丙县物业管理实施办法》印发给你们，请认真贯彻执行。",
            "原文链接：https://example.org/lar/3d49cd077b5cb340.html",
            "[免责声明] 本文来源于网络转载,仅供学习交流使用",
            "丙府发〔2023〕9号丙县人民政府关于印发丙县...",
        ]
    )
    out, n = drop_web_furniture(page)
    lines = out.split("\n")
    assert len(lines) == 14 and n == 12
    assert [l for l in lines if l] == [
        "丙县人民政府关于印发丙县物业管理实施办法的通知",
        "各乡镇人民政府：现将《丙县物业管理实施办法》印发给你们，请认真贯彻执行。",
    ]


def test_text_lines_that_only_look_like_furniture_stay():
    text = "各单位要提高工作的有效性，文号统一编排。\n发布时间：2023年9月19日\n- 3 -\n关于X的通知"
    assert drop_web_furniture(text) == (text, 0)
