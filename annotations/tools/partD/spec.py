"""Hand-written held-out annotation of report 001, regions UN 2024 (第1項 第3目–第4目) and OECD MCM 2024
(第2項 第4目 (2)–(3)).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-5); no NER, date tool or kiroku code or output was used
or looked at. locate.py only finds these strings in the raw text. F stands for U+FFFD (PDF debris
between words), T for a tab, S for U+3000.

ENTITIES: (text, left context, label, canonical); left "*" = every free occurrence in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod); left "*" likewise.
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE  # noqa: F401  (the locator's markers; annotations/tools is on sys.path)


F = "\ufffd"
T = "\t"
S = "\u3000"
PUBLISHED = "2025-03-31"
# UN: from 「第3目 2024年の主な動向」 (STI forum, Summit of the Future, SDGs Report 2024, 第4目 UN bodies)
#     to just before 「第2項 経済協力開発機構（OECD）」 (footnotes 71-75 inside; 75's text lies outside);
# OECD: from 「（2）OECD閣僚理事会」 to just before 「第3項 国際学術会議（ISC）」 (footnotes 94-96 inside).
REGIONS = [[40199, 44296], [57823, 61492]]
# no running footer/header, side tab, page number or link dump lies inside these two regions
FURNITURE: list[list[int]] = []

ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER = "ORG", "GPE", "LOC", "FACILITY", "EVENT", "DOCUMENT", "TECHNOLOGY", "PERSON"
UN = "国際連合"
OECD = "経済協力開発機構"
STIF = "SDGsのためのSTIに関するマルチステークホルダー・フォーラム"
PACT = "未来のための協定"
GDC = "グローバル・デジタル・コンパクト"
DFG = "将来世代に関する宣言"
SDGR = "The Sustainable Development Goals Report 2024"
AGENDA = "持続可能な開発のための2030アジェンダ"
# GUIDELINES 6.4 / 5.3: 001 writes 国際連合教育科学文化機関（UNESCO） once (and 国連教育科学文化機関 twice):
# every UNESCO name in the report takes the fuller form
UNESCO = "国際連合教育科学文化機関"
UNCTAD = "国連貿易開発会議"
ECOSOC = "経済社会理事会"
IOC = "政府間海洋学委員会"
IHP = "政府間水文学計画"
STEPAN = "Science, Engineering, Technology and Innovation Policy Asia and the Pacific Network"
MCM = "OECD閣僚理事会"
MCS = "2024 MINISTERIAL COUNCIL STATEMENT"
SEARP = "OECD東南アジア地域プログラム"
SEARP10 = "OECD東南アジア地域プログラム（SEARP）10周年記念式典"
JOAPP = "日本OECD・ASEANパートナーシップ・プログラム"
HAIP = "広島AIプロセス"
HAIPFG = "広島AIプロセスフレンズグループ"
SIDE = "安全、安心で信頼できるAIに向けて：包摂的なグローバルAIガバナンスの促進"
SIDE_RAW = "安全、安心で信頼できるAIに向けて：包摂的なグローバルAIガバナン\nスの促進"
CSTP = "科学技術政策委員会"
MSD = "Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"
AI = "人工知能"

ENTITIES = [
    # ================= UN region [40199, 44296) =================
    # (1) STI forum
    ("SDGsのためのSTIに関するマルチステークホルダー・フォーラム", "第9回「", EVT, STIF),
    ("STIフォーラム", "", EVT, STIF),
    ("国連本部", "2024年5月、", FAC, "国連本部"),
    ("ニューヨーク", "2024年5月、国連本部（", GPE, "ニューヨーク"),
    ("2030アジェンダ", "にて「", DOC, AGENDA),
    # footnotes 71-73
    (f"9th{F}STI{F}Forum", "", EVT, STIF),
    ("首相官邸", "", ORG, "首相官邸"),
    ("未来サミット", f"首相官邸{S}", EVT, "未来サミット"),
    ("国連広報センター", "", ORG, "国連広報センター"),
    ("未来サミット2024", "", EVT, "未来サミット2024"),
    (f"United{F}Nations", "\n", ORG, UN),
    (f"Pact{F}for{F}the{F}Future", "Nations「", DOC, PACT),
    # (2) Summit of the Future
    ("未来サミット", "（2）\t", EVT, "未来サミット"),
    (f"Summit{T}of{T}the{T}Future", "", EVT, "未来サミット"),
    ("国連本部", "2024年9月、", FAC, "国連本部"),
    ("ニューヨーク", "2024年9月、国連本部（", GPE, "ニューヨーク"),
    ("未来のための協定", "として\n「", DOC, PACT),
    (f"Pact{F}for{F}the{F}Future", "未来のための協定（", DOC, PACT),
    ("グローバル・デジタル・コンパクト", "", DOC, GDC),
    ("将来世代に関する宣言", "と「", DOC, DFG),
    ("未来のための協定", "■「", DOC, PACT),
    (f"Pact{T}for{T}the{T}Future", "", DOC, PACT),
    ("2030アジェンダ", f"{S}「", DOC, AGENDA),
    ("SDGs", "行い、", DOC, "SDGs"),
    ("グローバルデジタル協約", "焦点を当てた「", DOC, GDC),
    (f"Global{F}Digital{F}Compact", "", DOC, GDC),
    ("将来世代に関する宣言", "強化し、「", DOC, DFG),
    (f"Declaration{F}on{F}\nFuture{F}Generations", "", DOC, DFG),
    ("安全保障理事会", "", ORG, "安全保障理事会"),
    ("総会", "構成において、", ORG, "国連総会"),
    ("経済社会理事会", "総会を再活性化し、", ORG, ECOSOC),
    ("平和構\n築委員会", "", ORG, "平和構築委員会"),
    ("国連", "強化する。", ORG, UN),
    ("国連", "「", ORG, UN),
    ("グローバルデジタル協約", "■「", DOC, GDC),
    (f"Global{T}Digital{T}Compact", "", DOC, GDC),
    ("AI技術", "", TECH, AI),
    ("AIに関する独立国際科学パネル", "", ORG, "AIに関する独立国際科学パネル"),
    ("国連", "深めるため、", ORG, UN),
    ("AIガバナンスに関するグローバル・ダイアログ", "", ORG, "AIガバナンスに関するグローバル・ダイアログ"),
    ("将来世代に関する宣言", "■「", DOC, DFG),
    (f"Declaration{F}on{F}Future{F}Generations", "", DOC, DFG),
    # (3) SDGs Report 2024
    (f"The{T}Sustainable{T}Development{T}Goals{T}Report{T}2024", "", DOC, SDGR),
    ("SDGs報告2024", "", DOC, SDGR),
    (f"United{F}Nations", "74" + F + " ", ORG, UN),
    (f"The{F}Sustainable{F}Development{F}Goals{F}Report{F}2024", "", DOC, SDGR),
    # 第4目 UN bodies
    ("国連貿易開発会議", "", ORG, UNCTAD),
    ("UNCTAD", "*", ORG, UNCTAD),
    ("開発科学技術委員会", "", ORG, "開発科学技術委員会"),
    ("CSTD", "", ORG, "開発科学技術委員会"),
    ("経済社会理事会", "、UNCTADに設置された開発科学技術委員会（CSTD）は、", ORG, ECOSOC),
    ("ECOSOC", "*", ORG, ECOSOC),
    ("国連教育科学文化機関", "", ORG, UNESCO),
    ("UNESCO", "*", ORG, UNESCO),
    ("政府間海洋\n学委員会", "", ORG, IOC),
    (f"Intergovernmental{F}Oceanographic{F}Commission", "", ORG, IOC),
    ("IOC", "", ORG, IOC),
    ("政府間水文学計画", "", DOC, IHP),
    (f"Intergovernmental{F}Hydrological{F}Programme", "", DOC, IHP),
    ("IHP", "", DOC, IHP),
    ("第41回ユネスコ総会", "", EVT, "第41回ユネスコ総会"),
    ("オー\nプンサイエンスに関する勧告", "", DOC, "オープンサイエンスに関する勧告"),
    ("人工知能の倫理に関する勧告", "", DOC, "人工知能の倫理に関する勧告"),
    ("ジャカルタ事務所", "*", ORG, "ジャカルタ事務所"),
    ("ジャカ\nルタ事務所", "", ORG, "ジャカルタ事務所"),
    ("アジア太平洋地域", "*", LOC, "アジア・太平洋"),
    (f"Science,{F}Engineering,{F}Technology{F}and{F}Innovation{F}Policy{F}Asia{F}and{F}the{F}Pacific{F}\nNetwork",
     "", ORG, STEPAN),
    ("STEPAN", "*", ORG, STEPAN),
    ("アジア地域", "STEPANは、", LOC, "アジア"),
    ("ユネスコ", "STEPANを復活させ、", ORG, UNESCO),
    ("国連", "*", ORG, UN),  # 国連加盟国 (head 加盟国 out), 国連の様々な関係機関, 第4目 国連関係機関, 国連の中心的な役割
    ("SDGs", "*", DOC, "SDGs"),
    # ================= OECD region [57823, 61492) =================
    ("OECD閣僚理事会", "（2）\t", EVT, MCM),
    ("OECD閣僚理事会", "パリで", EVT, MCM),
    (f"Meeting{F}of{F}the{F}Council{F}at{F}Ministerial{F}Level", "", EVT, MCM),
    ("MCM", "", EVT, MCM),
    ("パリ", "2024年5月、", GPE, "パリ"),
    ("アルゼンチン", "", GPE, "アルゼンチン"),
    ("ブラジル", "*", GPE, "ブラジル"),
    ("ブルガリア", "", GPE, "ブルガリア"),
    ("クロアチア", "", GPE, "クロアチア"),
    ("ペルー", "", GPE, "ペルー"),
    ("ルーマニア", "", GPE, "ルーマニア"),
    ("インドネシア", "*", GPE, "インドネシア"),
    ("中国", "", GPE, "中国"),
    ("インド", "中国、", GPE, "インド"),
    ("南アフリカ", "", GPE, "南アフリカ"),
    ("ウクライナ", "", GPE, "ウクライナ"),
    ("香港", "", GPE, "香港"),
    ("東南アジア諸国", "", LOC, "東南アジア諸国"),
    ("信頼性のある自由なデータ流通", "", DOC, "信頼性のある自由なデータ流通"),
    ("DFFT", "", DOC, "信頼性のある自由なデータ流通"),
    ("インド太平洋戦略枠組み", "*", DOC, "OECDインド太平洋戦略枠組み"),
    ("生成AI", "*", TECH, "生成AI"),
    (SIDE_RAW, "", EVT, SIDE),
    ("G7", "*", ORG, "G7"),
    ("広島AIプロセスフレンズグループ", "", ORG, HAIPFG),
    ("広\n島AIプロセスフレンズグループ", "", ORG, HAIPFG),
    ("広島AIプ\nロセス", "", DOC, HAIP),
    ("広島AIプロセス", "*", DOC, HAIP),
    ("AI原則", "", DOC, "OECD AI Principles"),
    (SEARP, "②", DOC, SEARP),
    ("SEARP", "*", DOC, SEARP),
    ("10周年記念式典", "②OECD東南アジア地域プログラム（SEARP）", EVT, SEARP10),
    ("閣僚理事会", "日本が", EVT, MCM),
    ("東南アジア", "OECDの強みを", LOC, "東南アジア"),
    (JOAPP, "", DOC, JOAPP),
    ("JOAPP", "*", DOC, JOAPP),
    # footnote 94
    ("外務省", "*", ORG, "外務省"),
    ("2024年OECD閣僚理事会", "", EVT, "2024年OECD閣僚理事会"),
    # 成果文書 (the MCM statement): English name, quoted English title, bracketed Japanese title
    (f"2024{F}MINISTERIAL{F}COUNCIL{F}STATEMENT", "成果文書：", DOC, MCS),
    (f"CO-CREATING{F}THE{F}FLOW{F}OF{F}\nCHANGE:{F}LEADING{F}GLOBAL{F}DISCUSSIONS{F}WITH{F}OBJECTIVE{F}AND{F}RELIABLE{F}"
     f"APPROACHES{F}\nTOWARDS{F}SUSTAINABLE{F}AND{F}INCLUSIVE{F}GROWTH", "", DOC, MCS),
    ("変化の流れの共創：持続可能で包摂的な\n成長に向けた客観的で高い信頼性に裏付けられたグローバルな議論の先導", "", DOC, MCS),
    ("OECD―アフリカ・パートナーシップ", "", DOC, "OECD―アフリカ・パートナーシップ"),
    ("アフリカ", "*", LOC, "アフリカ"),
    ("G20", "", ORG, "G20"),
    ("APEC", "", ORG, "APEC"),  # no full form written in 001: the acronym (GUIDELINES 5.3)
    (f"OECD{F}東南アジア地域プログラム", "", DOC, SEARP),
    ("インド太平洋地域", "*", LOC, "インド太平洋"),
    ("専門家コミュニティ", "", ORG, "専門家コミュニティ"),
    (f"Expert{F}Community", "", ORG, "専門家コミュニティ"),
    ("OECD科学技術政策委員会", "", ORG, CSTP),
    ("CSTP", "政策委員会（", ORG, CSTP),
    ("イスラエル", "", GPE, "イスラエル"),
    ("パリ協定", "", DOC, "パリ協定"),
    # footnotes 95, 96
    (SEARP, "外務省「", DOC, SEARP),
    ("10周年記念式典", "外務省「OECD東南アジア地域プログラム（SEARP）", EVT, SEARP10),
    (f"Meeting{F}of{F}the{F}OECD{F}Council{F}at{F}Ministerial{F}Level", "", EVT, MCM),
    (f"2024{F}MINISTERIAL{F}COUNCIL{F}STATEMENT", "Level," + F, DOC, MCS),
    # (3) Multistakeholder dialogue
    (f"Multistakeholder{T}High-Level{T}Dialogue{T}on{T}OECD{T}Science{T}and{T}Technology{T}Policy{T}Ministerial", "",
     EVT, MSD),
    ("GFTech", "*", EVT, "Global Forum on Technology"),
    ("CSTP閣僚級会合", "", EVT, "CSTP閣僚級会合"),
    ("欧州委員会", "", ORG, "欧州委員会"),
    (f"Research{F}and{F}Innovation{F}Careers{F}Observatory", "", ORG, "Research and Innovation Careers Observatory"),
    ("ReICO", "", ORG, "Research and Innovation Careers Observatory"),
    ("橋本和仁", "", PER, "橋本和仁"),
    ("JST", "", ORG, "科学技術振興機構"),
    ("ASEAN", "*", ORG, "ASEAN"),  # ASEAN事務総長 (post out)
    ("OECD", "*", ORG, OECD),
    ("日本", "*", GPE, "日本"),
    ("AI", "*", TECH, AI),
]

Y = lambda y: (str(y), f"{y}-01-01", f"{y}-12-31")  # noqa: E731


def M(y, m, last):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


ACC = ("2025-03-03", "2025-03-03", "2025-03-03")
FUT = ("FUTURE_REF", None, None)

DATES = [
    # ================= UN region =================
    ("2024年", "第3目\t ", "DATE", *Y(2024), None),
    ("2024年5月", "」\n\n", "DATE", *M(2024, 5, 31), None),
    ("2030", "*", "DATE", *Y(2030), None),  # inside the name 2030アジェンダ (twice)
    ("2024年9月", "", "DATE", *M(2024, 9, 30), None),
    ("将来", "*", "DATE", *FUT, None),  # 将来世代 (GUIDELINES 2.2: 将来 tagged even as a noun modifier), 将来の世代
    ("2025年3月3\n日", "", "DATE", *ACC, None),
    ("2025年3\n月3日", "", "DATE", *ACC, None),
    ("2025年3月3日", "*", "DATE", *ACC, None),  # footnote access dates
    ("2024", "未来サミット", "DATE", *Y(2024), None),
    ("2024", "Report\t", "DATE", *Y(2024), None),
    ("2024", "SDGs報告", "DATE", *Y(2024), None),
    ("2024", "Report" + F, "DATE", *Y(2024), None),
    ("2024年6月", "", "DATE", *M(2024, 6, 30), None),
    ("2023年", "6月、", "DATE", *Y(2023), None),
    ("2015年", "", "DATE", *Y(2015), None),
    ("毎年", "", "DURATION", "P1Y", None, None, None),
    ("2021年11月", "", "DATE", *M(2021, 11, 30), None),
    ("1988年", "", "DATE", *Y(1988), None),
    ("2011年以降", "", "DATE", *Y(2011), "AFTER"),
    ("2020年", "にあった。", "DATE", *Y(2020), None),
    # ================= OECD region =================
    ("2024年5月", "閣僚理事会\n", "DATE", *M(2024, 5, 31), None),
    ("60周年", "", "DURATION", "P60Y", None, None, None),
    ("10年ぶり", "", "DURATION", "P10Y", None, None, None),
    ("2023年", "や、", "DATE", *Y(2023), None),
    ("10周年", "*", "DURATION", "P10Y", None, None, None),
    ("2014年", "", "DATE", *Y(2014), None),
    ("2024年", "外務省「", "DATE", *Y(2024), None),
    ("2024年", "\n ", "DATE", *Y(2024), None),   # 「2024年からの3年間」: から closed by the duration
    ("3年間", "", "DURATION", "P3Y", None, None, None),
    ("2024", "成果文書：", "DATE", *Y(2024), None),
    ("2050年", "", "DATE", *Y(2050), None),
    ("10年", "勝負の", "DURATION", "P10Y", None, None, None),
    ("2024", "Level," + F, "DATE", *Y(2024), None),
    ("2024年4月", "", "DATE", *M(2024, 4, 30), None),
]

# actors carried from a lead-in (GUIDELINES 5.1): the outcome document's mention, canonical its issuer
PACT_A = ("未来のための協定", "■「", UN)
GDC_A = ("グローバルデジタル協約", "■「", UN)
DFG_A = ("将来世代に関する宣言", "■「", UN)
MCS_A = (f"2024{F}MINISTERIAL{F}COUNCIL{F}STATEMENT", "成果文書：", OECD)
SIDE_A = (SIDE_RAW, "", OECD)                              # ① side event of the MCM (convened by the OECD)
SEARP10_A = ("10周年記念式典", "②OECD東南アジア地域プログラム（SEARP）", OECD)  # ② ceremony of the MCM

EVENTS = [
    # ================= UN region =================
    # (1) STI forum: 「成果文書71が発表され」 - the forum's outcome, convened under the UN
    dict(t=("発表", "成果文書71が"), type="ANNOUNCE", actors=[(STIF, "第9回「", UN)], content="成果文書"),
    # (2) Summit of the Future
    dict(t=("開催", "目的として"), type="MEET", actors=[], content=None, date="2024-09", loc="国連本部"),
    dict(t=("採択", "宣言」が"), type="AGREE", actors=[("未来サミット", "（2）\t", UN)],
         content="成果文書として「未来のための協定（PactfortheFuture）」とその付属文書である「グローバル・デジタル・コンパクト」と"
                 "「将来世代に関する宣言」", date="2024-09"),
    dict(t=("約束", "行動を"), type="PLEDGE", actors=[("国連加盟国", "", "国連加盟国")],
         content="未来世代の利益を守るために行動"),
    dict(t=("投資", "社会経済的発展への"), type="ACTION", actors=[PACT_A],
         content="緊急の拡大した行動、政策、人と々その社会経済的発展への"),
    dict(t=("取り組み", "テロ対策に"), type="ACTION", actors=[PACT_A],
         content="社会全体での予防、文民の保護、人道支援、軍縮と軍備管理、テロ対策"),
    dict(t=("促進", "イノベーションを"), type="ACTION", actors=[PACT_A], content="責任あるイノベーション"),
    dict(t=("採択", "）」を"), type="AGREE", actors=[PACT_A],
         content="デジタル技術の活用・管理のため、デジタル格差解消、デジタル経済・空間の包摂性、ガバナンス強化に焦点を当てた"
                 "「グローバルデジタル協約（GlobalDigitalCompact）」"),
    dict(t=("拡大", "参加を"), type="ACTION", actors=[PACT_A], content="世界的な意思決定への若者の参加"),
    dict(t=("強化", "参加を拡大・"), type="ACTION", actors=[PACT_A], content="世界的な意思決定への若者の参加"),
    dict(t=("再活性化", "総会を"), type="ACTION", actors=[PACT_A], content="総会"),
    dict(t=("強化", "築委員会を"), type="ACTION", actors=[PACT_A], content="経済社会理事会（ECOSOC）および平和構築委員会"),
    dict(t=("更新", "組織へと"), type="ACTION", actors=[PACT_A],
         content="国連をイノベーション、データ、デジタルツール、先見性、（行動）科学を効果的に活用する組織"),
    dict(t=("深化", "パートナーシップを"), type="ACTION", actors=[PACT_A], content="ステークホルダーとのパートナーシップ"),
    dict(t=("注力", "開発に"), type="ACTION", actors=[PACT_A],
         content="国際金融アーキテクチャの改善、宇宙ガバナンスの構築、グローバル・ショックに対する緊急プラットフォームのための"
                 "プロトコル開発"),
    # ■ Global Digital Compact: goals set out by the document (intention noun 目標)
    dict(t=("目標", "主な"), type="INTEND", actors=[GDC_A],
         content="デジタル格差の解消、安全で包括的なデジタル空間の確保、AIの国際ガバナンス強化、持続可能な開発への貢献等"),
    dict(t=("強化", "科学的助言の機能"), type="ACTION", actors=[GDC_A], content="科学的助言の機能"),
    dict(t=("設置", "科学パネルの"), type="ESTABLISH", actors=[GDC_A], content="AIに関する独立国際科学パネル"),
    dict(t=("設置", "ネルを"), type="ESTABLISH", actors=[GDC_A], content="独立した国際的な科学パネル"),
    dict(t=("設置", "ダイアログの"), type="ESTABLISH", actors=[GDC_A], content="AIガバナンスに関するグローバル・ダイアログ"),
    dict(t=("設け", "みを"), type="ESTABLISH", actors=[GDC_A], content="AIガバナンスに関するグローバルな対話の枠組み"),
    # ■ Declaration on Future Generations
    dict(t=("目標", "等を"), type="INTEND", actors=[DFG_A],
         content="未来世代の権利の保護、環境保護と気候行動、教育と社会的発展への投資、長期的視野に基づく政策策定等"),
    # (3) SDGs Report 2024 (passive, no agent written)
    dict(t=("発表", "レポートが"), type="ANNOUNCE", actors=[], content="SDGsの目標ごとに世界の進捗をまとめたレポート",
         date="2024-06"),
    dict(t=("強調", "遅れが"), type="ANNOUNCE", actors=[], content="大幅な目標達成の遅れ"),
    # 第4目 UN bodies
    dict(t=("設置", "UNCTADに"), type="ESTABLISH", actors=[], content="開発科学技術委員会（CSTD）"),
    dict(t=("参画", "積極的に"), type="ACTION", actors=[("日本", "IHP）等には、", "日本")],
         content="地球規模での海洋学に関する知識、理解増進のための科学的調査の推進を図ることを目的とした政府間海洋学委員会"
                 "（IntergovernmentalOceanographicCommission：IOC）や、水資源の最適な管理のための科学的基盤の提供を目的とした"
                 "政府間水文学計画（IntergovernmentalHydrologicalProgramme：IHP）等"),
    dict(t=("採択", "勧告」が"), type="AGREE", actors=[("第41回ユネスコ総会", "", UNESCO)],
         content="「オープンサイエンスに関する勧告」と「人工知能の倫理に関する勧告」", date="2021-11"),
    dict(t=("再活性化", "の"), type="ACTION", actors=[("ジャカルタ事務所", "いる。", "ジャカルタ事務所")],
         content="既存の枠組みであるSTEPAN（Science,Engineering,TechnologyandInnovationPolicyAsiaandthePacificNetwork）"),
    dict(t=("設立", "1988年に"), type="ESTABLISH", actors=[], content="STEPAN", date="1988"),
    dict(t=("開催", "地域会合を"), type="MEET", actors=[("ジャカ\nルタ事務所", "2020年に", "ジャカルタ事務所")],
         content="科学専門家による地域会合", date="2020"),
    # 「…STEPANを復活させ、…活用することが決まった」: the decision of the meeting, its convener the actor
    dict(t=("決まっ", "ことが"), type="ADOPT", actors=[("地域会合", "", "ジャカルタ事務所")],
         content="STEPANを復活させ、ユネスコが科学分野でのキャパシティ・ビルディング等の活動を実施していく上で、"
                 "地域全体をカバーする媒体として活用すること", date="2020"),
    # ================= OECD region =================
    dict(t=("開\n\n催", "が"), type="MEET", actors=[],
         content="OECD閣僚理事会（MeetingoftheCouncilatMinisterialLevel：MCM）", date="2024-05", loc="パリ"),
    dict(t=("務め", "10年ぶりに議長国を"), type="MEET", actors=[("日本", "にあたる", "日本")], content="議長国"),
    dict(t=("参\n加", "等が"), type="MEET",
         actors=[("OECD加盟国", "", "OECD加盟国"), ("アルゼンチン", "", "アルゼンチン"),
                 ("ブラジル", "アルゼンチン、", "ブラジル"), ("ブルガリア", "", "ブルガリア"), ("クロアチア", "", "クロアチア"),
                 ("ペルー", "", "ペルー"), ("ルーマニア", "", "ルーマニア"), ("インドネシア", "ルーマニアおよび", "インドネシア"),
                 ("中国", "", "中国"), ("インド", "中国、", "インド"), ("南アフリカ", "", "南アフリカ"),
                 ("ウクライナ", "", "ウクライナ"), ("香港", "", "香港"), ("東南アジア諸国", "", "東南アジア諸国"),
                 ("ASEAN事務総長", "", "ASEAN")],
         content=None),
    dict(t=("主\n導", "議論を"), type="ACTION", actors=[("日本", "について", "日本")], content="議論"),
    dict(t=("採択", "2023年"), type="AGREE", actors=[], content="インド太平洋戦略枠組み", date="2023"),
    dict(t=("採択", "閣僚声明が"), type="AGREE", actors=[("OECD閣僚理事会", "パリで", OECD)], content="閣僚声明"),
    # ① side event
    dict(t=("歓迎", "こ\n\nとを"), type="SUPPORT", actors=[SIDE_A],
         content="G7の広島AIプロセスに引き続き、OECDにおいてもAI原則の改定という具体的な成果が生み出されること",
         sent=("G7の広島", "」\n", "とを歓迎。", "成果が生み出されるこ\n\n")),
    dict(t=("立ち上げ", "」を"), type="ESTABLISH", actors=[SIDE_A],
         content="広島AIプロセスの精神に賛同する国々の自発的な枠組みである「広島AIプロセスフレンズグループ」"),
    dict(t=("確認", "ことを"), type="AGREE", actors=[SIDE_A],
         content="国際指針等の実践に取り組み、世界中の人々が安全、安心で信頼できるAIを利用できるよう協力を進めていくこと"),
    # ② SEARP ceremony
    dict(t=("務め", "閣僚理事会の議長国を"), type="MEET", actors=[("日本", "式典\n", "日本")], content="閣僚理事会の議長国",
         date="2014"),
    dict(t=("立ち上げ", "2014年に"), type="ESTABLISH", actors=[], content="SEARP", date="2014"),
    dict(t=("歓迎", "進展を"), type="SUPPORT", actors=[SEARP10_A],
         content="日本が閣僚理事会の議長国を務めた2014年に立ち上げられたSEARPの着実な進展"),  # 2014 dates the launch, not the welcome
    dict(t=("目指し", "共創を"), type="INTEND", actors=[SEARP10_A], content="持続可能な未来の共創"),
    dict(t=("発表", "立ち上げを"), type="ANNOUNCE", actors=[SEARP10_A],
         content="「日本OECD・ASEANパートナーシップ・プログラム（JOAPP）」の立ち上げ"),
    dict(t=("予定", "動員する"), type="INTEND", actors=[("JOAPP", "発表。", JOAPP)],
         content="2024年からの3年間で800万ユーロ（約14億円）規模の資金を動員する", date="2024"),
    # 成果文書 bullets: actor the statement, canonical the OECD (GUIDELINES 5.1)
    dict(t=("再確認", "実現の重要性を"), type="AGREE", actors=[MCS_A],
         content="新技術の広範な利活用を通じたデジタル・トランスフォーメーションやグリーン・トランスフォーメーション、スタートアップ"
                 "の育成および中小企業の支援、自由で公正な貿易の確保、人々のウェルビーイングの向上、ジェンダー平等および社会的包摂性"
                 "ならびにデジタル包摂性の実現の重要性"),
    dict(t=("歓迎", "ことを"), type="SUPPORT", actors=[MCS_A],
         content="複雑化する地政学的環境において持続可能で包摂的な開発を通じ共栄を促進するため、OECDが先進国、新興国および途上国の"
                 "架け橋となる努力を行っていること"),
    dict(t=("継続", "協調を\n"), type="ACTION", actors=[MCS_A], content="主要パートナー国等との協調"),
    dict(t=("コミット", "協力強化に"), type="PLEDGE", actors=[MCS_A],
         content="OECD―アフリカ・パートナーシップの実施を通じてアフリカとの協力強化"),
    # 「…関与を通じて、グローバル・ガバナンスに貢献し続ける」: a commitment of the statement (cooperate/contribute)
    dict(t=("貢献", "ガバナンスに"), type="ACTION", actors=[MCS_A], content="グローバル・ガバナンス"),
    dict(t=("再確認", "コミットメントを"), type="AGREE", actors=[MCS_A],
         content="インド太平洋地域の戦略的優先性および同地域へのコミットメント", sent=("● OECD", "\n\n", "再確認。", "コミットメントを")),
    dict(t=("歓迎", "実施計画を"), type="SUPPORT", actors=[MCS_A], content="インド太平洋戦略枠組みに関する実施計画"),
    dict(t=("コミッ\nト", "普及に"), type="PLEDGE", actors=[MCS_A],
         content="その実施を通じてインド太平洋地域における広範なOECDの基準とベストプラクティスの更なる普及"),
    dict(t=("支持", "プロセスを"), type="SUPPORT", actors=[MCS_A], content="広島AIプロセス"),
    dict(t=("強調", "重要性を"), type="ANNOUNCE", actors=[MCS_A],
         content="生成AIを含むAIガバナンスの枠組み間の相互運用性を向上させるための国際的な取り組みを進めることの重要性"),
    dict(t=("歓迎", "一員として"), type="SUPPORT", actors=[MCS_A],
         content="安全、安心で信頼できるAIを促進するための広島AIプロセスの成果を支持する新たな国々"),
    dict(t=("奨励", "作業を"), type="SUPPORT", actors=[MCS_A], content="信頼性のあるデータ流通を促進するための作業"),
    dict(t=("歓迎", "設立を\n"), type="SUPPORT", actors=[MCS_A], content="専門家コミュニティ（ExpertCommunity）の設立"),
    dict(t=("採択", "除いて"), type="AGREE", actors=[("閣僚級会合", "（CSTP）の", OECD)], content="閣僚宣言"),
    dict(t=("歓迎", "閣僚宣言を\n"), type="SUPPORT", actors=[MCS_A],
         content="OECD科学技術政策委員会（CSTP）の閣僚級会合でイスラエルを除いて採択された閣僚宣言"),
    dict(t=("強調", "必要性を"), type="ANNOUNCE", actors=[MCS_A], content="持続可能で包摂的な未来のための変革的なSTI政策の必要性"),
    dict(t=("再確認", "コミットメントを\n"), type="AGREE", actors=[MCS_A],
         content="パリ協定の実施を強化すること、および摂氏1.5度目標を射程に入れ続け、2050年ネット･ゼロという共通の目標を達成する"
                 "ために、この勝負の10年における緊急の行動を加速させるというコミットメント"),
    dict(t=("強調", "ことを"), type="ANNOUNCE", actors=[MCS_A],
         content="摂氏1.5度の気温上昇目標を射程に入れ続けることと整合的で、カーボン・ロックインを回避し、効果的な排出削減に基づく"
                 "トランジション・ファイナンスが、ネット・ゼロ社会の達成に貢献するために必要であること"),
    # (3) Multistakeholder dialogue
    dict(t=("開催", "2024年4月"), type="MEET", actors=[], content="GFTech", date="2024-04"),
    dict(t=("開催", "事前イベントとして"), type="MEET", actors=[], content=None),
    # GUIDELINES 6.1: the head of a body acting in that role (橋本和仁・JST理事長) -> the body
    dict(t=("参加", "理事\n長が"), type="MEET", actors=[("橋本和仁", "", "科学技術振興機構")], content=None),
]
