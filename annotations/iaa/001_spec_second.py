"""Blind second reading of two regions of raw/001_b21e1c190a10bc85.txt (CRDS chapter, PDF text).

Regions: [44296, 45346) (第2項 OECD, 第1目 OECDとは, with footnotes 75-76) and
[53019, 57823) (第4目 2024年の主な動向, (1) CSTP閣僚級会合, with footnotes 88-93).
Written by hand, sentence by sentence, from the raw text, the contract and
annotations/GUIDELINES.md only; the first annotation, annotations/work/ and
annotations/tools/ were not opened and no NER/date tool was run.

Each entry is located by `001_locate.py` through its text and the string written
immediately to its LEFT in the raw text ("" = the text occurs once inside the regions).
PDF debris is written as escapes: \\ufffd (U+FFFD), \\t, \\n, \\u3000.
Canonicals of names that the whole 001 text spells out elsewhere use that spelling
(欧州連合 for EU, 研究開発戦略センター for CRDS, 日ASEAN科学技術・イノベーション協働連携事業
for NEXUS, the full STEPAN name); that was checked by grepping the raw text only.
"""

FILE = "001_b21e1c190a10bc85.txt"
PUBLISHED = "2025-03-31"
REGIONS = [[44296, 45346], [53019, 57823]]

F = "\ufffd"

# canonicals used more than once
OECD = "経済協力開発機構"
CSTP = "CSTP閣僚級会合"
RT = "日ASEAN科学技術イノベーションハイレベルラウンドテーブル"
DECL = "持続可能で包摂的な未来に向けた変革的な科学技術・イノベーション政策に関する宣言"
FRAME = "新興技術の先見的ガバナンスの枠組み"
AGENDA = "STI政策の変革アジェンダ"
APASTI = "ASEAN科学技術イノベーション行動計画"
NEXUS = "日ASEAN科学技術・イノベーション協働連携事業"
STEPAN = "Science, Engineering, Technology and Innovation Policy Asia and the Pacific Network"
JST = "科学技術振興機構"
ACC = "2025年3月3日"  # footnote access dates

# (text, left context, label, canonical)
ENTITIES = [
    # ---- region 1: 第2項 / 第1目 OECDとは
    ("経済協力開発機構", "第2項\t ", "ORG", OECD),
    ("OECD", "第2項\t 経済協力開発機構（", "ORG", OECD),
    ("OECD", "第1目\t ", "ORG", OECD),
    ("第2次世界大戦", "1961年、", "EVENT", "第2次世界大戦"),
    ("ヨーロッパ", "第2次世界大戦後の", "LOC", "欧州"),
    ("ヨーロッパ経済協力機構", "目的とした", "ORG", "ヨーロッパ経済協力機構"),
    ("OEEC", "ヨーロッパ経済協力機構（", "ORG", "ヨーロッパ経済協力機構"),
    ("経済協力開発機構", "\n\nて、", "ORG", OECD),
    (f"Organisation{F}for{F}Economic{F}Co\u2013operation{F}and{F}Development", "経済協力開発機構（", "ORG", OECD),
    ("OECD", "Development：", "ORG", OECD),
    ("OECD", "立された。", "ORG", OECD),
    ("OECD", "醸成されており、", "ORG", OECD),
    ("AI倫理原則", "OECD作成の", "DOCUMENT", "AI倫理原則"),
    ("G20", "76が", "ORG", "G20"),
    ("G7広\n島首脳コミュニケ", "このことは、", "DOCUMENT", "G7広島首脳コミュニケ"),
    ("OECD", "コミュニケにおける「", "ORG", OECD),
    ("人工知能グロー\nバルパートナーシップ", "検討し、", "ORG", "人工知能グローバルパートナーシップ"),
    ("GPAI", "パートナーシップ（", "ORG", "人工知能グローバルパートナーシップ"),
    # footnote 75
    ("STEPAN", f"75{F} ", "ORG", STEPAN),
    ("樋口義広", "", "PERSON", "樋口義広"),
    ("アジア太平洋地域における活動―④ユネスコによる科学分野での取り組み", "樋口義広「", "DOCUMENT",
     "アジア太平洋地域における活動―④ユネスコによる科学分野での取り組み"),
    ("アジア・太平洋総合研究センター", "取り組み」\n", "ORG", "アジア・太平洋総合研究センター"),
    # footnote 76
    ("OECD", f"76{F} ", "ORG", OECD),
    (f"OECD{F}AI{F}Principles", "“", "DOCUMENT", "AI倫理原則"),
    # body resumes
    ("OECD", " 「", "ORG", OECD),
    ("G7群馬高崎デジタル・技術大臣会合", "12回登場し、", "EVENT", "G7群馬高崎デジタル・技術大臣会合"),
    ("OECD", "同様に「", "ORG", OECD),
    ("OECD", "このような", "ORG", OECD),

    # ---- region 2: 第4目 2024年の主な動向 / (1) CSTP閣僚級会合
    ("CSTP閣僚級会合", "（1）\t", "EVENT", CSTP),
    ("パリ", "2024年4月、", "GPE", "パリ"),
    ("CSTP閣僚級会合", "パリで", "EVENT", CSTP),
    (f"OECD{F}Science{F}and{F}Technology{F}Policy{F}Ministerial-level{F}\nmeeting", "CSTP閣僚級会合（", "EVENT", CSTP),
    ("フランス", "開催された。", "GPE", "フランス"),
    ("オーストリア", "議長、", "GPE", "オーストリア"),
    ("コロンビア", "オーストリア、", "GPE", "コロンビア"),
    ("韓国", "コロンビア、", "GPE", "韓国"),
    ("ノルウェー", "韓国、", "GPE", "ノルウェー"),
    ("スペ\nイン", "ノルウェー、", "GPE", "スペイン"),
    ("スイス", "イン、", "GPE", "スイス"),
    ("アルゼンチン", "務め、", "GPE", "アルゼンチン"),
    ("オーストラリア", "アルゼンチン、", "GPE", "オーストラリア"),
    ("ベルギー", "オーストラリア、", "GPE", "ベルギー"),
    ("ブルガリア", "ベルギー、", "GPE", "ブルガリア"),
    ("カナダ", "ブルガリア、", "GPE", "カナダ"),
    ("チリ", "カナダ、", "GPE", "チリ"),
    ("コス\nタリカ", "チリ、", "GPE", "コスタリカ"),
    ("クロアチア", "タリカ、", "GPE", "クロアチア"),
    ("チェコ共和国", "クロアチア、", "GPE", "チェコ"),
    ("デンマーク", "チェコ共和国、", "GPE", "デンマーク"),
    ("エストニア", "デンマーク、", "GPE", "エストニア"),
    ("フィンランド", "エストニア、", "GPE", "フィンランド"),
    ("ドイツ", "フィンランド、", "GPE", "ドイツ"),
    ("ギリシャ", "ドイツ、", "GPE", "ギリシャ"),
    ("ハンガリー", "ギリシャ、", "GPE", "ハンガリー"),
    ("アイスランド", "ハンガリー、\n", "GPE", "アイスランド"),
    ("アイルランド", "アイスランド、", "GPE", "アイルランド"),
    ("イタリア", "アイルランド、", "GPE", "イタリア"),
    ("日本", "イタリア、", "GPE", "日本"),
    ("ラトビア", "日本、", "GPE", "ラトビア"),
    ("リトアニア", "ラトビア、", "GPE", "リトアニア"),
    ("ルクセンブルク", "リトアニア、", "GPE", "ルクセンブルク"),
    ("メキシコ", "ルクセンブルク、", "GPE", "メキシコ"),
    ("オランダ", "メキシコ、", "GPE", "オランダ"),
    ("ニュー\nジーランド", "オランダ、", "GPE", "ニュージーランド"),
    ("ペルー", "ジーランド、", "GPE", "ペルー"),
    ("フィリピン", "ペルー、", "GPE", "フィリピン"),
    ("ポーランド", "フィリピン、", "GPE", "ポーランド"),
    ("ポルトガル", "ポーランド、", "GPE", "ポルトガル"),
    ("ルーマニア", "ポルトガル、", "GPE", "ルーマニア"),
    ("スロバキア共和国", "ルーマニア、", "GPE", "スロバキア"),
    ("スロベニア", "スロバキア共和国、", "GPE", "スロベニア"),
    ("ス\nウェーデン", "スロベニア、", "GPE", "スウェーデン"),
    ("タイ", "ウェーデン、", "GPE", "タイ"),
    ("トルコ", "タイ、", "GPE", "トルコ"),
    ("英国", "トルコ、", "GPE", "英国"),
    ("米国", "英国、", "GPE", "米国"),
    ("EU", "米国、", "ORG", "欧州連合"),
    ("持続可能で包摂的な未来に\n向けた変革的な科学技術・イノベーション政策に関する宣言", "議論され、「", "DOCUMENT", DECL),
    ("新興技術の先見的ガバナンスの枠組み", "\nとして「", "DOCUMENT", FRAME),
    ("STI政策の変革アジェンダ", "および「", "DOCUMENT", AGENDA),
    # ○サイドイベント ①
    (RT, "①「", "EVENT", RT),
    ("文部科学省", f"90{F}\n", "ORG", "文部科学省"),
    ("ASEAN事務局", "文部科学省、", "ORG", "ASEAN事務局"),
    ("科学技術振興機構", "ASEAN事務局、", "ORG", JST),
    ("内閣府", "主催、", "ORG", "内閣府"),
    ("日本", "により開催。", "GPE", "日本"),
    ("ASEAN", "開催。日本と", "ORG", "ASEAN"),
    # ● 政策立案 (the name 「ASEAN … 科学技術イノベーション行動計画」 is cut by footnotes 88-90:
    # only the part carrying the head is tagged, with the full name as canonical)
    ("日本", "政策立案：", "GPE", "日本"),
    ("第7期科学技術イノベーション基本計画", "日本は", "DOCUMENT", "第7期科学技術イノベーション基本計画"),
    ("ASEAN", "2026-2030）、", "ORG", "ASEAN"),
    ("科学技術イノベーション行動計画", "アクセス）\n ", "DOCUMENT", APASTI),
    ("APASTI", "行動計画（", "DOCUMENT", APASTI),
    ("ASEAN", "2026-2035）」、", "ORG", "ASEAN"),
    # footnotes 88-90
    ("OECD", f"88{F} ", "ORG", OECD),
    (f"Research{F}and{F}Innovation{F}Careers{F}Observatory", f"88{F} OECD,{F}", "ORG",
     "Research and Innovation Careers Observatory"),
    ("ReICO", f"Observatory{F}（", "ORG", "Research and Innovation Careers Observatory"),
    ("OECD", f"89{F} ", "ORG", OECD),
    (f"Science{F}and{F}Technology{F}Policy{F}Ministerial-level{F}meeting", f"89{F} OECD{F}“", "EVENT", CSTP),
    ("JST", f"90{F} ", "ORG", JST),
    (RT, "JST\u3000「", "EVENT", RT),
    # ● 3つの実行可能な戦略
    ("日", "戦略：①", "GPE", "日本"),
    ("ASEAN", "戦略：①日", "ORG", "ASEAN"),
    ("NEXUS", "②「", "DOCUMENT", NEXUS),
    ("APASTI", "次期\n「", "DOCUMENT", APASTI),
    # ● STI協力の具体的分野
    ("AI", "エネルギー、", "TECHNOLOGY", "人工知能"),
    ("ロボティクス", "AI、", "TECHNOLOGY", "ロボティクス"),
    ("量子技術", "ロボティクス、", "TECHNOLOGY", "量子技術"),
    ("半導体", "量子技術、", "TECHNOLOGY", "半導体"),
    ("バイオテクノ\nロジー", "半導体、", "TECHNOLOGY", "バイオテクノロジー"),
    ("日", "重要性を強調し、", "GPE", "日本"),
    ("ASEAN", "強調し、日\n", "ORG", "ASEAN"),
    # ● NEXUS
    ("NEXUS", "●「", "DOCUMENT", NEXUS),
    ("日本", "プログラム：", "GPE", "日本"),
    (f"Networked{F}Exchange,{F}United{F}Strengths{F}for{F}Stronger{F}\nPartnerships{F}between{F}Japan{F}and{F}ASEAN",
     "日本による「", "DOCUMENT", NEXUS),
    ("NEXUS", "ASEAN（", "DOCUMENT", NEXUS),
    ("日", "投じ、\n", "GPE", "日本"),
    ("ASEAN", "投じ、\n日", "ORG", "ASEAN"),
    ("JST", "実施機関である", "ORG", JST),
    ("ASEAN", "JSTは、", "ORG", "ASEAN"),
    ("日", "理解し、", "GPE", "日本"),
    ("ASEAN", "理解し、日", "ORG", "ASEAN"),
    # ● 研究の重要性
    ("AI", "特に", "TECHNOLOGY", "人工知能"),
    ("量子技術", "AIや", "TECHNOLOGY", "量子技術"),
    # ② GFTech (a standing forum: ORG like other named fora/frameworks)
    (f"Global{F}Forum{F}on{F}Technology", "②「", "ORG", "Global Forum on Technology"),
    (f"Multistakeholder{F}High-Level{F}Dialogue{F}on{F}OECD{F}Science{F}and{F}\nTechnology{F}Policy{F}Ministerial",
     "事前イベントとして「", "EVENT",
     "Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"),
    # ○成果文書
    ("Declaration\ton\tTransformative\tScience,\tTechnology\tand\tInnovation\tPolicies\tfor\ta\tSustainable\t\n"
     "and\tInclusive\tFuture", "○成果文書\n「", "DOCUMENT", DECL),
    ("持続可能で包摂的な未来に向けた変革的な科学技術イノベーション政策に関する宣\n言", "Future（", "DOCUMENT", DECL),
    ("持続可能な開発目標", "実施：", "DOCUMENT", "持続可能な開発目標"),
    ("OECD", "目的とした、", "ORG", OECD),
    ("新興技術の先見的ガバナンスの枠組み", "OECDの「", "DOCUMENT", FRAME),
    # footnote 91
    ("OECD", f"91{F} ", "ORG", OECD),
    (f"Declaration{F}on{F}Transformative{F}Science,{F}Technology{F}and{F}Innovation{F}Policies{F}for{F}a{F}"
     f"Sustainable{F}and{F}\nInclusive{F}Future", "OECD\u3000「", "DOCUMENT", DECL),
    # ○補完的文書
    ("OECD\tAgenda\tfor\tTransformative\tScience,\tTechnology\tand\tInnovation\tPolicies", "○補完的文書\n「",
     "DOCUMENT", AGENDA),
    ("STI政策の変\n革アジェンダ", "Policies（", "DOCUMENT", AGENDA),
    ("変革アジェンダ", "【図表IX-9】 \u3000 ", "DOCUMENT", AGENDA),
    (f"OECD{F}Agenda", "出典：", "DOCUMENT", AGENDA),
    ("CRDS", "を基に", "ORG", "研究開発戦略センター"),
    ("Framework\tfor\tAnticipatory\tGovernance\tof\tEmerging\tTechnologies", "\n\n「", "DOCUMENT", FRAME),
    ("新興技術の先見的ガバナン\nスの枠組み", "Technologies（", "DOCUMENT", FRAME),
    # footnotes 92-93
    (f"OECD{F}Agenda{F}for{F}Transformative{F}Science,{F}Technology{F}and{F}Innovation{F}Policies", f"92{F} ",
     "DOCUMENT", AGENDA),
    (f"Framework{F}for{F}Anticipatory{F}Governance{F}of{F}Emerging{F}Technologies", f"93{F} ", "DOCUMENT", FRAME),
    ("先見的ガバナンスの枠組み", "推進する、", "DOCUMENT", FRAME),
]

# (text, left context, type, value, begin, end_date, mod)
DATES = [
    # region 1
    ("1961年", "", "DATE", "1961", "1961-01-01", "1961-12-31", None),
    (ACC, "topic_et_16.html（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    (ACC, f"ai-principles{F}（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    ("近年", "また", "DATE", "PAST_REF", None, None, None),
    # region 2
    ("2024年", "第4目\t ", "DATE", "2024", "2024-01-01", "2024-12-31", None),
    ("2024年4月", "", "DATE", "2024-04", "2024-04-01", "2024-04-30", None),
    ("9年ぶり", "）が", "DURATION", "P9Y", None, None, None),
    ("2023年", "議論を行った。", "DATE", "2023", "2023-01-01", "2023-12-31", None),
    ("50周年", "友好協力", "DURATION", "P50Y", None, None, None),
    ("2026-2030", "基本計画（", "DATE", "2026/2030", "2026-01-01", "2030-12-31", None),
    (ACC, "careers-observatory.html（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    (ACC, "mm24/en/sessions（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    (ACC, "240621.html（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    ("2026-2035", "APASTI：", "DATE", "2026/2035", "2026-01-01", "2035-12-31", None),
    ("5年間", "を発表。", "DURATION", "P5Y", None, None, None),
    (ACC, "OECD-LEGAL-0501（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    (ACC, "ba2aaf7b-en.html（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    (ACC, "0248ead5-en.html（", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
]

# actor mentions used repeatedly: (text, left, canonical)
A_CSTP = ("CSTP閣僚級会合", "パリで", CSTP)        # the meeting that adopted the declaration
A_RT = (RT, "①「", RT)                            # the roundtable, issuer of the bullets under it
A_JAPAN_NEXUS = ("日本", "プログラム：", "日本")
A_PAIR1 = [("日", "戦略：①", "日本"), ("ASEAN", "戦略：①日", "ASEAN")]

CHAIRS = [("フランス", "開催された。"), ("オーストリア", "議長、"), ("コロンビア", "オーストリア、"),
          ("韓国", "コロンビア、"), ("ノルウェー", "韓国、"), ("スペ\nイン", "ノルウェー、"), ("スイス", "イン、")]
PARTICIPANTS = [e for e in ENTITIES if e[2] in ("GPE", "ORG") and e[1] in {
    "務め、", "アルゼンチン、", "オーストラリア、", "ベルギー、", "ブルガリア、", "カナダ、", "チリ、", "タリカ、",
    "クロアチア、", "チェコ共和国、", "デンマーク、", "エストニア、", "フィンランド、", "ドイツ、", "ギリシャ、",
    "ハンガリー、\n", "アイスランド、", "アイルランド、", "イタリア、", "日本、", "ラトビア、", "リトアニア、",
    "ルクセンブルク、", "メキシコ、", "オランダ、", "ジーランド、", "ペルー、", "フィリピン、", "ポーランド、",
    "ポルトガル、", "ルーマニア、", "スロバキア共和国、", "スロベニア、", "ウェーデン、", "タイ、", "トルコ、",
    "英国、", "米国、"}]
CANON = {(e[0], e[1]): e[3] for e in ENTITIES}


def _ev(type_, trigger, actors, content, date=None, location=None, sentence=None):
    """sentence: None = automatic (after the previous 。, to the next 。), or (start text, left) for
    the sentence start, optionally with "eol" as a third item (a headline ending at its line end)."""
    return {"type": type_, "trigger": trigger, "actors": actors, "content": content, "date": date,
            "location": location, "sentence": sentence}


EVENTS = [
    # ---- region 1
    _ev("ESTABLISH", ("設\n立", "OECD）が"), [], "経済協力開発機構", "1961", None, ("1961年", "")),
    _ev("ADOPT", ("作成", "醸成されており、OECD"), [("OECD", "醸成されており、", OECD)], "AI倫理原則"),

    # ---- region 2: the ministerial meeting
    _ev("MEET", ("開催", "9年ぶりに"), [], "CSTP閣僚級会合", "2024-04", "パリ", ("2024年4月", "")),
    _ev("MEET", ("務め", "共同議長を"), [(t, l, CANON[(t, l)]) for t, l in CHAIRS], "CSTP閣僚級会合"),
    _ev("MEET", ("参加", "EUが"), [(t, l, c) for t, l, _, c in PARTICIPANTS], "CSTP閣僚級会合"),
    _ev("AGREE", ("採択", "閣僚宣言として"), [A_CSTP],
        "「持続可能で包摂的な未来に\n向けた変革的な科学技術・イノベーション政策に関する宣言」"),
    _ev("ANNOUNCE", ("公表", "アジェンダ」も"), [],
        "「新興技術の先見的ガバナンスの枠組み」および「STI政策の変革アジェンダ」"),
    # side event ①: roundtable
    _ev("MEET", ("開催", "共催により"),
        [("文部科学省", f"90{F}\n", "文部科学省"), ("ASEAN事務局", "文部科学省、", "ASEAN事務局"),
         ("科学技術振興機構", "ASEAN事務局、", JST), ("内閣府", "主催、", "内閣府")],
        RT, None, None, ("文部科学省", f"90{F}\n")),
    _ev("SUPPORT", ("歓迎", "さらなる深化を"), [A_RT], "協力関係のさらなる深化"),
    _ev("INTEND", ("予定", "策定する"),
        [("日本", "政策立案：", "日本"), ("ASEAN", "2026-2030）、", "ASEAN"),
         ("ASEAN加盟国", "2026-2035）」、", "ASEAN加盟国")],
        "それぞれのSTIに関す\nる中核的計画や戦略を策定"),
    _ev("ADOPT", ("策定", "STI行動計画を"), A_PAIR1, "STI行動計画"),
    _ev("ACTION", ("促進", "\n協力を"), A_PAIR1, "協力"),
    _ev("ACTION", ("促進", "応用研究の"), [A_RT], "「NEXUS」での二国間レベルでの基礎研究、地域レベルでの応用研究",
        None, None, ("②「NEXUS」", "協力を促進。")),
    _ev("ACTION", ("推進", "向けたSTI協力の"), [A_RT], "次期\n「APASTI」の策定に向けたSTI協力",
        None, None, ("③次期", "応用研究の促進。")),
    _ev("ACTION", ("推進", "分野での協力を"), [A_RT], "地域的重要性および相互利益を有する分野での協力"),
    _ev("ANNOUNCE", ("強調", "人材育成の重要性を"), [A_RT], "人材育成の重要性"),
    _ev("ACTION", ("促進", "人材交流の機会を"), [A_RT], "日\nASEAN間での人材交流の機会"),
    _ev("ANNOUNCE", ("発表", "プログラムを"), [A_JAPAN_NEXUS],
        f"「Networked{F}Exchange,{F}United{F}Strengths{F}for{F}Stronger{F}\nPartnerships{F}between{F}Japan{F}and{F}"
        f"ASEAN（NEXUS）」プログラム"),
    _ev("ACTION", ("投じ", "約1億ドルを"), [A_JAPAN_NEXUS], "約1億ドル"),
    _ev("AGREE", ("確認", "進める必要性を"), [A_RT], "基礎研究と応用研究の両方を産業界と連携して進める必要性"),
    # side event ②
    _ev("MEET", ("開催", "Ministerial」が"), [],
        f"Multistakeholder{F}High-Level{F}Dialogue{F}on{F}OECD{F}Science{F}and{F}\nTechnology{F}Policy{F}Ministerial"),
    # outcome: the declaration (bullets belong to the meeting that adopted it)
    _ev("ACTION", ("対処", "重要課題に"), [A_CSTP], "重要課題"),
    _ev("ACTION", ("継続", "必要な投資を\n"), [A_CSTP], "必要な投資"),
    _ev("ACTION", ("促進", "インセンティブを"), [A_CSTP], "民間部門が官民パートナーシップに取り組むインセンティブ"),
    _ev("ACTION", ("促進", "クセスを"), [A_CSTP], "教育への公平で包括的なア\nクセス"),
    _ev("ACTION", ("強化", "共通の価値観の"), [A_CSTP], "国際協力と技術ガバナンスにおける共通の価値観"),
    _ev("ACTION", ("推進", "研究イノベーション基盤の"), [A_CSTP], "責任ある研究イノベーション基盤"),
    _ev("ACTION", ("推進", "実践、国際協力の"), [A_CSTP], "国際協力"),
    _ev("SUPPORT", ("歓迎", "ガバナンスの枠組み」を"), [A_CSTP], "OECDの「新興技術の先見的ガバナンスの枠組み」"),
    _ev("ACTION", ("向上", "包摂性の"), [A_CSTP], "科学、技術、イノベーションの包摂性"),
    _ev("ACTION", ("促進", "関与の"), [A_CSTP], "科学・研究への市民社会との関与"),
    _ev("ACTION", ("推進", "セシビリティの"), [A_CSTP], "多様性やアク\nセシビリティ"),
    _ev("ACTION", ("強化", "エビデンス基盤の"), [A_CSTP], "STI戦略と政策立案のためのエビデンス基盤"),
    _ev("ACTION", ("促進", "公式データの"), [A_CSTP], "信頼性が高く国際比較可能な公式データ"),
    _ev("ACTION", ("推進", "戦略的予測システムの"), [A_CSTP], "評価メカニズムと戦略的予測システム"),
    # footnote 90 (a press-release title: headline)
    _ev("MEET", ("開催", "ラウンドテーブル」を"), [("JST", f"90{F} ", JST)], RT, None, None,
        (f"90{F} JST", "\n", "eol")),
    # the framework
    _ev("ADOPT", ("策定", "枠組みが"), [], "先見的ガバナンスの枠組み"),
]
