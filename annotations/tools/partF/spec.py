"""Hand-written annotation of report 001, part F of the development gold: 第5項 アジア太平洋地域の経済枠組み
(第1目 (1) ASEAN, (2) TPP, (3) RCEP, (4) IPEF), 第2節 国際機関等の動向 (opening), 第1項 国際連合・関連機関
第1目 STI政策への取り組み and 第2目 STI for SDGsの推進体制 (1)-(4), with footnotes 50-70 and the titles of
図表IX-3 / IX-4 / IX-5.

Written blind on 2026-12-02 by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-6); no NER, date tool or kiroku code or output was used or looked at.
locate.py only finds these strings in the raw text. F stands for U+FFFD (PDF debris between words),
T for a tab, S for U+3000.

ENTITIES: (text, left context, label, canonical); left "*" = every free occurrence in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod); left "*" likewise.
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc, neg, sent).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE  # noqa: F401  (the locator's markers; annotations/tools is on sys.path)

F = "\ufffd"
T = "\t"
S = "\u3000"
PUBLISHED = "2025-03-31"
# The brief's region is [29717, 40199); 29717 is not a line start (29716 is the 第 of 「第5項 アジア太平洋地域の
#経済枠組み」, which part C's region [25558, 29717) ends one character into), so the region starts at the next line
# start, 29736 (「アジア太平洋地域においては、…」). The heading line's rest [29717, 29736) is annotated by nobody.
# It ends just before 「第3目 2024年の主な動向」 (40199), where part D begins.
REGIONS = [[29736, 40199]]
# page furniture: the bare link URL printed under the title of 図表IX-4 (the figure's source link, not a footnote)
FURNITURE: list[list[int]] = [[35409, 35476]]

from spec_gold import ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD  # noqa: E402,F401 (the entity labels)
# canonicals of things the dev gold already names (kept as the dev gold has them; see README for the ones where
# GUIDELINES 6.4 would pick a fuller form written here)
UN = "国際連合"
ASEAN = "ASEAN"
OECD = "経済協力開発機構"
UNESCO = "国際連合教育科学文化機関"
UNCTAD = "国連貿易開発会議"
FAO = "国連食糧農業機関"
UNDP = "国際連合開発計画"
WB = "世界銀行"
ECOSOC = "経済社会理事会"
CSTD = "開発科学技術委員会"
GA = "国連総会"
AGENDA = "持続可能な開発のための2030アジェンダ"
NEXUS = "NEXUS"
APASTI = "ASEAN科学技術イノベーション行動計画"
IPEF = "インド太平洋経済枠組み"
STIF = "SDGsのためのSTIに関するマルチステークホルダー・フォーラム"
DECADE = "International Decade of Sciences for Sustainable Development"
ROADMAP = "STI for SDGsロードマップ"
NATOJ = "NATO日本代表部"
UNIC = "国連広報センター"
CRDS = "研究開発戦略センター"
# new in part F (GUIDELINES 1.3 / 5.3: the fullest form written in the report)
TPP = "環太平洋パートナーシップ"
RCEP = "東アジア地域包括経済連携"
COST = "ASEAN Committee on Science and Technology"
APAST = "ASEAN Plan of Action on Science and Technology"
UNIDO = "国際連合工業開発機関"
DESA = "国際連合経済社会局"
TFM = "技術促進メカニズム"
AAAA = "アディスアベバ行動目標"
IATT = "United Nations Inter-Agency Task Team on Science, Technology and Innovation for the SDGs"
HLPF = "国連ハイレベル政治フォーラム"
GSDR = "グローバル持続可能な開発報告書"
GSDR23 = "GSDR 2023"
GUIDE = "STI for SDGsに関するロードマップ作成のためのガイドブック"
PANEL = "国際社会の持続可能性に関する有識者懇談会"
ECJRC = "European Commission, Joint Research Centre"

ENTITIES = [
    # ---- 第5項 opening, 図表IX-3, footnotes 50-51
    ("アジア太平洋地域", "", LOC, "アジア・太平洋"),
    ("アジア太平洋", "【図表IX-3】 " + S + " ", LOC, "アジア・太平洋"),
    ("岸田", "", PER, "岸田"),                                  # 岸田総理大臣 (post out)
    ("NATO首脳会合", "", EVT, "NATO首脳会議"),
    ("北大西洋条約機構日本政府代表部", "", ORG, NATOJ),
    # ---- (1) ASEAN
    ("インドネシア", "1967年、", GPE, "インドネシア"),
    ("マレーシア", "", GPE, "マレーシア"),
    ("フィリピン", "", GPE, "フィリピン"),
    ("シンガポール", "フィリピン、", GPE, "シンガポール"),
    ("タイ", "シンガポール、", GPE, "タイ"),
    ("東南アジア諸国連合", "", ORG, ASEAN),
    ("東南\nアジア地域", "", LOC, "東南アジア"),
    (f"ASEAN{F}\n\nCommittee{F}on{F}Science{F}and{F}Technology", "「", ORG, COST),
    ("COST", "", ORG, COST),
    (f"ASEAN{F}Plan{F}of{F}Action{F}on{F}Science{F}and{F}Technology", "科学技術戦略計画「", DOC, APAST),
    ("APAST", "\n（", DOC, APAST),
    ("APAST", "必要とされ、", DOC, APAST),
    ("APASTI", "後継計画として「", DOC, APASTI),
    (f"ASEAN{F}Plan{F}of{F}Action{F}on{F}\nScience,{F}Technology{F}and{F}Innovation", "", DOC, APASTI),
    ("日", "日本では、", GPE, "日本"),                           # 日ASEAN友好協力
    ("ASEAN", "日本では、日", ORG, ASEAN),
    ("科学技術振興機構", "", ORG, "科学技術振興機構"),
    ("日ASEAN科学技術・イ\nノベーション協働連携事業", "", DOC, NEXUS),
    ("日ASEAN科学技術・イノベーション協働連携事業", "", DOC, NEXUS),  # footnote 53
    ("NEXUS", "*", DOC, NEXUS),
    # ---- (2) TPP
    ("オーストラリア", "", GPE, "オーストラリア"),
    ("シンガポール", "オーストラリア、", GPE, "シンガポール"),
    ("カナダ", "", GPE, "カナダ"),
    ("環太平洋パートナーシップ", "*", DOC, TPP),
    ("環太平洋地域", "", LOC, "環太平洋"),
    ("イ\nギリス", "", GPE, "英国"),
    ("イギリス", "", GPE, "英国"),                              # footnote 55
    ("ヨーロッパ", "*", LOC, "欧州"),
    ("中国", "*", GPE, "中国"),
    ("台湾", "", GPE, "台湾"),
    ("インドネシア", "中国、台湾、", GPE, "インドネシア"),
    ("コスタリカ", "*", GPE, "コスタリカ"),
    ("エクアドル", "", GPE, "エクアドル"),
    ("ウルグアイ", "", GPE, "ウルグアイ"),
    ("ウクライナ", "*", GPE, "ウクライナ"),
    ("バイオテクノロジー", "", TECH, "バイオテクノロジー"),
    ("TPP", "*", DOC, TPP),
    # ---- (3) RCEP
    ("東ア\n\nジア地域包括経済連携", "", DOC, RCEP),
    ("RCEP", "*", DOC, RCEP),
    ("APASTI", "ASEANの\n", DOC, APASTI),
    # footnotes 52-55
    ("NHK", "", ORG, "NHK"),
    # ---- (4) IPEF
    ("インド太平洋経済枠組み", "", ORG, IPEF),
    ("半導体製造技術", "", TECH, "半導体製造技術"),
    ("IPEF", "*", ORG, IPEF),
    # ---- 第2節 opening
    ("国際連合", "本節では代表的な国際機関として", ORG, UN),
    ("国連", "本節では代表的な国際機関として国際連合（", ORG, UN),
    ("経済協力開発機構", "", ORG, OECD),
    ("OECD", "", ORG, OECD),
    ("国際学術会議", "", ORG, "国際学術会議"),
    ("ISC", "", ORG, "国際学術会議"),
    # ---- 第1項 第1目
    ("国際連合", "第1項" + T + " ", ORG, UN),
    ("国際連合", "57\n\n", ORG, UN),
    ("国連", "57\n\n国際連合（", ORG, UN),
    ("第2次世界大戦", "", EVT, "第2次世界大戦"),
    ("開発\nのための科学技術委員会", "", ORG, CSTD),
    (f"Commission{F}on{F}Science{F}and{F}Technology{F}for{F}Development", "", ORG, CSTD),
    ("CSTD", "*", ORG, CSTD),
    ("持続可能な開発のための2030アジェンダ", "", DOC, AGENDA),
    ("2030アジェンダ", "*", DOC, AGENDA),
    ("持続可能な開発目標", "*", DOC, "SDGs"),
    (f"Sustainable{F}Development{F}Goals", "the" + F, DOC, "SDGs"),
    # footnote 56
    (f"Office{F}of{F}the{F}United{F}States{F}Trade{F}Representative", "", ORG, "Office of the United States Trade Representative"),
    (f"Indo-Pacific{F}Economic{F}Framework{F}for{F}Prosperity", "", ORG, IPEF),
    # footnotes 57-58
    ("文部科学省", "", ORG, "文部科学省"),
    ("国際連合広報センター", "*", ORG, UNIC),
    # UN-related bodies
    ("国際連合貿易開発会議", "", ORG, UNCTAD),
    ("国連貿易開発会議", "", ORG, UNCTAD),
    ("UNCTAD", "*", ORG, UNCTAD),
    ("国際連合食糧農業機関", "", ORG, FAO),
    ("FAO", "", ORG, FAO),
    ("国際原子\n力機関", "", ORG, "国際原子力機関"),
    ("IAEA", "", ORG, "国際原子力機関"),
    ("国際労働機関", "", ORG, "国際労働機関"),
    ("ILO", "", ORG, "国際労働機関"),
    ("国際連合開発計画", "", ORG, UNDP),
    ("国連開発計画", "", ORG, UNDP),
    ("UNDP", "*", ORG, UNDP),
    ("国際連合工業開発機関", "", ORG, UNIDO),
    ("国連工業開発機関", "", ORG, UNIDO),
    ("UNIDO", "*", ORG, UNIDO),
    ("世界気象機関", "", ORG, "世界気象機関"),
    ("WMO", "", ORG, "世界気象機関"),
    ("国際連合教育科学文化機関", "", ORG, UNESCO),
    ("国連教育\n科学文化機関", "", ORG, UNESCO),
    ("UNESCO", "*", ORG, UNESCO),
    ("原子力", "科学技術の問題として", TECH, "原子力"),
    # ---- 第2目 (1) TFM
    ("国連経済\n\n社会理事会", "", ORG, ECOSOC),
    ("技術促進メカニズム", "*", ORG, TFM),
    (f"Technology{F}Facilitation{F}Mechanism", "（", ORG, TFM),
    (f"UN{F}Technology{F}Facilitation{F}Mechanism", "", ORG, TFM),           # footnote 60
    ("TFM", "*", ORG, TFM),
    ("アディスアベバ行動目標", "", DOC, AAAA),
    (f"Addis{F}Ababa{F}Action{F}Agenda", "", DOC, AAAA),
    ("AAAA", "", DOC, AAAA),
    ("国際連合経済社会局", "", ORG, DESA),
    ("DESA", "国際連合経済社会局（", ORG, DESA),
    ("国連環境計画", "", ORG, "国連環境計画"),
    ("UNEP", "", ORG, "国連環境計画"),
    ("国際電気通信連合", "", ORG, "国際電気通信連合"),
    ("ITU", "", ORG, "国際電気通信連合"),
    ("世界知的\n所有権機関", "", ORG, "世界知的所有権機関"),
    ("WIPO", "", ORG, "世界知的所有権機関"),
    ("世界銀行", "*", ORG, WB),
    (f"Interagency{F}Task{F}Team", "", ORG, IATT),
    ("IATT", "*", ORG, IATT),
    ("10人委員会", "", ORG, "10人委員会"),
    ("国連STIフォーラム", "", EVT, STIF),
    ("国連ハイレベル政治フォーラム", "", EVT, HLPF),
    (f"High{F}Level{F}Political{F}\nForum", "", EVT, HLPF),
    ("HLPF", "", EVT, HLPF),
    # footnotes 59-62
    (f"Third{F}International{F}Conference{F}on{F}Financing{F}for{F}Development", "", EVT,
     "Third International Conference on Financing for Development"),
    (f"2030{F}Connect", "", PROD, "2030 Connect"),
    ("総会", "2013年に", ORG, GA),
    ("総会", "フォーム。", ORG, GA),
    ("経済社会理事会", "また", ORG, ECOSOC),
    ("ハイレベル政治フォーラム", "国際連合広報センター「", EVT, HLPF),
    # ---- GSDR
    ("グローバル持続可能な開発報告書", "*", DOC, GSDR),
    (f"Global{F}Sustainable{F}Development{F}Report", "（", DOC, GSDR),
    ("国連SDGsサミット", "", EVT, "国連SDGsサミット"),
    ("GSDR", "*", DOC, GSDR),
    (f"GSDR{F}2023", "", DOC, GSDR23),
    ("GSDR" + T + "2023", "", DOC, GSDR23),                                  # 図表IX-5 title
    ("GSDR2023", "", DOC, GSDR23),                                           # 出典 line of 図表IX-5
    ("危機の時代、変\n化の時代：持続可能な開発への変革を加速させる科学", "", DOC, GSDR23),
    (f"Times{F}of{F}crisis,{F}times{F}of{F}change：Science{F}for{F}\naccelerating{F}transformations{F}to{F}sustainable{F}development",
     "", DOC, GSDR23),
    (f"Times{F}of{F}crisis,{F}times{F}of{F}change:{F}Science{F}for{F}accelerating{F}transformations{F}to{F}sustainable{F}\n"
     "development", "", DOC, GSDR23),                                         # footnote 64
    (f"Independent{F}Group{F}of{F}Scientists", "", ORG, "Independent Group of Scientists"),
    (f"Global{F}Sustainable{F}\nDevelopment{F}Report{F}2019", "", DOC, "Global Sustainable Development Report 2019"),
    ("日本", "成り、", GPE, "日本"),
    ("慶應義塾大学大学院", "", ORG, "慶應義塾大学大学院"),
    ("蟹江憲史", "", PER, "蟹江憲史"),
    # ---- International Decade
    ("持続可能な開発のための国際科学の10年", "*", EVT, DECADE),
    ("International" + T + "Decade" + T + "of" + T + "Sciences" + T + "for" + T + "Sustainable" + T + "\nDevelopment", "",
     EVT, DECADE),
    (f"International{F}Decade{F}of{F}Sciences{F}for{F}Sustainable{F}Development", "", EVT, DECADE),  # footnote 66
    ("国連総会", "", ORG, GA),
    (f"United{F}Nations{F}General{F}Assembly", "", ORG, GA),
    # ---- (2) roadmap
    ("STI" + T + "for" + T + "SDGsロードマップ", "", DOC, ROADMAP),
    (f"STI{F}for{F}SDGsロードマップ", "*", DOC, ROADMAP),
    ("G20大阪\nサミット", "", EVT, "G20大阪サミット"),
    (f"STI{F}for{F}SDGsロードマップ策定の基本的考え方", "", DOC, "STI for SDGsロードマップ策定の基本的考え方"),
    ("G20大阪首脳宣言", "", DOC, "G20大阪首脳宣言"),
    ("SGDs", "", DOC, "SDGs"),                                             # footnote 65 (misspelt SDGs)
    ("日本", "その後、", GPE, "日本"),
    (f"STI{F}for{F}SDGsに関するロードマップ作成のためのガイドブック", "", DOC, GUIDE),
    (f"Guidebook{F}for{F}the{F}\nPreparation{F}of{F}Science,{F}Technology{F}and{F}Innovation{F}for{F}SDGs{F}Roadmaps", "", DOC,
     GUIDE),
    ("EU", "", ORG, "欧州連合"),
    ("ケニア", "*", GPE, "ケニア"),
    ("エチオピア", "", GPE, "エチオピア"),
    ("ガーナ", "", GPE, "ガーナ"),
    ("インド", "ガーナ、", GPE, "インド"),
    ("セルビア", "", GPE, "セルビア"),
    ("グローバル・パイロット・プログラム", "", DOC, "グローバル・パイロット・プログラム"),
    # ---- (3) Japan
    ("STI" + T + "for" + T + "SDGsプラットフォーム", "", DOC, "STI for SDGsプラットフォーム"),
    (f"STI{F}for{F}SDGsプラットフォーム報告書", "", DOC, "STI for SDGsプラットフォーム報告書"),   # footnote 69
    (f"STI{F}for{F}SDGsプラットフォーム", "*", DOC, "STI for SDGsプラットフォーム"),
    (PANEL, "*", ORG, PANEL),
    ("国際社会の持続可能性に関する有識者懇親会", "", ORG, PANEL),          # footnote 70 (misspelt 懇談会)
    ("グローバル・サウス", "", LOC, "グローバル・サウス"),
    # ---- (4) other bodies, footnotes 67-70
    (f"World{F}Bank", "", ORG, WB),
    (f"United{F}Nations{F}Inter-Agency{F}Task{F}Team{F}on{F}Science,{F}Technology{F}and{F}Innovation{F}for{F}the{F}SDGs", "",
     ORG, IATT),
    (f"European{F}Commission,{F}Joint{F}Research{F}Centre", "", ORG, ECJRC),
    ("EC-JRC", "", ORG, ECJRC),
    (f"ガイドブック：Science,{F}Technology{F}and{F}Innovation（STI）\nfor{F}SDGsロードマップの作成", "", DOC, GUIDE),
    ("2022年版開発協力白書", "", DOC, "2022年版開発協力白書"),
    ("内閣府", "", ORG, "内閣府"),
    ("国連\n経済社会局", "", ORG, DESA),
    ("UN-DESA", "", ORG, DESA),
    # ---- leftovers, every free occurrence in the region
    ("ASEAN", "*", ORG, ASEAN),
    ("United" + F + "Nations", "*", ORG, UN),
    ("国連", "*", ORG, UN),
    ("SDGs", "*", DOC, "SDGs"),
    ("日本", "*", GPE, "日本"),
    ("米国", "*", GPE, "米国"),
    ("外務省", "*", ORG, "外務省"),
    ("CRDS", "*", ORG, CRDS),
    ("JST", "*", ORG, "科学技術振興機構"),
    ("AI", "*", TECH, "人工知能"),
]

Y = lambda y: (str(y), f"{y}-01-01", f"{y}-12-31")  # noqa: E731


def M(y, m, last):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


def FY(y):
    return (f"FY{y}", f"{y}-04-01", f"{y + 1}-03-31")


ACC = ("2025-03-03", "2025-03-03", "2025-03-03")
PAST = ("PAST_REF", None, None)
PRES = ("PRESENT_REF", None, None)
FUT = ("FUTURE_REF", None, None)
D = "DATE"
DUR = "DURATION"

DATES = [
    ("2025年3月3日", "*", D, *ACC, None),                     # footnote access dates written on one line
    ("2025年\n3月3日", "", D, *ACC, None),                     # footnote 57
    ("2025\n年3月3日", "", D, *ACC, None),                     # footnote 67
    # (1) ASEAN
    ("1967年", "", D, *Y(1967), None),
    ("現在", "発展を続け、", D, *PRES, None),
    ("1971年", "", D, *Y(1971), None),
    ("1978年", "", D, *Y(1978), None),
    ("2016年", "", D, *Y(2016), None),
    ("2025年度", "", D, *FY(2025), None),
    ("50周年", "", DUR, "P50Y", None, None, None),
    # (2) TPP
    ("2005年", "", D, *Y(2005), None),
    ("2017年", "", D, *Y(2017), None),
    ("2018年", "", D, *Y(2018), None),
    ("2024年12月", "", D, *M(2024, 12, 31), None),
    ("現在", "拡\n大することとなった。", D, *PRES, None),
    # (3) RCEP, footnote 52
    ("2020年", T + "RCEP\n", D, *Y(2020), None),                       # 「2020年、ASEAN加盟国と…」 (RCEP)
    ("2023年", "イノベーション情勢（", D, *Y(2023), None),
    # (4) IPEF
    ("2022年", T + "IPEF\n", D, *Y(2022), None),
    # 第1目 UN
    ("1945年10月", "", D, *M(1945, 10, 31), None),
    ("1960年代から", "", D, "196", "1960-01-01", "1969-12-31", "AFTER"),
    ("1992年", "", D, *Y(1992), None),
    ("2015年9月", "", D, *M(2015, 9, 30), None),
    ("2030", "持続可能な開発のための", D, *Y(2030), None),
    ("2030", "（「", D, *Y(2030), None),
    ("昨今", "", D, *PAST, None),
    # 第2目 (1)
    ("2015年", "TFMは、", D, *Y(2015), None),
    ("2030", "AAAA）」で提唱され、「", D, *Y(2030), None),
    ("毎年", "マルチステークホルダーが", DUR, "P1Y", None, None, None),
    ("毎年", "HLPF）62で", DUR, "P1Y", None, None, None),
    ("2030", F + "“", D, *Y(2030), None),                      # inside 「2030 Connect」 (footnote 61)
    ("2013年", "", D, *Y(2013), None),
    ("2030", "設置され、", D, *Y(2030), None),                 # footnote 62 「2030アジェンダ」
    ("4年ごと", "", DUR, "P4Y", None, None, None),
    ("毎年", "主催のもとで", DUR, "P1Y", None, None, None),
    # GSDR
    ("今後", "進捗のレビューと", D, *FUT, None),
    ("4年おき", "", DUR, "P4Y", None, None, None),
    ("2023年9月", "", D, *M(2023, 9, 30), None),
    ("2023", "GSDR" + F, D, *Y(2023), None),
    ("これまで", "", D, *PAST, None),
    ("2019", "Report" + F, D, *Y(2019), None),               # inside 「Global Sustainable Development Report 2019」 (fn 63)
    ("2023", "GSDR" + T, D, *Y(2023), None),                  # 図表IX-5 title
    ("2023", "GSDR", D, *Y(2023), None),                      # 出典 line of 図表IX-5 (「GSDR2023の」)
    # International Decade
    ("10年", "■" + T + "持続可能な開発のための国際科学の", DUR, "P10Y", None, None, None),   # inside the name (heading)
    ("2024–2033年", "", D, "2024/2033", "2024-01-01", "2033-12-31", None),
    ("2023年", "\n\n", D, *Y(2023), None),                     # 「2023年の国連総会にて」
    ("2024年から2033年", "", D, "2024/2033", "2024-01-01", "2033-12-31", None),
    ("10年間", "", DUR, "P10Y", None, None, None),
    ("10年", "「持続可能な開発のための国際科学の", DUR, "P10Y", None, None, None),      # inside the name (body)
    # (2) roadmap
    ("2019年", "", D, *Y(2019), None),
    ("2020年", "主導により、\n", D, *Y(2020), None),
    ("現在", "盛り込まれている。", D, *PRES, None),
    ("2020年度から", "", D, *FY(2020), "AFTER"),
    ("同年度から", "", D, *FY(2020), "AFTER"),
    # (3) Japan
    ("2024年4月", "", D, *M(2024, 4, 30), None),
    ("2024年9月3日", "", D, "2024-09-03", "2024-09-03", "2024-09-03", None),
    ("それまで", "", D, "2024-09-03", "2024-09-03", "2024-09-03", "BEFORE"),
    ("今後", "この中で", D, *FUT, None),
    # footnote 68
    ("2022年", "外務省「", D, *Y(2022), None),
]

COST_A = ("この委員会", "", COST)
UN_1 = ("国連", "科学技術に関しては、", UN)
UN_S = ("国際連合（国連）は", "57\n\n", "れた。", "設立さ\n")     # the sentence after the footnote-marker line 「57」
G20O = ("G20大阪\nサミット", "", "G20")
G20O_S = ("2019年のG20大阪", "", "強調された。", "重要性が")
JST_A = ("科学技術振興機構", "", "科学技術振興機構")
JP_P = ("日本", "ムにおいて、", "日本")
WB_A = ("世界銀行", "（4）" + T + "他の国際機関での取り組み\n", WB)

EVENTS = [
    # ---- (1) ASEAN
    dict(t=("設立", "（ASEAN）が"), type="ESTABLISH",
         actors=[("インドネシア", "1967年、", "インドネシア"), ("マレーシア", "", "マレーシア"), ("フィリピン", "", "フィリピン"),
                 ("シンガポール", "フィリピン、", "シンガポール"), ("タイ", "シンガポール、", "タイ")],
         content="東南アジア諸国連合（ASEAN）", date="1967"),
    dict(t=("拡大", "加盟国の"), type="ACTION", actors=[("ASEAN", "東南アジア諸国連合\n（", ASEAN)], content="加盟国"),
    dict(t=("設立", "（COST）」を"), type="ESTABLISH", actors=[("ASEAN", "1971年、", ASEAN)],
         content="「ASEANCommitteeonScienceandTechnology（COST）」", date="1971"),
    dict(t=("策定", "（APAST）」が"), type="ADOPT", actors=[COST_A],
         content="ASEAN初の包括的な科学技術戦略計画「ASEANPlanofActiononScienceandTechnology（APAST）」", date="1978"),
    dict(t=("策定", "Innovation）」が"), type="ADOPT", actors=[],
         content="「APASTI（ASEANPlanofActiononScience,TechnologyandInnovation）」", date="2016"),
    dict(t=("推進", "（NEXUS）」を"), type="ACTION", actors=[JST_A],
         content="「日ASEAN科学技術・イノベーション協働連携事業（NEXUS）」"),
    dict(t=("展開", "科学技術協力を"), type="ACTION", actors=[JST_A], content="柔軟で重層的な科学技術協力"),
    # ---- (2) TPP
    dict(t=("締結", "\nが"), type="AGREE",
         actors=[("日本", "2005年、", "日本"), ("オーストラリア", "", "オーストラリア"),
                 ("シンガポール", "オーストラリア、", "シンガポール"), ("カナダ", "", "カナダ")],
         content="環太平洋パートナーシップ（TPP）", date="2005"),
    dict(t=("申請", "加入を"), type="INTEND",
         actors=[("中国", "現在、", "中国"), ("台湾", "", "台湾"), ("インドネシア", "中国、台湾、", "インドネシア"),
                 ("コスタリカ", "インドネシア、", "コスタリカ"), ("エクアドル", "", "エクアドル"), ("ウルグアイ", "", "ウルグアイ"),
                 ("ウクライナ", "ウルグアイ、", "ウクライナ")],
         content="加入", date="PRESENT_REF"),
    dict(t=("決定", "交渉の開始が"), type="ADOPT", actors=[], content="加入に向けた交渉の開始"),
    # ---- (3) RCEP
    dict(t=("署名", "（RCEP）が"), type="AGREE", actors=[("ASEAN加盟国", "2020年、", "ASEAN加盟国")],
         content="東アジア地域包括経済連携（RCEP）", date="2020"),
    # ---- (4) IPEF
    dict(t=("発足", "（IPEF）が"), type="ESTABLISH", actors=[], content=None, date="2022"),
    dict(t=("立ち上げ", "主導により"), type="ESTABLISH", actors=[("米国", "として、", "米国")], content="IPEF"),
    dict(t=("目指し", "関税撤廃は"), type="INTEND", actors=[("IPEF", "立ち上げられた。 ", IPEF)], content="関税撤廃", neg=True),
    # ---- 第1項 第1目
    dict(t=("設立", "1945年10月に"), type="ESTABLISH", actors=[], content="国際連合（国連）", date="1945-10", sent=UN_S),
    dict(t=("目指し", "世界平和を"), type="INTEND", actors=[("国際連合", "57\n\n", UN)], content="世界平和", sent=UN_S),
    dict(t=("促進", "科学技術活用を"), type="ACTION", actors=[UN_1], content="科学技術活用", date="196"),
    dict(t=("設置", "」を\n"), type="ESTABLISH", actors=[UN_1],
         content="「開発のための科学技術委員会（CommissiononScienceandTechnologyforDevelopment：CSTD）」", date="1992"),
    dict(t=("目標", "科学技術発展を"), type="INTEND", actors=[UN_1], content="開発途上国の科学技術発展", date="1992"),
    dict(t=("採択", "」）が"), type="AGREE", actors=[],
         content="「持続可能な開発のための2030アジェンダ」（「2030アジェンダ」）", date="2015-09"),
    dict(t=("確認", "共通認識が"), type="AGREE", actors=[], content="その達成にSTIが重要であるとの共通認識"),
    dict(t=("取り組ん", "国際的な秩序等に"), type="ACTION", actors=[("国連", "これらの機関とともに", UN)],
         content="原子力の平和利用、核不拡散、宇宙の平和利用、海洋の開発利用の国際的な秩序等",
         sent=("また関連機関として", "", "果たすようになっている。", "議論で主導的な役割を")),
    # ---- 第2目 (1) TFM
    dict(t=("立ち上げ", "TFM）が"), type="ESTABLISH", actors=[],
         content="技術促進メカニズム（TechnologyFacilitationMechanism：TFM）"),
    dict(t=("採択", "2015年に"), type="AGREE", actors=[],
         content="「アディスアベバ行動目標（TheAddisAbabaActionAgenda：AAAA）」", date="2015"),
    dict(t=("合意", "設置が"), type="AGREE", actors=[("2030アジェンダ", "AAAA）」で提唱され、「", UN)], content="設置"),
    # footnote 62 (HLPF)
    dict(t=("設置", "総会によって"), type="ESTABLISH", actors=[("総会", "2013年に", GA)], content=None, date="2013",
         sent=("2013年に総会", "", "フォーム。", "プラット\n")),
    # 「総会の主催のもとに…4年ごとに開かれ、また経済社会理事会の主催のもとで毎年開かれる」: a standing practice,
    # no occurrence: no event (GUIDELINES 6.7, decided after this part was written)
    # ---- GSDR
    dict(t=("とり\nまとめ", "4年おきに"), type="ADOPT", actors=[],
         content="「グローバル持続可能な開発報告書（GlobalSustainableDevelopmentReport：GSDR）」"),
    dict(t=("発表", "国連SDGsサミットで"), type="ANNOUNCE", actors=[("国連SDGsサミット", "", UN)],
         content="「グローバル持続可能な開発報告書（GlobalSustainableDevelopmentReport：GSDR）」"),
    dict(t=("公表", "2023年9月に"), type="ANNOUNCE", actors=[], content="「GSDR2023」", date="2023-09"),
    # footnote 64 (authors)
    dict(t=("参加", "授が"), type="ACTION", actors=[("蟹江憲史", "", "蟹江憲史")], content=None,
         sent=("報告書の執筆者", "", "参加している。", "授が")),
    # ---- International Decade
    dict(t=("宣言", "であると"), type="ANNOUNCE", actors=[("国連総会", "", GA)],
         content="2024年から2033年の10年間は「持続可能な開発のための国際科学の10年」である", date="2023",
         sent=("2023年の国連総会", "", "宣言された。", "であると")),
    # ---- (2) roadmap
    dict(t=("設置", "作業部会が"), type="ESTABLISH", actors=[("TFM", "。\n", TFM)], content="作業部会"),
    dict(t=("公表", "付属文書とし\nて"), type="ANNOUNCE", actors=[G20O],
         content="「STIforSDGsロードマップ策定の基本的考え方」", date="2019", sent=G20O_S),
    dict(t=("強調", "重要性が"), type="ANNOUNCE", actors=[G20O], content="ロードマップの重要性", date="2019", sent=G20O_S),
    dict(t=("まとめ", "）」が"), type="ADOPT", actors=[("日本", "その後、", "日本")],
         content="「STIforSDGsに関するロードマップ作成のためのガイドブック（GuidebookforthePreparationofScience,Technology"
                 "andInnovationforSDGsRoadmaps）」", date="2020"),
    dict(t=("進め", "プログラム」が"), type="ACTION",
         actors=[("国連", "現在ではこれに基づいて、", UN), ("世界銀行", "国連、", WB), ("UNESCO", "世界銀行、", UNESCO),
                 ("EU", "", "欧州連合"), ("日本", "EU、", "日本")],
         content="それぞれの国の課題、ニーズに応じた科学技術を基盤とする「グローバル・パイロット・プログラム」",
         date="PRESENT_REF"),
    dict(t=("支援", "農業分野での"), type="SUPPORT", actors=[JP_P], content="ケニアに農業分野での", date="FY2020"),
    dict(t=("継続", "日本企業の支援を"), type="ACTION", actors=[JP_P],
         content="途上国においてSTIによる社会課題解決へ向けた事業化検討を行う日本企業の支援", date="FY2020"),
    # ---- (3) Japan
    dict(t=("立ち上げ", "有識者懇談会」を"), type="ESTABLISH", actors=[("外務省", "\n", "外務省")],
         content="「国際社会の持続可能性に関する有識者懇談会」", date="2024-04"),
    dict(t=("発表", "中間とりまとめを"), type="ANNOUNCE", actors=[("第4回会合", "", PANEL)],
         content="それまでの議論を踏まえた中間とりまとめ", date="2024-09-03"),
    dict(t=("掲げ", "7テーマを"), type="INTEND", actors=[("中間とりまとめ", "", PANEL)],
         content="ひとりひとりのウェルビーイングの向上、持続的成長モデルの創出・発信、新たな分野のルール形成の主導、"
                 "バリューチェーンの再構築、グローバル・サウスとの懸け橋、科学技術外交の推進、平和の実現、といった7テーマ"),
    dict(t=("目指し", "貢献することを"), type="INTEND", actors=[("日本", "これらの取り組みを通じて、", "日本")],
         content="ポストSDGsに向けた国際的な議論においてリーダーシップを発揮し、持続可能な社会の実現に貢献すること"),
    # ---- (4) other bodies
    dict(t=("支援", "国家システム強化への"), type="SUPPORT", actors=[WB_A], content="各国のSTIに関する国家システム強化"),
    dict(t=("参加", "取り組みにも"), type="ACTION", actors=[WB_A], content=LIT("STI for SDGsの取り組み")),
]
