"""Hand-written blind held-out annotation of report 001, regions G20 (第2項 第1目 G20とは, 第2目 STI政策への取り組み
(1) STI for SDGs ロードマップ, (2) RIWG, (3) CSAR) and OECD (第2項 第3目 (2) GFTech with 図表IX-8, (3) STI Outlook 2023,
(4) ReICO).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-6); no NER, date tool or kiroku code or output was used
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
# G20:  from 「第1目 G20とは」 (11863, where dev part A's G7 region ends) to just before 「第3目 2024年の主な動向」 (16475,
#       where dev part B begins); footnotes 19-25 inside (26, 27 are only markers here).
# OECD: from 「（2）Global Forum on Technology（GFTech）」 (48670, where part E ends) to just before
#       「第4目 2024年の主な動向」 (53019, where the dev OECD region begins); footnotes 83-87, 図表IX-8 inside.
REGIONS = [[11863, 16475], [48670, 53019]]
# no running footer/header, side tab, page number or link dump lies inside these two regions
FURNITURE: list[list[int]] = []

from spec_gold import ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD  # noqa: E402,F401 (the entity labels)
OECD = "経済協力開発機構"
EUN = "欧州連合"
UN = "国際連合"
UNESCO = "国際連合教育科学文化機関"
ISC = "国際学術会議"
AI = "人工知能"
AU = "アフリカ連合"
SA = "南アフリカ"
RIWG = "G20研究・イノベーション作業部会"
RIMM = "G20研究・イノベーション大臣会合"
OSAKA = "G20大阪サミット"
RIO = "G20リオデジャネイロ・サミット"
RIOD = "G20リオデジャネイロ首脳宣言"
DFFT = "信頼性のある自由なデータ流通"
AGENDA = "持続可能な開発のための2030アジェンダ"
ROADMAP_BASIS = "STI for SDGsロードマップ策定の基本的考え方"
CSAR = "科学技術顧問ラウンドテーブル"
G20CSAR = "G20首席科学顧問ラウンドテーブル"
PSA = "首席科学顧問室"
OUTCOME = "成果報告と議長によるまとめ"
DECADE = "持続可能な開発のための国際科学の10年"
GFT = "Global Forum on Technology"
MCM = "OECD閣僚理事会"
CSTP = "科学技術政策委員会"
CSTPM = "CSTP閣僚級会合"
STIO23 = "STI Outlook 2023"
P2025 = "OECD S&T Policy 2025イニシアティブ"
REICO = "Research and Innovation Careers Observatory"
IMM = "没入技術"

ENTITIES = [
    # ================= G20 region [11863, 16475) =================
    # 第1目 G20とは: members
    ("G7", "*", ORG, "G7"),
    ("欧州連合", "", ORG, EUN),
    ("EU", "欧州連合（", ORG, EUN),
    ("アルゼンチン", "", GPE, "アルゼンチン"),
    ("オーストラリア", "", GPE, "オーストラリア"),
    ("ブラジル", "", GPE, "ブラジル"),
    ("中国", "ブラジル、", GPE, "中国"),
    ("インド", "\n\n", GPE, "インド"),
    ("インドネシア", "", GPE, "インドネシア"),
    ("メキシコ", "", GPE, "メキシコ"),
    ("韓国", "", GPE, "韓国"),
    ("ロシア", "", GPE, "ロシア"),
    ("サウジアラビア", "", GPE, "サウジアラビア"),
    ("トルコ", "", GPE, "トルコ"),
    ("アフリカ連合", "*", ORG, AU),
    ("AU", "*", ORG, AU),
    # history
    ("アジア通貨\n危機", "", EVT, "アジア通貨危機"),
    ("G7財務大臣会議", "", EVT, "G7財務大臣会議"),
    ("G20財務大臣・中央銀行総裁会議", "", EVT, "G20財務大臣・中央銀行総裁会議"),
    ("ベルリン", "", GPE, "ベルリン"),
    ("リーマン・\nショック", "", EVT, "リーマン・ショック"),
    ("ワシントンDC", "", GPE, "ワシントンDC"),
    ("第1回G20\n首脳会合", "", EVT, "第1回G20首脳会合"),   # edition named; 「（サミット）」 a generic word, not an alias name
    # 2019 Osaka
    ("G20大阪サミッ\n\nト", "", EVT, OSAKA),
    ("G20大阪サミット", "", EVT, OSAKA),
    (f"G20{F}AI原則", "", DOC, "G20 AI原則"),
    ("信頼性のある自由なデータ流通", "", DOC, DFFT),
    ("DFFT", "", DOC, DFFT),
    (f"Data{F}Free{F}\nFlow{F}with{F}Trust", "", DOC, DFFT),
    ("持続可能な開発のための2030アジェンダに関するG20行動計画に基づく大阪アップデート", "", DOC,
     "持続可能な開発のための2030アジェンダに関するG20行動計画に基づく大阪アップデート"),
    (f"STI{F}for{F}SDGsロードマップ策定の基本的考え方", "および「", DOC, ROADMAP_BASIS),
    # 2023-2025
    ("インド", "議長国", GPE, "インド"),
    ("G20研究・イノベーション作業部会", "*", ORG, RIWG),
    ("RIWG", "*", ORG, RIWG),
    ("ヨハネスブルク", "", GPE, "ヨハネスブルク"),
    ("南ア", "。", GPE, SA),                               # 南アのラマポーザ大統領 (the post out)
    ("ラマポーザ", "", PER, "ラマポーザ"),
    ("人工知能", "", TECH, AI),
    ("アフリカ大陸", "", LOC, "アフリカ"),
    ("グローバル・サウス", "", LOC, "グローバル・サウス"),
    ("グローバル・サ\n\nウス", "", LOC, "グローバル・サウス"),
    # 第2目 (1) STI for SDGs roadmap
    (f"STI{T}for{T}SDGsロードマップ", "", DOC, "STI for SDGsロードマップ"),
    ("国連総会", "*", ORG, "国連総会"),
    ("2030アジェンダ", "「", DOC, AGENDA),
    ("持続可能な開発目標", "2030年までに達成すべき", DOC, "SDGs"),
    ("SDGs", "*", DOC, "SDGs"),
    # the title of the basic concept is cut by footnotes 19-20 (page break): two pieces, one canonical (partC precedent)
    ("STI", "2019年G20大阪サミットにて「", DOC, ROADMAP_BASIS),
    (f"for{F}SDGsロードマップ策定の基本的考え方", " ", DOC, ROADMAP_BASIS),
    # footnotes 19, 20
    ("外務省", "*", ORG, "外務省"),
    ("JETRO", "", ORG, "JETRO"),
    ("南ア", "「", GPE, SA),
    ("アフリカ", "12月1日から", LOC, "アフリカ"),
    ("G20リオデジャネイロ・サミット", "*", EVT, RIO),
    # (2) RIWG
    (f"Research{T}and{T}Innovation{T}Working{T}Group", "", ORG, RIWG),
    (f"STI{F}for{F}SDGsロードマップ", "たが、", DOC, "STI for SDGsロードマップ"),
    ("トリエステ・サミット", "", EVT, "トリエステ・サミット"),
    ("研究担当大臣会合", "", EVT, RIMM),                   # the G20 research ministers' meeting (series canonical)
    ("ムンバイ・サミット", "", EVT, "ムンバイ・サミット"),
    ("研究・イノベーション作業部会", "「", ORG, RIWG),
    ("G20リオデジャネイロ首脳宣言", "", DOC, RIOD),
    ("オー\nプンイノベーション協力を促進するためのG20戦略", "", DOC, "オープンイノベーション協力を促進するためのG20戦略"),
    # (3) CSAR
    ("科学技術顧問ラウンドテーブル", "", EVT, CSAR),
    ("CSAR", "（", EVT, CSAR),
    (f"Chief{T}Science{T}Advisers’{T}Roundtable", "", EVT, CSAR),
    ("G20サミット", "", EVT, "G20サミット"),
    ("インド政府", "*", ORG, "インド政府"),
    ("首席科学顧問室", "", ORG, PSA),
    ("G20首席科学顧問ラウンドテー\n\nブル", "", EVT, G20CSAR),
    ("G20-CSAR", "*", EVT, G20CSAR),
    ("成果報告と議長によるまとめ", "", DOC, OUTCOME),
    ("パリ", "*", GPE, "パリ"),
    ("UNESCO", "*", ORG, UNESCO),
    ("CSAR-2024", "", EVT, "CSAR-2024"),
    ("G20", "非", ORG, "G20"),                              # 非G20加盟国 (head out)
    ("ボ\nツワナ", "", GPE, "ボツワナ"),
    ("ケニア", "", GPE, "ケニア"),
    ("ラトビア", "", GPE, "ラトビア"),
    ("ニュージーランド", "", GPE, "ニュージーランド"),
    ("ノルウェー", "", GPE, "ノルウェー"),
    ("パナマ", "", GPE, "パナマ"),
    ("ポルトガル", "", GPE, "ポルトガル"),
    ("キプロス", "", GPE, "キプロス"),
    ("チュニジア", "", GPE, "チュニジア"),
    ("セ\nネガル", "", GPE, "セネガル"),
    ("WHO", "*", ORG, "世界保健機関"),
    ("国連環境計画", "", ORG, "国連環境計画"),
    ("UNEP", "", ORG, "国連環境計画"),
    ("国際科学会議", "", ORG, ISC),                          # written with its English name International Science Council = ISC
    (f"International{F}Science{F}Council", "", ORG, ISC),
    ("国際政府科学助言ネットワーク", "", ORG, "国際政府科学助言ネットワーク"),
    ("INGSA", "", ORG, "国際政府科学助言ネットワーク"),
    ("世\n界科学アカデミー", "", ORG, "世界科学アカデミー"),
    ("TWAS", "", ORG, "世界科学アカデミー"),
    ("持続可能な開発の\nための国際科学の10年", "", EVT, DECADE),                             # 「…の10年：2024-2033」: the period is a DATE beside the name
    ("南アフリカ", "*", GPE, SA),
    ("CSAR", "主催により", EVT, CSAR),
    # footnotes 21-25
    ("内閣府", "", ORG, "内閣府"),
    ("G20開発作業部会", "", ORG, "G20開発作業部会"),
    (f"持続可能な開発目標達成のための科学技術イノベーション（STI{F}for{F}SDGs）ロードマッ\nプ策定の基本的な考え方", "", DOC,
     ROADMAP_BASIS),                                        # the cited document itself (its Japanese provisional title)
    (f"G20{F}Rio{F}de{F}Janeiro{F}Leaders’{F}Declaration", "", DOC, RIOD),
    (f"JST{F}Science{F}Portal{F}ASEAN", "", PROD, "JST Science Portal ASEAN"),   # a web news publication
    ("RIIGプロセス", "", DOC, "RIIGプロセス"),
    ("研究・イノベー\nション大臣会合", "", EVT, RIMM),
    (f"Office{F}of{F}Principal{F}Scientific{F}Advisor{F}to{F}GoI", "", ORG, PSA),
    (f"G20-Chief{F}Science{F}Advisers{F}Roundtable", "", EVT, G20CSAR),
    ("Ramnagar", "", GPE, "Ramnagar"),
    ("Uttarakhand", "", GPE, "Uttarakhand"),
    ("CRDS", "*", ORG, "研究開発戦略センター"),
    ("G20主席科学アドバイザー円卓会議", "", EVT, G20CSAR),
    (f"The{F}White{F}House", "", ORG, "The White House"),
    (f"The{F}G20{F}Chief{F}Science{F}Advisers’{F}Roundtable{F}Meeting{F}Outcome{F}Document{F}and{F}Chair’s{F}\nSummary",
     "", DOC, OUTCOME),
    # ================= OECD region [48670, 53019) =================
    # (2) GFTech
    (f"Global{T}Forum{T}on{T}Technology", "*", EVT, GFT),
    (f"Global{F}Forum{F}on{F}Technology", "*", EVT, GFT),
    ("GFTech", "*", EVT, GFT),
    ("OECD\nデジタル経済閣僚会議", "", EVT, "OECDデジタル経済閣僚会議"),
    ("OECD閣僚理事会", "", EVT, MCM),
    ("CSTP", "委員会（", ORG, CSTP),
    ("DPC", "", ORG, "DPC"),
    ("合成生物学", "", TECH, "合成生物学"),
    ("没入技術", "", TECH, IMM),
    (f"Immersive{F}Technologies", "", TECH, IMM),
    (f"Science{F}and{F}Technology{F}Policy{F}Ministerial-level{F}meeting", "", EVT, CSTPM),
    # 図表IX-8
    ("ハイテクフロンティアで未来を切り開く", "", EVT, "ハイテクフロンティアで未来を切り開く"),
    ("OECD本部", "*", FAC, "OECD本部"),
    ("閣僚理事会", "、", EVT, MCM),
    ("京都", "10 ", GPE, "京都"),
    ("民主的価値に基づくメタバースの実現", "", EVT, "民主的価値に基づくメタバースの実現"),
    ("インターネット・ガバナンス・フォーラム京都2023", "", EVT, "インターネット・ガバナンス・フォーラム京都2023"),
    ("日本政府", "", ORG, "日本政府"),
    ("総務省", "", ORG, "総務省"),
    ("メタバース", "■", TECH, "メタバース"),
    ("没入型テクノロジー", "", TECH, IMM),
    ("責任ある量子技術開発", "", EVT, "責任ある量子技術開発"),
    ("バイオの未来を築く：次世代バイオテクノロジーの政策課題の機会", "", EVT,
     "バイオの未来を築く：次世代バイオテクノロジーの政策課題の機会"),
    ("CSTP閣僚級会合", "", EVT, CSTPM),
    (f"Multistakeholder{F}High-Level{F}Dialogue{F}on{F}OECD{F}Science{F}\nand{F}Technology{F}Policy{F}Ministerial", "", EVT,
     "Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"),
    # (3) STI Outlook 2023
    (f"STI{T}Outlook{T}2023", "", DOC, STIO23),
    (f"STI{F}policy{F}2025イニシアティブ", "", DOC, P2025),
    (f"STI{F}Outlook{F}2023", "*", DOC, STIO23),
    ("COVID-19パンデミック", "", EVT, "COVID-19パンデミック"),
    ("米", "パンデミック、", GPE, "米国"),                              # 米中摩擦
    ("中", "、米", GPE, "中国"),
    (f"Science,{F}Technology{F}and{F}Innovation{F}Outlook{F}2023", "*", DOC, STIO23),
    ("中国", "（", GPE, "中国"),
    ("欧\n州連合", "", ORG, EUN),
    ("米国", "", GPE, "米国"),
    # (4) ReICO
    ("ReICO", "*", ORG, REICO),
    (f"Research{T}and{T}Innovation{T}Careers{T}Observatory", "", ORG, REICO),
    (f"Research{F}and{F}Innovation{F}Careers{F}Observatory", "", ORG, REICO),
    (f"STI{F}Outlook{F}2025", "", DOC, "STI Outlook 2025"),
    ("欧州委員会", "", ORG, "欧州委員会"),
    # both regions, leftovers
    ("量子技術", "*", TECH, "量子技術"),
    ("日本", "*", GPE, "日本"),
    ("OECD", "*", ORG, OECD),
    ("G20", "*", ORG, "G20"),
]

Y = lambda y: (str(y), f"{y}-01-01", f"{y}-12-31")  # noqa: E731


def M(y, m, last):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


ACC = ("2025-03-03", "2025-03-03", "2025-03-03")
PAST = ("PAST_REF", None, None)
PRES = ("PRESENT_REF", None, None)
FUT = ("FUTURE_REF", None, None)
D = "DATE"
DUR = "DURATION"

DATES = [
    # ================= G20 region =================
    ("1997年", "", D, *Y(1997), None),
    ("1999年6月", "", D, *M(1999, 6, 30), None),
    ("1999\n年12月", "", D, *M(1999, 12, 31), None),
    ("毎年1回", "", DUR, "P1Y", None, None, None),
    ("2008年11月", "", D, *M(2008, 11, 30), None),
    ("2010年まで", "", D, *Y(2010), "BEFORE"),
    ("半年おき", "", DUR, "P6M", None, None, None),        # 「ほぼ半年おきに」: a frequency, valued by its period
    ("2011年以降", "", D, *Y(2011), "AFTER"),
    ("年1回", "以降は", DUR, "P1Y", None, None, None),
    ("近年", "", D, *PAST, None),
    ("2019年", "\n", D, *Y(2019), None),                   # 「2019年、日本が初めて議長国に就任し」
    ("今日", "", D, *PRES, None),
    ("2030", "開発のための", D, *Y(2030), None),            # inside the Osaka Update's title
    ("2023年", "果たした。\n", D, *Y(2023), None),
    ("2024\n\n年", "", D, *Y(2024), None),
    ("2025年11月", "", D, *M(2025, 11, 30), None),
    ("2015年", "", D, *Y(2015), None),
    ("2030", "「", D, *Y(2030), None),                     # inside 2030アジェンダ (dev practice)
    ("2030年までに", "", D, *Y(2030), "BEFORE"),
    ("2019年", "背景から、", D, *Y(2019), None),
    ("2025年3月3日", "*", D, *ACC, None),                   # footnote access dates (both regions)
    ("12月1日から", "", D, "2024-12-01", "2024-12-01", "2024-12-01", "AFTER"),  # footnote 20 title; year from published
    ("2024年", "21。", D, *Y(2024), None),
    ("5年", "策定後", DUR, "P5Y", None, None, None),
    ("2021年", "", D, *Y(2021), None),
    ("2023年", "確認された23。", D, *Y(2023), None),
    ("2024年", "必要性が提言され、", D, *Y(2024), None),
    ("2023年", "Roundtable）\n", D, *Y(2023), None),
    ("3月", "た。", D, *M(2023, 3, 31), None),              # 「3月の第1回では」 (after 2023年)
    ("8月", "", D, *M(2023, 8, 31), None),
    ("2024年9月", "", D, *M(2024, 9, 30), None),
    ("2024", "CSAR-", D, *Y(2024), None),                  # inside CSAR-2024
    ("2023年", "この会議での主張は", D, *Y(2023), None),
    ("10年", "国際科学の", DUR, "P10Y", None, None, None),   # 「国際科学の10年」 (the Decade)
    ("2024-2033", "", D, "2024/2033", "2024-01-01", "2033-12-31", None),
    ("2025年", "\n", D, *Y(2025), None),
    # ================= OECD region =================
    ("2022年12月", "", D, *M(2022, 12, 31), None),
    ("2023年6月", "", D, *M(2023, 6, 30), None),
    ("これまで", "*", D, *PAST, None),                      # 図表IX-8にこれまで, 図表 title, これまで安全保障問題として
    ("現在", "", D, *PRES, None),
    # 図表IX-8 rows: 「YYYY M」 (year and month columns) is one DATE item (partE practice)
    ("2023 6", "", D, *M(2023, 6, 30), None),
    ("2023 10", "", D, *M(2023, 10, 31), None),
    ("2023", "京都", D, *Y(2023), None),                    # inside インターネット・ガバナンス・フォーラム京都2023
    ("2023 11", "", D, *M(2023, 11, 30), None),
    ("将来", "", D, *FUT, None),                            # その将来性 (GUIDELINES 2.2: 将来 tagged as a modifier)
    ("2024 4", "", D, *M(2024, 4, 30), None),
    ("2023", f"Outlook{T}", D, *Y(2023), None),             # heading STI Outlook 2023
    ("2025", f"policy{F}", D, *Y(2025), None),             # inside STI policy 2025イニシアティブ
    ("2023", f"として、「STI{F}Outlook{F}", D, *Y(2023), None),   # 「STI Outlook 2023」が
    ("2023", f"\n「STI{F}Outlook{F}", D, *Y(2023), None),       # 「STI Outlook 2023」は
    ("2023年3月", "", D, *M(2023, 3, 31), None),
    ("今後", "", D, *FUT, None),
    ("2023", f"85{F} OECD,{F}“Science,{F}Technology{F}and{F}Innovation{F}Outlook{F}", D, *Y(2023), None),  # footnote 85
    ("2023", f"87{F} OECD,{F}“Science,{F}Technology{F}and{F}Innovation{F}Outlook{F}", D, *Y(2023), None),  # footnote 87
    ("2024年", "\n\n", D, *Y(2024), None),                 # 「2024年、「STI Outlook 2025」に向けた」
    ("2025", f"Outlook{F}", D, *Y(2025), None),            # inside STI Outlook 2025
    ("2025年上半期", "", D, "2025-H1", "2025-01-01", "2025-06-30", None),
    ("毎\n年", "", DUR, "P1Y", None, None, None),
]

# actors carried over
OSAKA_A = ("G20大阪サミット", "2019年", "G20")
RIO_A1 = ("G20リオデジャネイロ・サミット", "21。2024年", "G20")
RIO_A2 = ("G20リオデジャネイロ・サミット", "提言され、2024年", "G20")
PSA_A = ("首席科学顧問室", "", PSA)
INDIA_A = ("インド政府", "において、", "インド政府")
UNESCO_A = ("UNESCO", "インド政府と", UNESCO)
GFT_A = ("GFTech", "がないが、\n", GFT)

EVENTS = [
    # ================= G20 region =================
    # 第1目 history: the finance meeting created at the G7 finance ministers' meeting (act done at a meeting -> its body)
    dict(t=("合意", "創設が"), type="AGREE", actors=[("G7財務大臣会議", "", "G7")],
         content="G20財務大臣・中央銀行総裁会議の創設", date="1999-06"),
    dict(t=("開催", "第1回会議が"), type="MEET", actors=[], content="第1回会議", date="1999-12", loc="ベルリン"),
    dict(t=("開催", "毎年1回"), type="MEET", actors=[], content=None),
    dict(t=("開催", "（サミット）が"), type="MEET", actors=[], content="第1回G20首脳会合（サミット）", date="2008-11",
         loc="ワシントンDC"),
    dict(t=("開催", "以降は年1回"), type="MEET", actors=[], content=None),   # 2010年まで…, 2011年以降…: two periods, no single date
    # 2019 Osaka
    dict(t=("就任", "初めて議長国に"), type="MEET", actors=[("日本", "2019年、", "日本")], content="議長国", date="2019"),
    dict(t=("開催", "サミッ\n\nトが"), type="MEET", actors=[("日本", "2019年、", "日本")], content="G20大阪サミッ\n\nト", date="2019"),
    dict(t=("発表", "基本的考え方」が"), type="ANNOUNCE", actors=[("本サミット", "", "G20")],
         content="「G20AI原則」、「信頼性のある自由なデータ流通（DFFT:DataFreeFlowwithTrust）」といった今日のSTI政策議論の"
                 "根幹をなす文書や、SDGs達成の手段としてSTIを強く位置づけた「持続可能な開発のための2030アジェンダに関するG20行動計画"
                 "に基づく大阪アップデート」および「STIforSDGsロードマップ策定の基本的考え方」"),
    # 2023-2024
    dict(t=("決定", "正式加盟することが"), type="ADOPT", actors=[("G20", "（AU）が", "G20")],
         content="アフリカ連合（AU）がG20へ正式加盟すること", date="2023"),
    dict(t=("発表", "の発足が"), type="ANNOUNCE", actors=[], content="G20研究・イノベーション作業部会（RIWG）の発足",
         date="2024"),
    dict(t=("予定", "開催される"), type="INTEND", actors=[],
         content="2025年11月に南アフリカ・ヨハネスブルクにて、「連帯、平等、持続可能性（Solidarity、Equality、Sustainability）」"
                 "をテーマとして開催される", date="2025-11", loc="ヨハネスブルク"),
    dict(t=("意気込み", "との"), type="INTEND", actors=[("ラマポーザ", "", SA)],
         content="「アフリカ大陸とグローバル・サウスの開発優先事項をG20の議題として、よりしっかりと取り上げていく」"),
    # 第2目 (1)
    dict(t=("採択", "アジェンダ」が\n"), type="AGREE", actors=[("国連総会", "2015年の", "国連総会")],
         content="持続可能な開発のため必要不可欠な行動計画として「2030アジェンダ」", date="2015"),
    dict(t=("採択", "考え方」が"), type="AGREE", actors=[OSAKA_A],
         content=LIT("「STI for SDGsロードマップ策定の基本的考え方」"), date="2019"),   # the title runs across footnotes 19-20
    # footnote 20: the cited headline
    dict(t=("就任", "G20議長国に"), type="MEET", actors=[("南ア", "「", SA)], content="アフリカ初のG20議長国",
         date="2024-12-01", sent=("南ア", "「", "就任", "G20議長国に")),
    dict(t=("指摘", "高まりが"), type="ANNOUNCE", actors=[RIO_A1],
         content="不確実性の高い世界経済における下振れリスクの高まり", date="2024"),
    dict(t=("確認", "ことが"), type="AGREE", actors=[RIO_A1],
         content="ロードマップの目標達成に向け不断の努力が必要であること", date="2024"),
    # (2) RIWG
    dict(t=("開催", "初め\nて"), type="MEET", actors=[], content="研究担当大臣会合", date="2021"),
    dict(t=("確認", "重要性が"), type="AGREE", actors=[("研究担当大臣会合", "", "G20")],
         content="デジタル化の活用や国際研究協力の重要性", date="2021"),
    dict(t=("設立", "作業部会」が"), type="ESTABLISH", actors=[RIO_A2],
         content="加盟国間の研究・イノベーション協力の強化を目的とした「研究・イノベーション作業部会」", date="2024"),
    dict(t=("発出", "G20戦略」の"), type="ANNOUNCE", actors=[],
         content="「G20リオデジャネイロ首脳宣言」および「オープンイノベーション協力を促進するためのG20戦略」"),
    # (3) CSAR
    dict(t=("開催", "2度にわたり"), type="MEET", actors=[PSA_A],
         content="G20首席科学顧問ラウンドテーブル（G20-CSAR）", date="2023"),
    dict(t=("発出", "まとめ」が\n"), type="ANNOUNCE", actors=[PSA_A],
         content="それまでの議論を踏まえた文書「成果報告と議長によるまとめ」", date="2023-08"),
    dict(t=("言及", "等が"), type="ANNOUNCE", actors=[("この文書", "", PSA)],
         content="疾病予防、パンデミック対応のための“ワンヘルス（OneHealth）”アプローチの活用、学術的科学知識へのアクセス拡大に"
                 "向けた地球規模の連携、科学技術エコシステムにおける多様性・公平性・包摂性・アクセシビリティ（DEI&A：Diversity,"
                 "Equity,InclusionandAccessibility）の確保、地政学的問題、包括的・継続的かつ行動志向の国際的な科学的助言体制の創設等"),
    dict(t=("開催", "CSAR-2024が"), type="MEET", actors=[INDIA_A, UNESCO_A], content="CSAR-2024", date="2024-09",
         loc="パリ"),
    dict(t=("参加", "（TWAS））が"), type="MEET",
         actors=[("ボ\nツワナ", "", "ボツワナ"), ("ケニア", "", "ケニア"), ("ラトビア", "", "ラトビア"),
                 ("ニュージーランド", "", "ニュージーランド"), ("ノルウェー", "", "ノルウェー"), ("パナマ", "", "パナマ"),
                 ("ポルトガル", "", "ポルトガル"), ("キプロス", "", "キプロス"), ("チュニジア", "", "チュニジア"),
                 ("セ\nネガル", "", "セネガル"), ("OECD", "国際機関（", OECD), ("WHO", "（OECD、", "世界保健機関"),
                 ("UNESCO", "WHO、", UNESCO), ("国連環境計画", "", "国連環境計画"), ("国際科学会議", "", ISC),
                 ("国際政府科学助言ネットワーク", "", "国際政府科学助言ネットワーク"),
                 ("世\n界科学アカデミー", "", "世界科学アカデミー")],
         content=None),
    dict(t=("強調", "重要性を"), type="ANNOUNCE", actors=[INDIA_A, UNESCO_A],
         content="オープンサイエンスの推進、科学的助言の能力強化および体制の多様化、包括的参加の重要性"),
    dict(t=("奨励", "推進を"), type="SUPPORT", actors=[INDIA_A, UNESCO_A], content="知識格差解消のための先進技術活用の推進"),
    dict(t=("強調", "重要性も"), type="ANNOUNCE", actors=[INDIA_A, UNESCO_A],
         content="新興技術の開発・利用にあたって倫理的・法的配慮の遵守とベストプラクティスの活用の重要性"),
    dict(t=("宣言", "国連総会にて"), type="ANNOUNCE", actors=[("国連総会", "2023年に", "国連総会")],
         content="「持続可能な開発のための国際科学の10年：2024-2033」", date="2023"),
    dict(t=("発表", "継続が"), type="ANNOUNCE", actors=[], content="南アフリカの主催によりCSARの継続", date="2025"),
    # ================= OECD region =================
    # (2) GFTech
    dict(t=("発表", "閣僚会議にて"), type="ANNOUNCE", actors=[("OECD\nデジタル経済閣僚会議", "", OECD)],
         content="GlobalForumonTechnology（GFTech）", date="2022-12"),
    dict(t=("開催", "立ち上げイベントが"), type="MEET", actors=[], content="立ち上げイベント", date="2023-06"),
    dict(t=("目標", "その"), type="INTEND", actors=[GFT_A], content=None),   # the goals are the bullets below
    dict(t=("設\n置", "フォーカスグループを"), type="ESTABLISH", actors=[GFT_A],
         content=LIT("①合成生物学、②没入技術（Immersive Technologies）、③量子技術の三つの新興技術についてフォーカスグループ"),
         date="PRESENT_REF", sent=("現在", "84。", "置している。", "設\n")),  # the object runs across footnotes 83-84
    dict(t=("促進", "国際協力を"), type="ACTION", actors=[GFT_A],
         content="戦略的なエビデンスに基づく対話（strategicevidence-baseddialogue）と国際協力"),
    dict(t=("育成", "アプローチを"), type="ACTION", actors=[GFT_A],
         content="相互の利益と民主的価値観に基づく共通かつ首尾一貫したアプローチ"),
    # 図表IX-8 rows (the row's year/month and venue columns; no agent written)
    dict(t=("開催", "閣僚理事会の機会にあわせて"), type="MEET", actors=[],
         content="発足イベント「ハイテクフロンティアで未来を切り開く」", date="2023-06", loc="OECD本部"),
    dict(t=("共催", "と"), type="MEET", actors=[("日本政府", "", "日本政府")],
         content="インターネット・ガバナンス・フォーラム京都2023のマルチステークホルダー・セッション", date="2023-10", loc="京都",
         sent=("2023 10", "", "共催。", "（総務省）と")),
    dict(t=("開催", "CSTP閣僚級会合の機会にあわせて"), type="MEET", actors=[],
         content="イベント「バイオの未来を築く：次世代バイオテクノロジーの政策課題の機会」", date="2024-04", loc="OECD本部"),
    dict(t=("開催", "」を"), type="MEET", actors=[],
         content="「MultistakeholderHigh-LevelDialogueonOECDScienceandTechnologyPolicyMinisterial」", date="2024-04",
         sent=("■事前イベント", "", "を開催。", "Ministerial」")),
    # (3) STI Outlook 2023 (the report's statements: actor the report or its chapter, canonical its author OECD)
    dict(t=("発行", "2023年3月に"), type="ANNOUNCE", actors=[], content="「STIOutlook2023」", date="2023-03"),
    # 「2章では…と述べ」「STI Outlook 2023は…必要性を強調」: what the report says, not an event (GUIDELINES 6.6,
    # decided after this set was written)
    # (4) ReICO
    dict(t=("設立", "）を"), type="ESTABLISH", actors=[("OECD", "一環として、", OECD), ("欧州委員会", "", "欧州委員会")],
         content="ReICO（ResearchandInnovationCareersObservatory）", date="2024"),
    dict(t=("予定", "更新される"), type="INTEND", actors=[("ReICO", "共同で、", REICO)],
         content="2025年上半期に公開、その後は毎年更新される", date="2025-H1"),
]
