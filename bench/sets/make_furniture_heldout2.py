"""Builds bench/sets/furniture-heldout2.jsonl: a second set of half-translated pages (session 5, written before
that session's engine changes, without running the engine), leaning to hospitals, companies, web novels and
government notices. Leftovers are marked ⟦ ⟧; each has its accepted renderings (`-`: must stay)."""
import sys

from make_furniture_heldout import build, write

PAGES = [
 ("hospital-menu", "⟦医院概况 | 科室导航 | 专家介绍 | 就医指南⟧\n\nThe outpatient building has moved to the east campus.\n",
  [["Hospital Overview | Departments | Experts | Patient Guide", "About the Hospital | Departments | Our Experts | Patient Guide"]]),
 ("hospital-dept", "Dr. Wang has worked in the ⟦心血管内科⟧ for twenty years and leads its heart failure clinic.\n",
  [["Department of Cardiology", "cardiology department"]]),
 ("hospital-name", "The ⟦宁波市第一医院⟧ opened a new stroke center this spring.\n",
  [["Ningbo First Hospital", "Ningbo No. 1 Hospital"]]),
 ("hospital-hours", "Clinic hours\n⟦门诊时间：周一至周五 8:00-17:00⟧\n\nBring your ID card and insurance card.\n",
  [["Outpatient hours: Monday to Friday 8:00-17:00", "Clinic hours: Monday to Friday 8:00-17:00"]]),
 ("hospital-booking", "Patients can now book online.\n\n⟦预约挂号⟧  ⟦在线咨询⟧  ⟦报告查询⟧\n",
  [["Appointments", "Book an appointment", "Make an appointment"], ["Online consultation", "Online Consultation"], ["Report inquiry", "Check reports", "Test results"]]),
 ("hospital-affiliated", "Surgeons at the ⟦中山大学附属第一医院⟧ completed the transplant.\n",
  [["First Affiliated Hospital of Sun Yat-sen University"]]),
 ("company-header", "⟦证券代码：600519  证券简称：贵州茅台  公告编号：2025-012⟧\n\nThe board has approved the annual dividend.\n",
  [["Stock code: 600519 Stock abbreviation: Kweichow Moutai Announcement No.: 2025-012", "Stock code: 600519  Short name: Kweichow Moutai  Announcement No.: 2025-012"]]),
 ("company-results", "In 2024 the group's ⟦营业收入⟧ reached 8.3 billion yuan and its ⟦净利润⟧ rose by a fifth.\n",
  [["operating revenue", "revenue"], ["net profit"]]),
 ("company-people", "The plan was presented by ⟦董事长⟧ Zhou Min and ⟦总经理⟧ Lin Hao.\n",
  [["Chairman", "chairman"], ["General Manager", "general manager"]]),
 ("company-name", "⟦杭州青岚智能科技股份有限公司⟧ will list its shares in Shenzhen.\n",
  [["-"]]),
 ("company-menu", "⟦关于我们 | 产品中心 | 新闻动态 | 联系我们⟧\n\nOur new sensors ship in May.\n",
  [["About Us | Products | News | Contact Us", "About Us | Product Center | News | Contact Us"]]),
 ("novel-nav", "Lin Feng closed the door and sat by the lamp until dawn.\n\n⟦上一章⟧ | ⟦目录⟧ | ⟦下一章⟧\n",
  [["Previous Chapter", "Previous chapter", "Previous"], ["Contents", "Table of Contents", "Table of contents"], ["Next Chapter", "Next chapter", "Next"]]),
 ("novel-chapter", "⟦第三十七章⟧ The Sword in the Lake\n\nThe water was colder than he remembered.\n",
  [["Chapter 37", "Chapter Thirty-Seven"]]),
 ("novel-shelf", "Like this story?\n\n⟦加入书架⟧  ⟦投推荐票⟧\n",
  [["Add to Bookshelf", "Add to bookshelf", "Add to library"], ["Recommend", "Vote", "Recommendation vote"]]),
 ("novel-meta", "⟦作者：青山⟧\n⟦字数：120万⟧\n\nA young doctor travels back to the Song dynasty.\n",
  [["-"], ["Words: 1.2 million", "Word count: 1.2 million"]]),
 ("gov-notice-meta", "⟦索引号：11330100MB1234567X/2025-00123⟧\n⟦发文机关：杭州市人民政府办公厅⟧\n⟦成文日期：2025-03-02⟧\n\nNotice on the spring planting subsidy\n",
  [["Index number: 11330100MB1234567X/2025-00123", "Index No.: 11330100MB1234567X/2025-00123"], ["Issuing authority: General Office of the Hangzhou Municipal People's Government", "Issued by: General Office of Hangzhou Municipal People's Government", "Issuing authority: the General Office of the Hangzhou Municipal People's Government"], ["Date of writing: 2025-03-02", "Date written: 2025-03-02", "Drafting date: 2025-03-02"]]),
 ("gov-topic", "⟦主题分类：农业、林业⟧\n\nFarmers may apply until April 30.\n",
  [["Subject: agriculture, forestry", "Subject: agriculture and forestry", "Subject category: agriculture and forestry", "Subject category: agriculture, forestry", "Topic: agriculture, forestry"]]),
 ("gov-doc-number", "The county government issued ⟦文号：临政发〔2025〕8号⟧ on road safety.\n",
  [["-"]]),
 ("gov-menu", "⟦政府信息公开 | 政策解读 | 办事服务 | 互动交流⟧\n\nThe district budget for 2025 is now online.\n",
  [["Government Information Disclosure | Policy Interpretation | Services | Interaction", "Government Information Disclosure | Policy Interpretation | Online Services | Interaction"]]),
 ("gov-sentence", "The county will repair 40 bridges this year. ⟦各乡镇要在五月底前完成排查工作。⟧\n",
  [["All towns must finish their inspections by the end of May."]]),
 ("university-news", "⟦2025年4月18日上午⟧, the university held a job fair on the north campus with ⟦300余家⟧ employers.\n",
  [["On the morning of April 18, 2025"], ["more than 300"]]),
 ("university-people", "The award was presented by ⟦党委书记王建国⟧ and ⟦校长李华⟧.\n",
  [["Party Secretary Wang Jianguo"], ["President Li Hua"]]),
 ("stats-yoy", "Retail sales reached 1.2 trillion yuan, ⟦同比增长6.8%⟧, the statistics bureau said.\n",
  [["up 6.8 percent year on year", "up 6.8 percent year-on-year", "up 6.8% year on year"]]),
 ("mirror-spam", "The school choir won first prize in the city contest.\n\n⟦威尼斯人官方网站入口⟧\n",
  [["-"]]),
 ("mirror-spam2", "Read more campus news below.\n\n⟦体育投注 真人百家乐⟧\n",
  [["-"]]),
]

if __name__ == "__main__":
    write(build(PAGES, "furniture-heldout2"), sys.argv[1])
