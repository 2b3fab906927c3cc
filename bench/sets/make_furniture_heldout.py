"""Builds bench/sets/furniture-heldout.jsonl from pages written with ⟦leftover⟧ marks; refs per leftover."""
import json
import re
import sys

PAGES = [
 ("nav-footer", "The museum's autumn exhibition shows 200 pieces of Song dynasty celadon.\n\n⟦关于我们 | 网站地图 | 法律声明⟧\n",
  [["About Us | Site Map | Legal Notice", "About us | Site map | Legal notice"]]),
 ("breadcrumb", "⟦您的位置：首页 > 通知公告⟧\n\nThe library will close early on Friday for maintenance.\n",
  [["Your location: Home > Notices", "You are here: Home > Notices"]]),
 ("breadcrumb-guillemets", "⟦首页 » 国内新闻 » 正文⟧\n\nHeavy rain closed three mountain roads in the west of the province on Monday.\n",
  [["Home » China News » Content", "Home » Domestic News » Text", "Home » China News » Text"]]),
 ("share-bar", "Volunteers planted 3,000 trees along the river bank.\n\n⟦分享到：微信 新浪微博 QQ空间⟧\n",
  [["Share to: WeChat Sina Weibo Qzone", "Share: WeChat Sina Weibo Qzone"]]),
 ("form", "Send us your questions about the new bus routes.\n\n⟦姓名：⟧\n⟦手机号码：⟧\n⟦留言内容：⟧\n⟦提交⟧  ⟦重置⟧\n",
  [["Name:"], ["Mobile number:", "Mobile:"], ["Message:"], ["Submit"], ["Reset"]]),
 ("counts-date", "New cycle lanes open downtown\n⟦点击：518⟧  ⟦发布日期：2025-03-14⟧\n\nThe city has added 12 kilometres of protected cycle lanes.\n",
  [["Hits: 518", "Clicks: 518"], ["Published: 2025-03-14", "Date: 2025-03-14"]]),
 ("views-comments", "Farmers' market moves indoors\n⟦浏览量：2,310  |  评论：⟧\n\nThe Saturday market will use the old textile hall from next month.\n",
  [["Views: 2,310 | Comments:"]]),
 ("weekday-date", "⟦2025年6月2日 星期一⟧\n\nThe spring term ends with a concert in the main hall.\n",
  [["Monday, June 2, 2025"]]),
 ("photo-credit", "Children play in the fountain at People's Square.\n⟦（记者 郭丽 摄）⟧\n\nTemperatures reached 36 degrees on Sunday.\n",
  [["(Photo by Guo Li)", "(Photo: Guo Li)"]]),
 ("photo-credit-agency", "Rescuers search the collapsed warehouse.\n⟦（新华社记者 胡明 摄）⟧\n",
  [["(Photo by Hu Ming/Xinhua)", "(Xinhua/Hu Ming)"]]),
 ("photo-credit-company", "The new ferry leaves the harbour on its first trip.\n⟦（远航文化传播有限公司 供图）⟧\n",
  [["-"]]),
 ("follow", "Thanks for reading.\n\n⟦扫一扫，关注我们的微信公众号⟧\n",
  [["Scan the QR code to follow our WeChat official account", "Scan to follow our WeChat official account"]]),
 ("byline-editor", "⟦作者：韩雪  责任编辑：潘东⟧\n\nThe orchestra's tour starts in Chengdu next week.\n",
  [["Author: Han Xue  Editor in charge: Pan Dong", "Author: Han Xue Editor in charge: Pan Dong", "Author: Han Xue Editor: Pan Dong"]]),
 ("copyright-covered", "Contact the newsroom for reprint permission.\n\n⟦版权所有：中国日报⟧\n",
  [["Copyright: China Daily", "All rights reserved: China Daily"]]),
 ("copyright-unknown", "⟦版权所有：青禾信息技术有限公司  地址：南京市鼓楼区⟧\n",
  [["Copyright: Qinghe Information Technology Co., Ltd. Address: Gulou District, Nanjing"]]),
 ("gov-menu", "⟦网站首页 | 政务公开 | 网上办事 | 互动交流⟧\n\nThe county has published its 2025 budget.\n",
  [["Home | Open Government | Online Services | Interaction", "Home | Government Affairs | Online Services | Interaction"]]),
 ("sentence-left", "The bridge reopened after repairs. ⟦每天早晚高峰时段仍然比较拥堵。⟧\n",
  [["Traffic is still heavy at the morning and evening rush hours every day."]]),
 ("sentence-paragraph", "The school garden grows beans and tomatoes.\n\n⟦孩子们每周都会轮流给菜园浇水。⟧\n",
  [["The children take turns watering the garden every week."]]),
 ("spam-gambling", "The stadium will host the final in May. ⟦线上真人娱乐平台注册送彩金⟧\n",
  [["-"]]),
 ("spam-invoice", "Comments\n\n⟦专业代开各类增值税发票 电话联系⟧\n\nGreat article, thanks.\n",
  [["-"]]),
 ("spam-essay", "Student news\n\n⟦本科硕士毕业论文代写 包过⟧\n",
  [["-"]]),
 ("prev-next", "⟦上一篇：没有了⟧\n⟦下一篇：我校举办秋季运动会⟧\n",
  [["Previous: None", "Previous article: None"], ["Next: Our university holds its autumn sports meeting"]]),
 ("related-print", "The survey covered 4,000 households.\n\n⟦【打印本页】【关闭窗口】⟧\n",
  [["[Print this page][Close window]", "[Print This Page][Close Window]"]]),
 ("source-field", "Grain output rose for the third straight year.\n\n⟦来源：新华网⟧\n",
  [["Source: Xinhuanet", "Source: Xinhua Net"]]),
 ("keywords", "⟦关键词：秋收 玉米 农机⟧\n\nCombine harvesters worked through the night.\n",
  [["Keywords: autumn harvest corn farm machinery", "Keywords: autumn harvest maize farm machinery"]]),
]

def build(pages, prefix):
    """Pages as written (leftovers between ⟦ ⟧) -> set rows with character offsets."""
    out = []
    for n, (layout, marked, refs) in enumerate(pages):
        text, spans = "", []
        for part in re.split("(⟦.*?⟧)", marked):
            if part.startswith("⟦"):
                spans.append([len(text), len(text) + len(part) - 2])
                text += part[1:-1]
            else:
                text += part
        assert len(spans) == len(refs), layout
        out.append({"id": f"{prefix}-{n:03d}", "layout": layout, "text": text, "deliberate": [],
                    "leftovers": spans, "references": refs})
    return out


def write(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(rows), "pages", sum(len(d["leftovers"]) for d in rows), "leftovers")


if __name__ == "__main__":
    write(build(PAGES, "furniture-heldout"), sys.argv[1])
