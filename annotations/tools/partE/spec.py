"""Hand-written blind held-out annotation of report 001, regions G7 (第1節 opening, 第1項 第1目 G7とは,
第2目 STI政策への取り組み (1)-(4)) and OECD (第2項 第2目 加盟国拡大における日本の役割, 第3目 (1) CSTP with
its ■ timeline 図表IX-7).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-5); no NER, date tool or kiroku code or output was used
or looked at. locate.py only finds these strings in the raw text. F stands for U+FFFD (PDF debris
between words), T for a tab, S for U+3000.

ENTITIES: (text, left context, label, canonical); left "*" = every free occurrence in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod); left "*" likewise.
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc, sent).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE  # noqa: F401  (the locator's markers; annotations/tools is on sys.path)

F = "\ufffd"
T = "\t"
S = "\u3000"
PUBLISHED = "2025-03-31"
# G7:   from 「 第1節 国際枠組みの動向」 to just before 「第3目 2024年の主な動向」 (where dev part A begins, 5879);
#       footnotes 3-10 inside (their text; 11 and 12 are only markers here).
# OECD: from 「第2目 加盟国拡大における日本の役割」 to just before 「（2）Global Forum on Technology（GFTech）」
#       (48670); footnotes 77-82 inside, figure titles 図表IX-6 / IX-7 and the IX-7 timeline.
REGIONS = [[1542, 5879], [45346, 48670]]
# no running footer/header, side tab, page number or link dump lies inside these two regions
FURNITURE: list[list[int]] = []

ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER = "ORG", "GPE", "LOC", "FACILITY", "EVENT", "DOCUMENT", "TECHNOLOGY", "PERSON"
OECD = "経済協力開発機構"
NATO = "北大西洋条約機構"
EUN = "欧州連合"
EC = "欧州共同体"
UN = "国際連合"
AI = "人工知能"
G7S = "G7サミット"
HIRO = "G7広島サミット"
ISE = "G7伊勢志摩サミット"
PUG = "G7プーリア・サミット"
GDTM = "G7デジタル・技術大臣会合"
GUNMA = "G7群馬高崎デジタル・技術大臣会合"
DFFT = "信頼性のある自由なデータ流通"
IAP = "Institutional Arrangement for Partnership"
SIGRE = "G7のグローバルな研究エコシステムにおけるセキュリティとインテグリティ（SIGRE）ワーキンググループ"
RC = "G7研究協約"
TOOLKIT = "公的部門における人工知能のためのG7ツールキット"
SEARP = "OECD東南アジア地域プログラム"
SEARP10 = "OECD東南アジア地域プログラム（SEARP）10周年記念式典"
JOAPP = "日本OECD・ASEANパートナーシップ・プログラム"
IPSF = "OECDインド太平洋戦略枠組み"
MCM = "OECD閣僚理事会"
CSTP = "科学技術政策委員会"
CSTPM = "CSTP閣僚級会合"
DECL = "持続可能で包摂的な未来に向けた変革的な科学技術・イノベーション政策に関する宣言"
FAG = "新興技術の先見的ガバナンスの枠組み"
GFT = "Global Forum on Technology"
STIO = "STI Outlook"
P2025 = "OECD S&T Policy 2025イニシアティブ"

ENTITIES = [
    # ================= G7 region [1542, 5879) =================
    ("NATO", "QUAD、", ORG, NATO),
    ("QUAD", "G20、", ORG, "QUAD"),
    # 第1目 G7とは
    ("欧州連合", "7か国および", ORG, EUN),
    ("EU", "欧州連合（", ORG, EUN),
    ("ニクソン・ショック", "", EVT, "ニクソン・ショック"),
    ("第1次石油危機", "", EVT, "第1次石油危機"),
    ("仏", "当時の", GPE, "フランス"),                      # 仏大統領: the post out, the country tagged
    ("ジスカール＝デスタン", "", PER, "ジスカール＝デスタン"),
    # 図表IX-1
    ("プエルトリコ", "", GPE, "プエルトリコ"),
    ("ロンドン", "1977年 ", GPE, "ロンドン"),
    ("欧州共同体", "", ORG, EC),
    ("EC", "欧州共同体（", ORG, EC),
    ("EU", "現在は", ORG, EUN),
    ("欧州委員会", "", ORG, "欧州委員会"),                  # 欧州委員会委員長: the post out
    ("ロンドン", "1991年 ", GPE, "ロンドン"),
    ("冷戦", "", EVT, "冷戦"),
    ("G7", "大統領と", ORG, "G7"),                         # G7首脳 (head 首脳 out)
    ("ナポリ", "", GPE, "ナポリ"),
    ("バーミンガム", "", GPE, "バーミンガム"),
    ("G8サミット", "", EVT, "G8サミット"),
    ("エビアン", "", GPE, "エビアン"),
    ("オランダ", "", GPE, "オランダ"),
    ("ハーグ", "", GPE, "ハーグ"),
    ("核セキュリティ・サミット", "", EVT, "核セキュリティ・サミット"),
    ("G8", "ロシアの", ORG, "G8"),
    # 2023 Japan's presidency
    ("生成AI", "*", TECH, "生成AI"),
    # footnote 3, 4
    ("外務省", "*", ORG, "外務省"),
    ("東京サミット", "*", EVT, "東京サミット"),
    ("九州・\n沖縄サミット", "", EVT, "九州・沖縄サミット"),
    ("北海道洞爺湖サミット", "", EVT, "北海道洞爺湖サミット"),
    ("伊勢志摩サミット", "2016年（", EVT, ISE),
    ("広島サミット", "2023年（", EVT, HIRO),
    # Hiroshima 2023 paragraph
    ("広島", "被爆地・", GPE, "広島"),
    ("ゼレン\nスキー", "", PER, "ゼレンスキー"),
    ("岸田", "", PER, "岸田"),
    ("広島AIプロセス", "*", DOC, "広島AIプロセス"),
    ("第1回G7サミット", "", EVT, "第1回G7サミット"),
    ("カ\nナナスキス", "", GPE, "カナナスキス"),
    # (1) climate
    ("G7ブリュッセル・サミット", "", EVT, "G7ブリュッセル・サミット"),
    ("第21回気候変動枠組み条\n約締約国会議", "", EVT, "COP21"),
    ("COP21", "", EVT, "COP21"),
    ("産業革命", "", EVT, "産業革命"),
    ("パリ協定", "*", DOC, "パリ協定"),
    ("COP28", "", EVT, "COP28"),
    ("グローバ\nル・ストックテイク", "", DOC, "グローバル・ストックテイク"),
    ("GST", "", DOC, "グローバル・ストックテイク"),
    # (2) AI governance
    ("G7伊勢志摩サミット", "*", EVT, ISE),
    ("AI原則", "", DOC, "OECD AI Principles"),
    ("G7広島\nサミット", "", EVT, HIRO),
    ("G7広島サミット", "*", EVT, HIRO),
    ("群馬高崎デ\nジタル・技術大臣会合", "", EVT, GUNMA),
    ("AI\nガバナンスの相互運用性を促進するアクションプラン", "", DOC, "AIガバナンスの相互運用性を促進するアクションプラン"),
    ("国際連合", "", ORG, UN),
    ("国連", "*", ORG, UN),                                # 国連決議, 国連SDGs決議 (heads out)
    ("G7プーリア・サミット", "*", EVT, PUG),
    ("デジタル・技術大臣会合", "*", EVT, GDTM),             # of the Puglia summit (twice): the series' canonical
    ("公的部門におけるAI\nツールキット", "", DOC, TOOLKIT),
    # footnotes 5-10
    ("NHK", "", ORG, "NHK"),
    (f"G7{F}2025{F}KANANASKIS", "", EVT, "G7 2025 KANANASKIS"),
    ("経済産業省資源エネルギー庁", "", ORG, "資源エネルギー庁"),
    ("G7", "エネルギー庁\u3000「", ORG, "G7"),                 # 「G7」で議論された (footnote 7)
    ("東京大学未来ビジョン研究センター", "", ORG, "東京大学未来ビジョン研究センター"),
    ("米", "9" + F + " ", GPE, "米国"),                                # 米メディアAP通信
    ("AP通信", "", ORG, "AP通信"),
    ("UN", "The" + F, ORG, UN),
    (f"artificial{F}intelligence", "", TECH, AI),
    ("デジタル庁", "", ORG, "デジタル庁"),
    ("G7デジタル・技術大臣会合", "", EVT, GDTM),
    # (3) digital governance
    ("信頼性のある自由なデータ流通", "", DOC, DFFT),
    ("DFFT", "", DOC, DFFT),
    (f"Data{F}Free{F}Flow{F}\nwith{F}Trust", "", DOC, DFFT),
    ("IAP", "", ORG, IAP),
    (f"Institutional{F}Arrangement{F}for{F}Partnership", "", ORG, IAP),
    ("デジタル・アイデンティティ・マッピングエクササイズ", "", DOC, "デジタル・アイデンティティ・マッピングエクササイズ"),
    # (4) research cooperation
    ("G7コーンウォール・サミット", "", EVT, "G7コーンウォール・サミット"),
    ("G7研究協約", "", DOC, RC),
    (f"Research{F}Compact", "", DOC, RC),
    (f"グローバルな研究エコシステムにおけるセキュ\nリティとインテグリティ（SIGRE：Security{F}and{F}Integrity{F}of{F}the{F}"
     f"Global{F}Research{F}Ecosystem）作業部会", "「", ORG, SIGRE),
    (f"研究セキュリティと研究インテグリティに関する{F}G7{F}共通の価値観と原則", "", DOC,
     "研究セキュリティと研究インテグリティに関するG7共通の価値観と原則"),
    ("安全で開かれた研究のためのG7ベストプラクティス", "", DOC, "安全で開かれた研究のためのG7ベストプラクティス"),
    ("G7バーチャルアカデミー", "", ORG, "G7バーチャルアカデミー"),
    # G7-region leftovers by '*'
    ("G7サミット", "*", EVT, G7S),
    ("ロシア", "*", GPE, "ロシア"),
    ("ウクライナ", "*", GPE, "ウクライナ"),
    ("フランス", "*", GPE, "フランス"),
    ("米国", "*", GPE, "米国"),
    ("英国", "*", GPE, "英国"),
    ("ドイツ", "*", GPE, "ドイツ"),
    ("イタリア", "*", GPE, "イタリア"),
    ("カナダ", "*", GPE, "カナダ"),
    ("G20", "*", ORG, "G20"),
    ("ASEAN", "*", ORG, "ASEAN"),
    # ================= OECD region [45346, 48670) =================
    ("欧州", "*", LOC, "欧州"),
    ("北米", "", LOC, "北米"),
    ("アルゼンチン", "", GPE, "アルゼンチン"),
    ("ブラジル", "*", GPE, "ブラジル"),
    ("ペルー", "", GPE, "ペルー"),
    ("ブルガ\nリア", "", GPE, "ブルガリア"),
    ("クロアチア", "", GPE, "クロアチア"),
    ("ルーマニア", "", GPE, "ルーマニア"),
    ("インド", "ブラジル、", GPE, "インド"),
    ("中国", "", GPE, "中国"),
    ("南\nアフリカ共和国", "", GPE, "南アフリカ"),
    ("インドネシア", "*", GPE, "インドネシア"),
    ("関与強化プログラム", "", DOC, "関与強化プログラム"),
    ("韓国", "", GPE, "韓国"),
    ("アジア", "唯一の", LOC, "アジア"),                    # アジア加盟国 (head out)
    ("東南アジア地域", "OECD\nの", LOC, "東南アジア"),
    (SEARP, "*", DOC, SEARP),
    ("SEARP", "*", DOC, SEARP),
    ("アジア太平洋地域", "", LOC, "アジア・太平洋"),
    ("東南アジア", "*", LOC, "東南アジア"),
    ("シンガポール", "", GPE, "シンガポール"),
    ("ASEAN事務局", "", ORG, "ASEAN事務局"),
    ("閣僚理事会", "2023年の", EVT, MCM),
    ("OECDインド太平洋戦\n略枠組み", "", DOC, IPSF),
    ("タイ", "インドネシアと", GPE, "タイ"),
    ("閣僚理事会", "決定され80、", EVT, MCM),
    ("日本\nOECD・ASEANパートナーシップ・プログラム", "", DOC, JOAPP),
    ("JOAPP", "", DOC, JOAPP),
    # footnotes 77-81, figure IX-6
    ("経済協力開発機構", "OECD（", ORG, OECD),
    ("インド太平洋地域", "", LOC, "インド太平洋"),
    ("2023年OECD閣僚理事会", "", EVT, "2023年OECD閣僚理事会"),
    ("10周年記念式典", "", EVT, SEARP10),
    ("CRDS", "*", ORG, "研究開発戦略センター"),
    # 第3目 (1) CSTP
    ("科学技術政策委員会", "*", ORG, CSTP),
    (f"Committee{F}for{F}Scientific{F}\nand{F}Technological{F}Policy", "", ORG, CSTP),
    ("技術とイノベーション政策分科会", "", ORG, "技術とイノベーション政策分科会"),
    ("TIP", "", ORG, "技術とイノベーション政策分科会"),
    ("バイオ・ナノ・\n技術融合・小委員会", "", ORG, "バイオ・ナノ・技術融合・小委員会"),
    ("BNCT", "", ORG, "バイオ・ナノ・技術融合・小委員会"),
    ("グローバル・サイエンス・フォーラム", "", ORG, "グローバル・サイエンス・フォーラム"),
    ("GSF", "", ORG, "グローバル・サイエンス・フォーラム"),
    ("科学技術指標専門家会議", "", ORG, "科学技術指標専門家会議"),
    ("NESTI", "", ORG, "科学技術指標専門家会議"),
    ("スペースフォーラム", "", ORG, "スペースフォーラム"),
    ("科学・イノベーション・海洋プログラム", "", DOC, "科学・イノベーション・海洋プログラム"),
    (f"STI{F}Outlook", "基幹報告“", DOC, STIO),
    (f"STI{F}\nOutlook{F}2023", "", DOC, "STI Outlook 2023"),
    ("CSTP閣僚級会合", "*", EVT, CSTPM),
    ("パリ", "CSTP閣僚級会合が", GPE, "パリ"),
    ("持\n続可能で包摂的な未来に向けた変革的な科学技術イノベーション政策に関する宣言", "", DOC, DECL),
    (f"OECD{F}Science{F}and{F}Technology{F}Policy{F}Ministerial-level{F}meeting", "", EVT, CSTPM),
    # 図表IX-7 timeline
    (f"STI{F}Outlook2021", "", DOC, "STI Outlook 2021"),
    ("CSTP総会", "", EVT, "CSTP総会"),
    ("SDGs", "", DOC, "SDGs"),
    (f"OECD{F}S&T{F}Policy{F}2025イニシ\nアティブ", "", DOC, P2025),
    ("OECDデジタル経済閣僚会議", "", EVT, "OECDデジタル経済閣僚会議"),
    (f"Global{F}Forum{F}\non{F}Technology", "", EVT, GFT),
    (f"Global{F}Forum{F}on{F}\nTechnology", "", EVT, GFT),
    ("GFTech", "*", EVT, GFT),
    (f"ST I{F}Ou t l ook{F}2023", "", DOC, "STI Outlook 2023"),
    (f"STI{F}po l i c y{F}\n2025イニシアティブ", "", DOC, P2025),
    ("OECDインド太平洋戦略枠組み", "", DOC, IPSF),
    ("OECD閣僚理事\n会", "", EVT, MCM),
    ("OECD閣僚理事会", "*", EVT, MCM),
    ("OECD定例理事会", "", EVT, "OECD定例理事会"),
    ("2024年OECD閣僚\n理事会", "", EVT, "2024年OECD閣僚理事会"),
    ("OECD閣僚宣言", "", DOC, DECL),  # the declaration the CSTP ministerial adopted in April 2024 (47614: 閣僚宣言として採択)
    ("新興技術の先見的ガバナンス枠組み", "", DOC, FAG),
    ("コスタリカ", "", GPE, "コスタリカ"),
    # both regions
    ("CSTP", "*", ORG, CSTP),
    ("日本", "*", GPE, "日本"),
    ("OECD", "*", ORG, OECD),
    ("G7", "*", ORG, "G7"),
    ("AI", "*", TECH, AI),
]

Y = lambda y: (str(y), f"{y}-01-01", f"{y}-12-31")  # noqa: E731


def M(y, m, last):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


ACC = ("2025-03-03", "2025-03-03", "2025-03-03")
PAST = ("PAST_REF", None, None)
PRES = ("PRESENT_REF", None, None)
FUT = ("FUTURE_REF", None, None)
D = "DATE"

DATES = [
    # ================= G7 region =================
    ("近年", "ないが、", D, *PAST, None),
    ("1971年", "", D, *Y(1971), None),
    ("1973年", "", D, *Y(1973), None),
    ("1975年11月", "", D, *M(1975, 11, 30), None),
    ("毎年", "首脳会合\nを", "DURATION", "P1Y", None, None, None),
    ("1976年", "", D, *Y(1976), None),
    ("1977年", "", D, *Y(1977), None),
    ("現在", "（EC）（", D, *PRES, None),                  # 「（現在はEU）」
    ("1991年", "", D, *Y(1991), None),
    ("1994年", "", D, *Y(1994), None),
    ("1998年", "", D, *Y(1998), None),
    ("2003年", "", D, *Y(2003), None),
    ("2014年", "日程に参加。\n\n", D, *Y(2014), None),      # row label
    ("3月", "\n\n", D, *M(2014, 3, 31), None),             # 「3月のロシアによる…」 (the row's year)
    ("同月", "", D, *M(2014, 3, 31), None),
    ("2014年以降", "", D, *Y(2014), "AFTER"),
    ("2015年～", "", D, *Y(2015), "AFTER"),                 # row label, open-ended
    ("2015年から", "― ", D, *Y(2015), "AFTER"),            # 「2015年から現在まで」: two items, see README
    ("現在まで", "", D, *PRES, "BEFORE"),
    ("2023年", "\n\n", D, *Y(2023), None),                 # 「2023年、日本は7回目の議長国として」
    ("2022年後半から", "", D, "2022-H2", "2022-07-01", "2022-12-31", "AFTER"),
    ("2025年3月3日", "*", D, *ACC, None),                   # footnote access dates (both regions)
    ("1979年", "", D, *Y(1979), None),
    ("1986年", "", D, *Y(1986), None),
    ("1993年", "", D, *Y(1993), None),
    ("2000年", "1993年（東京サミット）、", D, *Y(2000), None),
    ("2008年", "", D, *Y(2008), None),
    ("2016年", "洞爺湖サミット）、", D, *Y(2016), None),                   # footnote 4 「2016年（伊勢志摩サミット）」
    ("2023年", "伊勢志摩サミット）、", D, *Y(2023), None),                   # footnote 4 「2023年（広島サミット）」
    ("2024年", "ことができた。\n", D, *Y(2024), None),       # 「2024年のサミットにおいては」
    ("2025年", "緊急性が強調された。", D, *Y(2025), None),
    ("50周年", "", "DURATION", "P50Y", None, None, None),
    ("6月", "テーマとし、", D, *M(2025, 6, 30), None),       # next summit, after 「2025年は…」
    ("2014年", "政策 7\n\n", D, *Y(2014), None),
    ("2015年", "、", D, *Y(2015), None),                   # 「G7各国の外交努力を受け、2015年の第21回…」
    ("毎年", "政策が", "DURATION", "P1Y", None, None, None),
    ("2023年", "進められている。", D, *Y(2023), None),
    ("同年", "合意され、", D, *Y(2023), None),
    ("2016年", "8,9\n\n", D, *Y(2016), None),                  # 「2016年G7伊勢志摩サミットにおいて、わが国が」 (after heading)
    ("2019年", "", D, *Y(2019), None),
    ("2023年", "G7も支持し、", D, *Y(2023), None),
    ("2024年", "発出され、", D, *Y(2024), None),
    ("同年", "つながった。", D, *Y(2024), None),
    ("2016年", "10\n\n", D, *Y(2016), None),                # 「2016年G7伊勢志摩サミットにおいて、サイバー空間」
    ("2025", "G7" + F, D, *Y(2025), None),                  # inside the name G7 2025 KANANASKIS (footnote 6)
    ("これから", "", D, *FUT, None),                        # footnote 7 title 「エネルギーと環境のこれから」
    ("2023年", "を契機とし、", D, *Y(2023), None),
    ("2024年", "に向けた取り組みが議論された。", D, *Y(2024), None),
    ("将来", "", D, *FUT, None),                            # 将来的な (GUIDELINES 2.2: 将来 tagged as a modifier)
    ("2021年", "", D, *Y(2021), None),
    ("2022年", "を設立し、", D, *Y(2022), None),
    ("2024年", "の策定、\n", D, *Y(2024), None),
    # ================= OECD region =================
    ("1964年", "", D, *Y(1964), None),
    ("現在", "初めて加盟した。", D, *PRES, None),
    ("1996年", "", D, *Y(1996), None),
    ("2014年", "であった。", D, *Y(2014), None),
    ("今日", "", D, *PRES, None),
    ("近年", "ている。\n", D, *PAST, None),
    ("2000年", "直面している。", D, *Y(2000), None),
    ("2020年までに", "", D, *Y(2020), "BEFORE"),
    ("2022年", "その重要性を認識し、", D, *Y(2022), None),
    ("2023年", "覚書を締結、", D, *Y(2023), None),
    ("2024年", "採択された79。", D, *Y(2024), None),
    ("これまで", "", D, *PAST, None),
    ("10年ぶり", "", "DURATION", "P10Y", None, None, None),
    ("今後3年間", "", "DURATION", "P3Y", None, None, None),
    ("2023年", "外務省「", D, *Y(2023), None),             # inside 2023年OECD閣僚理事会 (footnote 79)
    ("60周年", "", "DURATION", "P60Y", None, None, None),
    ("10周年", "", "DURATION", "P10Y", None, None, None),
    ("1972年", "", D, *Y(1972), None),
    ("最近", "", D, *PAST, None),
    ("2年毎", "", "DURATION", "P2Y", None, None, None),
    ("2023年3月", "", D, *M(2023, 3, 31), None),
    ("2023", "Outlook" + F, D, *Y(2023), None),            # inside STI Outlook 2023
    ("2024年4月", "", D, *M(2024, 4, 30), None),
    ("近年", "CSTPの", D, *PAST, None),                    # figure title 「OECDとCSTPの近年の動向」
    # timeline rows: 「YYYY M」 (year and month columns) is one DATE item
    ("2021 1", "CSTPの動向\n\n", D, *M(2021, 1, 31), None),
    ("2021", "Outlook", D, *Y(2021), None),                 # inside “STI Outlook2021”
    ("2021 10", "", D, *M(2021, 10, 31), None),
    ("今後数年間", "", "DURATION", None, None, None, None),  # a duration of unstated length (like 9か月～12か月前 in dev)
    ("2025", "Policy" + F, D, *Y(2025), None),             # inside OECD S&T Policy 2025イニシアティブ
    ("2022 12", "", D, *M(2022, 12, 31), None),
    ("2023年6月", "", D, *M(2023, 6, 30), None),
    ("2023 3", "", D, *M(2023, 3, 31), None),
    ("2023", "t l ook" + F, D, *Y(2023), None),                 # inside “ST I Ou t l ook 2023”
    ("2025", "c y" + F + "\n", D, *Y(2025), None),          # inside STI po l i c y 2025イニシアティブ
    ("今後", "STI政策の", D, *FUT, None),
    ("2023 6", "", D, *M(2023, 6, 30), None),
    ("2023 7", "", D, *M(2023, 7, 31), None),
    ("2024年", "日本の", D, *Y(2024), None),               # inside 2024年OECD閣僚理事会
    ("2024 4", "", D, *M(2024, 4, 30), None),
    ("今後10年", "", "DURATION", "P10Y", None, None, None),
    ("2024 5", "", D, *M(2024, 5, 31), None),
    ("2025 6", "", D, *M(2025, 6, 30), None),
]

# actors carried from a meeting that decides (GUIDELINES 3.3 / 5.1: canonical the body that convened it)
CORN_A = ("G7コーンウォール・サミット", "", "G7")
CSTPM_A = ("CSTP閣僚級会合", "2024年4月、", OECD)
CSTPM_T = ("CSTP閣僚級会合", "■", OECD)

EVENTS = [
    # ================= G7 region =================
    # 第1目: the first summit (1975), its participants the actors (dev part A: participant lists of 開催)
    dict(t=("開催", "サミットがフランスで"), type="MEET",
         actors=[("フランス", "により、", "フランス"), ("米国", "により、フランス、", "米国"),
                 ("英国", "により、フランス、米国、", "英国"), ("ドイツ", "により、フランス、米国、英国、", "ドイツ"),
                 ("日本", "により、フランス、米国、英国、ドイツ、", "日本"),
                 ("イタリア", "により、フランス、米国、英国、ドイツ、日本、", "イタリア")],
         content="フランス、米国、英国、ドイツ、日本、イタリアの6か国による第1回サミット", date="1975-11", loc="フランス"),
    dict(t=("確認", "重要性が"), type="AGREE", actors=[("この会合", "", "G7")], content="包括的な政策協調の重要性"),
    dict(t=("務め", "持ち回りで議長国を"), type="MEET", actors=[("各国", "以降は", "G7")], content="議長国"),
    dict(t=("開催", "首脳会合\nを毎年"), type="MEET", actors=[("各国", "以降は", "G7")], content="首脳会合"),
    # 図表IX-1 rows: attendance at the year's summit, whose venue the row gives
    dict(t=("参加", "カナダが"), type="MEET", actors=[("カナダ", "プエルトリコ ", "カナダ")], content=None,
         date="1976", loc="プエルトリコ"),
    dict(t=("参加", "委員長が"), type="MEET", actors=[("欧州委員会委員長", "", "欧州委員会")], content=None,
         date="1977", loc="ロンドン"),
    dict(t=("会合", "枠外で\n"), type="MEET", actors=[("ロシアの大統領", "G7サミット後に、", "ロシア"), ("G7首脳", "", "G7")],
         content=None, date="1991", loc="ロンドン"),
    dict(t=("参加", "ロシアの大統領も"), type="MEET", actors=[("ロシアの大統領", "一部セッションを除き", "ロシア")], content=None,
         date="1994", loc="ナポリ"),
    dict(t=("参加", "日程に"), type="MEET", actors=[("ロシア", "エビアン ", "ロシア")], content=None, date="2003",
         loc="エビアン"),
    dict(t=("開催", "ハーグ\nで"), type="MEET", actors=[], content="核セキュリティ・サミット", date="2014-03", loc="ハーグ"),
    dict(t=("開催", "緊急に"), type="MEET", actors=[], content="G7サミット", date="2014-03"),
    dict(t=("決定", "停止することが"), type="ADOPT", actors=[("G7サミット", "緊急に開催された", "G7")],
         content="ロシアのG8への参加を停止すること", date="2014-03"),
    dict(t=("開催", "関連の会議を"), type="MEET", actors=[("G7", "再び\n", "G7")], content="関連の会議", date="2014"),
    # footnote 4
    dict(t=("務め", "日本が議長国を"), type="MEET", actors=[("日本", "4" + F + " ", "日本")], content="議長国",
         sent=("日本が議長国", "4" + F + " ", "（広島サミット）。", "2023年")),
    # Hiroshima 2023
    dict(t=("開か", "広島で"), type="MEET", actors=[], content="G7サミット", loc="広島"),
    dict(t=("参加", "スキー大統領も"), type="MEET", actors=[("ゼレン\nスキー", "", "ウクライナ")], content=None),
    dict(t=("務め", "議長を"), type="MEET", actors=[("岸田", "", "日本")], content="議長"),
    dict(t=("強調", "成果を"), type="ANNOUNCE", actors=[("岸田", "", "日本")], content="「歴史的な意義があった」と成果"),
    dict(t=("立ち上げ", "プロセス」の"), type="ESTABLISH", actors=[("G7サミット", "広島で開かれた", "G7")],
         content="生成AIに関する国際的なルールの検討を行うための「広島AIプロセス」"),
    # 2024 summit (the meeting that reaffirms / stresses: canonical G7)
    dict(t=("再確認", "必要性が"), type="AGREE", actors=[("サミット", "2024年の", "G7")],
         content="G7の結束を一層強化する必要性", date="2024"),
    dict(t=("強調", "緊急性が"), type="ANNOUNCE", actors=[("サミット", "2024年の", "G7")],
         content="急速なAIの普及と開発への対処の重要性および緊急性", date="2024"),
    dict(t=("予定", "開催される"), type="INTEND", actors=[], content="6月にカナダ・カナナスキスで開催される",
         date="2025-06", loc="カナナスキス"),
    # (1) climate
    dict(t=("採択", "パリ協定」が"), type="AGREE", actors=[("COP21", "", "COP21")],
         content="世界の平均気温上昇を産業革命以前に比べて2℃より十分低く保ち、1.5℃に抑える努力をすることを目指す「パリ協定」",
         date="2015"),
    dict(t=("進め", "見直しが"), type="ACTION", actors=[("G7サミット", "その後の", "G7")],
         content="具体的な削減目標や行動計画の見直し"),
    dict(t=("合意", "共通認\n識として"), type="AGREE", actors=[("G7広島\nサミット", "2023年", "G7")],
         content="「多様な道筋の下でネット・ゼロという共通の目標を目指す」とのわが国の考え", date="2023"),
    dict(t=("決定", "に関する"), type="ADOPT", actors=[("COP28", "", "COP28")],
         content="パリ協定の目的達成に向けた世界全体の進捗を評価するグローバル・ストックテイク（GST）", date="2023"),
    # (2) AI governance
    dict(t=("示し", "ガイドライン案を"), type="ANNOUNCE", actors=[("わが国", "において、", "日本")],
         content="AI研究開発の原則となるガイドライン案", date="2016"),
    dict(t=("策定", "OECD"), type="ADOPT", actors=[("OECD", "2019年", OECD)], content="AI原則", date="2019"),
    dict(t=("支持", "G7も"), type="SUPPORT", actors=[("G7", "」を", "G7")], content="2019年OECD策定の「AI原則」"),
    dict(t=("開始", "」が"), type="ESTABLISH", actors=[("G7広島サミット", "G7も支持し、2023年", "G7")],
         content="生成AI等ガバナンスに関する議論を進める「広島AIプロセス」", date="2023"),
    dict(t=("発出", "」が"), type="ANNOUNCE", actors=[("群馬高崎デ\nジタル・技術大臣会合", "", "G7")],
         content="付属文書として「AIガバナンスの相互運用性を促進するアクションプラン」"),
    dict(t=("採択", "全会一致で"), type="AGREE", actors=[("国際連合", "", UN)], content="AIに関する初の国連決議",
         date="2024"),
    dict(t=("公表", "」が"), type="ANNOUNCE", actors=[("デジタル・技術大臣会合", "同年のG7プーリア・サミットの", "G7")],
         content="「公的部門におけるAIツールキット」", date="2024"),
    # (3) digital governance: 「…の推進が議論された」「設立に向けた取り組みが議論された」 are discussions, not events
    dict(t=("リリース", "」が"), type="ANNOUNCE", actors=[("デジタル・技術大臣会合", "2024年G7プーリア・サミットの", "G7")],
         content="デジタル・アイデンティティに関するG7各国の共通概念や定義、将来的な相互運用性を支援するための共通アプローチを探る"
                 "文書として「デジタル・アイデンティティ・マッピングエクササイズ」", date="2024"),
    # (4) research cooperation
    dict(t=("策定", "）」が"), type="ADOPT", actors=[CORN_A], content="「G7研究協約（ResearchCompact）」", date="2021"),
    dict(t=("再確認", "重要性が"), type="AGREE", actors=[CORN_A], content="国際研究協力の重要性", date="2021"),
    dict(t=("強調", "原則等が"), type="ANNOUNCE", actors=[CORN_A],
         content="学問の自由と独立性の尊重、オープンネスと透明性の促進、説明責任と誠実性の確保、相互主義の原則等"),
    dict(t=("合意", "ことが"), type="AGREE", actors=[CORN_A],
         content="研究セキュリティと研究インテグリティの強化や国際協力の推進に取り組むこと"),
    dict(t=("設立", "作業部会」\nを"), type="ESTABLISH", actors=[("G7", "この協約を受け、", "G7")],
         content="「グローバルな研究エコシステムにおけるセキュリティとインテグリティ（SIGRE：SecurityandIntegrityoftheGlobal"
                 "ResearchEcosystem）作業部会」"),
    dict(t=("策定", "11" + F + "の"), type="ADOPT", actors=[("G7", "この協約を受け、", "G7")],
         content="「研究セキュリティと研究インテグリティに関するG7共通の価値観と原則」", date="2022"),
    dict(t=("設立", "アカデミー」の"), type="ESTABLISH", actors=[("G7", "この協約を受け、", "G7")],
         content="研究インテグリティの情報交換オンラインプラットフォームである「G7バーチャルアカデミー」"),
    # ================= OECD region =================
    dict(t=("決定", "枠の拡大"), type="ADOPT", actors=[], content="欧州と北米という設立当初からの枠の拡大", date="1964"),
    dict(t=("加盟", "初めて"), type="ACTION", actors=[("日本", "伴い、", "日本")], content=None, date="1964"),
    dict(t=("協議", "として"), type="MEET",
         actors=[("アルゼンチン", "", "アルゼンチン"), ("ブラジル", "アルゼンチン、", "ブラジル"), ("ペルー", "", "ペルー"),
                 ("ブルガ\nリア", "", "ブルガリア"), ("クロアチア", "", "クロアチア"), ("ルーマニア", "", "ルーマニア")],
         content=None),
    dict(t=("進め", "協力を"), type="ACTION", actors=[], content="関与強化プログラムを通じた協力"),
    dict(t=("加盟", "韓国が"), type="ACTION", actors=[("韓国", "", "韓国")], content=None, date="1996"),
    dict(t=("主\n導", ""), type="ACTION", actors=[("日本", "\u3000\n", "日本")],
         content="OECD東南アジア地域プログラム（SEARP）の立ち上げ", date="2014"),
    dict(t=("強調", "存在を"), type="ANNOUNCE", actors=[("日本", "78。", "日本")],
         content="世界で最もダイナミックな成長地域である東南アジアの存在"),
    dict(t=("締結", "覚書を"), type="AGREE",
         actors=[("シンガポール", "", "シンガポール"), ("ASEAN事務局", "", "ASEAN事務局"), ("OECD", "ASEAN事務局が", OECD)],
         content="覚書", date="2022"),
    dict(t=("採択", "略枠組み」が"), type="AGREE", actors=[("閣僚理事会", "2023年の", OECD)],
         content="「OECDインド太平洋戦略枠組み」", date="2023"),
    dict(t=("決定", "開始\nが"), type="ADOPT", actors=[("OECD", "存在を強調。", OECD)],
         content="インドネシアとタイの加盟審査開始", date="2024"),
    dict(t=("務め", "10年ぶりに日本が"), type="MEET", actors=[("日本", "10年ぶりに", "日本")],
         content="閣僚理事会の議長国", date="2024"),
    dict(t=("目指\nし", "共創を"), type="INTEND", actors=[], content="持続可能な未来の共創"),
    dict(t=("発表", "立ち上げが"), type="ANNOUNCE", actors=[],
         content="「日本OECD・ASEANパートナーシップ・プログラム（JOAPP）」の立ち上げ"),
    dict(t=("予定", "動員"), type="INTEND", actors=[("このプログラム", "", JOAPP)],
         content="今後3年間で800万ユーロ（約14億円）規模の資金を動員"),
    # 第3目 (1) CSTP
    dict(t=("設立", "）が"), type="ESTABLISH", actors=[],
         content="科学技術政策委員会（CommitteeforScientificandTechnologicalPolicy:CSTP）", date="1972"),
    dict(t=("とり\n\nまとめ", "提言を"), type="ADOPT", actors=[("CSTP", "。\n", CSTP)], content="各国の比較分析と提言"),
    dict(t=("公表", "”として"), type="ANNOUNCE", actors=[("CSTP", "。\n", CSTP)],
         content="2年毎に発行される基幹報告“STIOutlook”"),
    dict(t=("発表", "2023年3月に"), type="ANNOUNCE", actors=[], content="“STIOutlook2023”", date="2023-03"),
    dict(t=("開催", "パリで"), type="MEET", actors=[], content="CSTP閣僚級会合", date="2024-04", loc="パリ"),
    dict(t=("採択", "閣僚宣言として"), type="AGREE", actors=[CSTPM_A],
         content="国際協力と技術ガバナンスにおける共有価値の強化、STIの包摂性の向上、STI戦略の信頼性の強化が記された"
                 "「持続可能で包摂的な未来に向けた変革的な科学技術イノベーション政策に関する宣言」"),
    # 図表IX-7 timeline (each ■ item its own sentence)
    dict(t=("発行", "Outlook2021”"), type="ANNOUNCE", actors=[], content="“STIOutlook2021”", date="2021-01",
         sent=("2021 1", "CSTPの動向\n\n", "発行", "Outlook2021”")),
    dict(t=("開催", "CSTP総会"), type="MEET", actors=[], content="CSTP総会", date="2021-10",
         sent=("■CSTP総会", "", "戦略を議論。", "")),
    dict(t=("発表", "の発足が"), type="ANNOUNCE", actors=[("OECDデジタル経済閣僚会議", "", OECD)],
         content="GlobalForumonTechnology（GFTech）の発足", date="2022-12",
         sent=("■OECDデジタル経済", "", "2023年6月）。", "")),
    dict(t=("発足", "式な"), type="ESTABLISH", actors=[], content=None, date="2023-06",
         sent=("■OECDデジタル経済", "", "2023年6月）。", "")),
    dict(t=("発行", "2023”"), type="ANNOUNCE", actors=[], content="“STIOutlook2023”", date="2023-03",
         sent=("■“ST I", "", "の中間まとめとして発表。", "")),
    dict(t=("発表", "中間まとめとして"), type="ANNOUNCE", actors=[], content="「STIpolicy2025イニシアティブ」の中間まとめ",
         date="2023-03", sent=("■“ST I", "", "の中間まとめとして発表。", "")),
    dict(t=("採択", "あわせて"), type="AGREE", actors=[("OECD閣僚理事会", "2023 6\n\n■", OECD)],
         content="閣僚声明の他に「OECDインド太平洋戦略枠組み」等の成果文書", date="2023-06",
         sent=("■OECD閣僚理事会：ウクライナ", "", "あわせて採択。", "")),
    dict(t=("立候補", "議長国に"), type="INTEND", actors=[("日本", "採択。", "日本")], content="OECD閣僚理事会の議長国",
         date="2023-06"),
    dict(t=("開催", "イベントが\n"), type="MEET", actors=[], content="GlobalForumonTechnology（GFTech）の立ち上げイベント",
         date="2023-06"),
    dict(t=("決定", "コンセンサスにより"), type="ADOPT", actors=[("OECD定例理事会", "", OECD)],
         content="日本の2024年OECD閣僚理事会議長国への就任", date="2023-07"),
    dict(t=("採択", "閣僚宣言」を"), type="AGREE", actors=[CSTPM_T],
         content="今後10年のSTI政策のガイドラインをめざす「OECD閣僚宣言」", date="2024-04",
         sent=("■CSTP閣僚級会合", "", "」を採択。", "閣僚宣言")),
    dict(t=("歓迎", "枠組み」を"), type="SUPPORT", actors=[CSTPM_T],
         content="潜在的リスク管理と新興技術の変革可能性の実現を目指す責任あるイノベーションを促進する「新興技術の先見的ガバナンス枠組み」",
         date="2024-04"),
    dict(t=("開催", "日本を議長国として"), type="MEET", actors=[("日本", "■OECD閣僚理事会：", "日本")], content=None,
         date="2024-05", sent=("2024 5", "", "として開催。", "議長国")),
    dict(t=("予定", "開\n催"), type="INTEND", actors=[("コスタリカ", "", "コスタリカ")], content="コスタリカを議長国として開催",
         date="2025-06", sent=("2025 6", "", "催予定。", "開\n")),
]
