"""Builds bench/sets/furniture-heldout3.jsonl: a third set of half-translated pages, written after all of session 5's
engine changes without running the engine, scored once (hospitals, companies, web novels, government notices,
university news, a hijacked mirror). Leftovers are marked ⟦ ⟧; each has its accepted renderings (`-`: must stay)."""
import sys

from make_furniture_heldout import build, write

PAGES = [
 ("hospital-profile", "Dr. Sun Wei\n⟦职称：副主任医师⟧\n⟦科室：消化内科⟧\n\nShe treats liver disease and leads the endoscopy team.\n",
  [["Professional title: Associate Chief Physician", "Title: Associate Chief Physician"], ["Department: Department of Gastroenterology", "Department: Gastroenterology"]]),
 ("hospital-news", "Doctors from the ⟦急诊科⟧ and the ⟦重症医学科⟧ ran a joint drill on Tuesday.\n",
  [["Emergency Department", "emergency department"], ["Department of Critical Care Medicine", "critical care department"]]),
 ("hospital-name", "The ⟦郑州市人民医院⟧ has opened a night clinic for children.\n",
  [["Zhengzhou People's Hospital", "Zhengzhou Municipal People's Hospital"]]),
 ("company-report", "In the first half, ⟦营业总收入⟧ was 4.6 billion yuan and ⟦每股收益⟧ was 0.52 yuan.\n",
  [["total operating revenue", "Total operating revenue"], ["earnings per share", "Earnings per share"]]),
 ("company-record", "Company profile\n⟦法定代表人：郑浩⟧\n⟦注册资本：1000万元⟧\n⟦经营范围：软件开发；技术咨询⟧\n",
  [["Legal representative: Zheng Hao"], ["Registered capital: 10 million yuan", "Registered capital: RMB 10 million"], ["Business scope: software development; technical consulting"]]),
 ("company-board", "The ⟦监事会⟧ met on March 3 and approved the report of the ⟦董事会⟧.\n",
  [["board of supervisors", "Board of Supervisors"], ["board of directors", "board", "Board of Directors"]]),
 ("novel-page", "⟦第二百零一章 决战⟧\n\nThe two armies met at dawn on the frozen river.\n\n⟦上一章⟧ ⟦返回目录⟧ ⟦下一章⟧\n",
  [["Chapter 201: The Final Battle", "Chapter 201 The Decisive Battle"], ["Previous Chapter", "Previous chapter"], ["Back to Contents", "Back to contents", "Back to Table of Contents"], ["Next Chapter", "Next chapter"]]),
 ("novel-info", "⟦作者：风起青萍⟧\n⟦状态：已完结⟧\n\nA farmer's son becomes the emperor's physician.\n",
  [["-"], ["Status: Completed", "Status: Finished"]]),
 ("gov-notice", "⟦索引号：000014349/2025-00051⟧\n⟦主题分类：财政、金融⟧\n⟦发布日期：2025-05-09⟧\n\nNotice on tax relief for small businesses\n",
  [["Index No.: 000014349/2025-00051", "Index number: 000014349/2025-00051"], ["Subject: finance, banking", "Subject: public finance and banking", "Subject: fiscal affairs, finance"], ["Published: 2025-05-09", "Release date: 2025-05-09", "Date: 2025-05-09"]]),
 ("gov-pager", "Notices\n\n⟦首页 上一页 下一页 尾页⟧\n",
  [["First page Previous page Next page Last page", "First Previous Next Last"]]),
 ("lecture", "Guest lecture on machine learning\n⟦报告人：吴强教授⟧\n⟦地点：⟧ Room 302, Building A\n",
  [["Speaker: Professor Wu Qiang"], ["Venue:", "Location:", "Place:"]]),
 ("stats", "Fixed-asset investment reached 2.3 trillion yuan in ⟦今年前四个月⟧, ⟦同比增长4.2%⟧.\n",
  [["the first four months of this year"], ["up 4.2 percent year on year", "up 4.2 percent year-on-year"]]),
 ("mirror-spam", "Campus news\n\n⟦澳门威尼斯人娱乐场⟧\n\nThe library extends its hours during exams.\n",
  [["-"]]),
]

if __name__ == "__main__":
    write(build(PAGES, "furniture-heldout3"), sys.argv[1])
