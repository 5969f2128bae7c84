"""Gold spec, raw/001_b21e1c190a10bc85.txt, part B: the QUAD section and two OECD passages.

Written by reading the text sentence by sentence (no NER or date tool). Each
item is (context with the mention marked ⟦…⟧, ...); see build_partB.py for the
context notation (" " = any PDF spacing incl. newline, "⏎" = one newline).
Decisions are noted where they are taken; the list of hard cases is in the
report and repeated at the bottom of this file.
"""

FILE = "001_b21e1c190a10bc85.txt"
# No dateline in the chapter: a CRDS FY2024 report (CRDS-FY2024-FR-09) of 2025 whose
# footnotes were accessed 2025年3月3日; published at the end of FY2024.
PUBLISHED = "2025-03-31"
PUBLISHED_NOTE = ("no dateline; CRDS-FY2024-FR-09 (2025), access dates 2025-03-03; "
                  "taken as the end of FY2024, 2025-03-31")

# [第3項 QUAD, 第4項), [第2項 OECD, 第2目 加盟国拡大), [第4目 2024年の主な動向, （2） OECD閣僚理事会)
REGIONS = [[20617, 25558], [44296, 45346], [53019, 57823]]

# page furniture inside the regions: running footer/header, side tab letters, page number, link debris
FURNITURE = [("⟦362 CRDS-FY2024-FR-09CRDS⟧",
              "⟦https://www.mofa.go.jp/mofaj/files/100506949.pdf⟧⏎⏎⏎➡気候")]

# words to audit for missed mentions besides every annotated surface
WATCH = ["日", "米", "豪", "印", "インド太平洋", "ASEAN", "OECD", "AI", "年", "月"]

# canonicals
QUAD, JP, US, AU, IN = "QUAD", "日本", "米国", "オーストラリア", "インド"
OECD, ASEAN, JST, AI = "経済協力開発機構", "ASEAN", "科学技術振興機構", "人工知能"
IP, CRDS = "インド太平洋", "研究開発戦略センター"
SUMMIT = "日米豪印首脳会合"
CSTP_MTG = "CSTP閣僚級会合"  # as part A
DECL = "持続可能で包摂的な未来に向けた変革的な科学技術・イノベーション政策に関する宣言"
AGENDA = "STI政策の変革アジェンダ"
FRAME = "新興技術の先見的ガバナンスの枠組み"
NEXUS = "NEXUS"
ENGAGE = "AI-ENGAGE"

G, O, Lc, D, E, T, P = "GPE", "ORG", "LOC", "DOCUMENT", "EVENT", "TECHNOLOGY", "PERSON"

ENTITIES = [
    # ---------------- 第3項 QUAD ----------------
    ("第3項 ⟦QUAD⟧⏎", O, QUAD),
    ("第1目 ⟦QUAD⟧とは", O, QUAD),
    ("⟦安倍晋三⟧首相", P, "安倍晋三"),
    ("（当時）が⟦日本⟧、", G, JP),
    ("日本、⟦米国⟧、オー", G, US),
    ("米国、⟦オーストラリア⟧、インド", G, AU),
    ("オーストラリア、⟦インド⟧の4か国", G, IN),
    # 「自由で開かれたインド太平洋」: a concept (not DOCUMENT, cf. 人類運命共同体); the region inside is LOC
    ("「自由で開かれた⟦インド太平洋⟧」の実現", Lc, IP),
    # footnotes 32-34 (annotated like body text)
    ("32 ⟦経産省⟧「G20", O, "経済産業省"),
    ("「⟦G20エネルギー移行大臣会合⟧」", E, "G20エネルギー移行大臣会合"),
    ("33 ⟦外務省⟧ “G20", O, "外務省"),
    ("“⟦G20 Energy Transitions Ministers’ Meeting Outcome Document and Chair’s Summary⟧,”", D,
     "G20 Energy Transitions Ministers’ Meeting Outcome Document and Chair’s Summary"),
    ("34 ⟦首相官邸⟧「2022年", O, "首相官邸"),
    ("24日 ⟦日米豪印首脳会合⟧の概要", E, SUMMIT),
    # 図表IX-2
    ("近年の⟦QUAD⟧の主な動き", O, QUAD),
    ("緊迫化する⟦ウクライナ⟧情勢", G, "ウクライナ"),
    ("数か月以内に⟦東京⟧で", G, "東京"),
    ("⏎⏎⟦東京⟧で首脳会合", G, "東京"),
    ("首脳会合：⟦ウクライナ⟧情勢が", G, "ウクライナ"),
    ("ウクライナ情勢が⟦インド太平洋地域⟧に及ぼす", Lc, IP),
    ("とりわけ⟦インド太平洋地⏎域⟧で許して", Lc, IP),
    ("⟦日米豪印⟧は、インド太平洋地域諸国", O, QUAD),
    ("日米豪印は、⟦インド太平洋地域⟧諸国", Lc, IP),
    ("⟦広島⟧で首脳会合", G, "広島"),
    ("⟦G7広島サミット⟧に合わせて", E, "G7広島サミット"),
    ("重点を置き、⟦インド太平洋地域⟧の⏎発展", Lc, IP),
    ("2024年9月⏎⟦米国⟧で首脳会談", G, US),
    ("首脳会談：⟦インド太平洋地域⟧および", Lc, IP),
    ("出典：⟦首相官邸⟧HP", O, "首相官邸"),
    ("資料を基に⟦CRDS⟧作成", O, CRDS),
    # 第2目 STI政策への取り組み
    ("2024年、⟦人工知能⟧・ロボティクス", T, AI),
    ("人工知能・⟦ロボティクス⟧・センシング", T, "ロボティクス"),
    ("ロボティクス・⟦センシング⟧などの", T, "センシング"),
    # AI-ENGAGE: Japanese name, acronym, English expansion = one canonical (QUAD inside the name is not tagged)
    ("「⟦Advancing Innovation⏎に関するQUAD科学技術協力⟧（AI-ENGAGE：", D, ENGAGE),
    ("科学技術協力（⟦AI-ENGAGE⟧：Advancing", D, ENGAGE),
    ("AI-ENGAGE：⟦Advancing Innovations for Empowering NextGen ⏎AGriculturE⟧）36,37", D, ENGAGE),
    ("ても、⟦AI⟧を活用した多様", T, AI),
    ("議題に上がり、⟦QUAD⟧の本来の主眼", O, QUAD),
    ("（2） ⟦QUADフェローシップ⟧38", D, "QUADフェローシップ"),
    ("38⏎⏎⟦QUADフェローシップ⟧は、", D, "QUADフェローシップ"),
    ("⟦米国国際教育研究所⟧（IIE）", O, "米国国際教育研究所"),
    ("米国国際教育研究所（⟦IIE⟧）", O, "米国国際教育研究所"),
    # Decision: standalone 日米豪印 is the Japanese name of QUAD (日米豪印（QUAD） in fn 36):
    # one ORG mention, canonical QUAD; no one-character GPE mentions inside it (no nesting).
    ("第1期は、⟦日米豪印⟧のSTEM", O, QUAD),
    ("範囲を⟦ASEAN⟧諸国にも", O, ASEAN),
    ("広げており、⟦QUAD⟧⏎⏎35", O, QUAD),
    # footnotes 35-38
    ("35 ⟦The White House⟧,", O, "The White House"),
    ("“⟦Quad Leaders’ Summit Fact Sheet⟧,”", D, "Quad Leaders’ Summit Fact Sheet"),
    ("36 ⟦内閣府⟧ 「Advancing", O, "内閣府"),
    # interrupted by the alias bracket; the whole programme name is one DOCUMENT (containing name wins)
    ("「⟦Advancing Innovationに関する日米豪印（QUAD）科学技術協力⟧（AI-ENGAGE）」", D, ENGAGE),
    ("科学技術協力（⟦AI-ENGAGE⟧）」", D, ENGAGE),
    ("37 ⟦JST⟧ 「AI-ENGAGE", O, JST),
    ("JST 「⟦AI-ENGAGE⟧（日米豪印", D, ENGAGE),
    ("AI-ENGAGE（⟦日米豪印⟧4か国", O, QUAD),
    ("38 ⟦QUAD FELLOWSHIP⟧ ", D, "QUADフェローシップ"),
    # （3） QUIN
    ("（3） ⟦日米豪印投資家ネットワーク⟧（QUIN:", O, "日米豪印投資家ネットワーク"),
    ("ネットワーク（⟦QUIN⟧: Quad", O, "日米豪印投資家ネットワーク"),
    ("QUIN: ⟦Quad Investors Network⟧）39", O, "日米豪印投資家ネットワーク"),
    ("39⏎⏎⟦QUAD⟧加盟国", O, QUAD),
    ("革新的な⟦インド太平洋地域⟧を創出", Lc, IP),
    ("2023年、⟦インド⟧のイプシロン", G, IN),
    # 社 is a generic suffix here (fn 40 writes the name without it)
    ("2023年、インドの⟦イプシロン・アドバンスト・マテリアルズ⟧社", O, "イプシロン・アドバンスト・マテリアルズ"),
    ("受け、⟦米⟧ノースカロライナ州", G, US),
    ("米⟦ノースカロライナ州⟧に", G, "ノースカロライナ州"),
    # 第3目 2024年の主な動向
    ("（1） ⟦QUAD首脳会合⟧⏎", E, SUMMIT),
    ("2024年9月、⟦米国⟧のホスト", G, US),
    ("⟦岸田⟧首相、アンソニー", P, "岸田"),
    ("⟦アンソニー・アルバニージー⟧・オーストラリア首相", P, "アンソニー・アルバニージー"),
    ("アルバニージー・⟦オーストラリア⟧首相", G, AU),
    ("⟦ナレン⏎ドラ・モディ⟧・インド首相", P, "ナレンドラ・モディ"),
    ("モディ・⟦インド⟧首相", G, IN),
    ("⟦ジョセフ・バイデン⟧米国大統領", P, "バイデン"),  # canonical as part A
    ("バイデン⟦米国⟧大統領", G, US),
    ("出席し、⟦日米豪印首脳会合⟧が開催され", E, SUMMIT),
    ("「⟦日米豪印首脳共同声明⟧」が発表", D, "日米豪印首脳共同声明"),
    ("自由で開かれた⟦インド太平洋⟧への揺るぎない", Lc, IP),
    ("● ⟦インド太平洋に関するASEANアウトルック⟧（AOIP", D, "インド太平洋に関するASEANアウトルック"),
    ("ASEANアウトルック（⟦AOIP⟧：2019年", D, "インド太平洋に関するASEANアウトルック"),
    ("● ⟦太平洋島嶼国⟧との協力", Lc, "太平洋島嶼国"),
    ("⟦太平洋諸島フォーラム⟧（PIF）", O, "太平洋諸島フォーラム"),
    ("太平洋諸島フォーラム（⟦PIF⟧）", O, "太平洋諸島フォーラム"),
    ("（PIF）の「⟦2050年戦略⟧」", D, "2050年戦略"),
    ("● ⟦インド洋地域⟧における協力強化", Lc, "インド洋"),
    ("確認。⟦インド太平洋に関するIORAアウトルック⟧（2022年", D, "インド太平洋に関するIORAアウトルック"),
    ("にお⏎ける⟦インド⟧のリーダーシップ", G, IN),
    ("健康安全保障：⟦インド太平洋地域⟧の命を", Lc, IP),
    ("パートナーシップとして⟦日米豪印がんムーン⏎ショット⟧を発表", D, "日米豪印がんムーンショット"),
    ("実績がある⟦日米豪印⟧が、子宮頸がん", O, QUAD),
    ("海洋安全保障：⟦インド太平洋地域⟧の監視", Lc, IP),
    ("取り組みとして⟦インド太平洋海洋トレーニング・⏎イニシアティブ⟧（MAITRI）",
     D, "インド太平洋海洋トレーニング・イニシアティブ"),
    ("イニシアティブ（⟦MAITRI⟧）", D, "インド太平洋海洋トレーニング・イニシアティブ"),
    ("海上における⟦日米豪印シップ・オブザーバー・ミッション⟧の立ち上げ", D, "日米豪印シップ・オブザーバー・ミッション"),
    ("⟦イン⏎ド太平洋⟧全域", Lc, IP),
    ("支援するために⟦日米豪印⟧の専門性", O, QUAD),
    ("用する⟦日米豪印港湾の未来パートナーシップ⟧を発表", D, "日米豪印港湾の未来パートナーシップ"),
    ("➡重要・新興技術：⟦東南アジア⟧での", Lc, "東南アジア"),
    ("追加的な⟦オープンRAN⟧プロジェクト", T, "オープンRAN"),
    # a named Quad network: ORG; 半導体 inside it is not tagged (containing name wins)
    ("歓迎。⟦半導体サプライ⏎チェーン緊急時ネットワーク⟧に関する", O, "半導体サプライチェーン緊急時ネットワーク"),
    ("関する⟦日米豪印⟧諸国間", O, QUAD),
    ("共同で、⟦AI⟧を駆使", T, AI),
    ("資金供与メカニズムとして⟦日米豪印バイオ探査イニシア⏎ティブ⟧の立上げ", D, "日米豪印バイオ探査イニシアティブ"),
    # footnotes 39-41
    ("39 ⟦QUIN⟧ ", O, "日米豪印投資家ネットワーク"),
    ("40 ⟦Business wire⟧「", O, "Business wire"),
    ("「⟦クアッド・インベスターズ・ネットワーク⟧、", O, "日米豪印投資家ネットワーク"),
    ("ネットワーク、⟦インド⟧のイプシロン", G, IN),
    ("ネットワーク、インドの⟦イプシロン・アドバンスト・マテリアルズ⟧の6億", O, "イプシロン・アドバンスト・マテリアルズ"),
    ("ド⏎ルの⟦米国⟧投資に", G, US),
    ("41 ⟦外務省⟧「日米豪印", O, "外務省"),
    ("外務省「⟦日米豪印首脳会合⟧」", E, SUMMIT),
    ("アクセス） ⏎⟦外務省⟧ “Quad", O, "外務省"),
    ("“⟦Quad Leaders’ Vision Statement – Enduring Partners for the Indo-Pacific⟧”", D,
     "Quad Leaders’ Vision Statement – Enduring Partners for the Indo-Pacific"),
    # after the page break
    ("強調し、⟦日米豪印気候変動適応・緩和パッケージ⟧（Q-CHAMP）", D, "日米豪印気候変動適応・緩和パッケージ"),
    ("パッケージ（⟦Q-CHAMP⟧）", D, "日米豪印気候変動適応・緩和パッケージ"),
    ("促進のため、⟦インド太平洋⟧のパートナー", Lc, IP),
    ("➡宇宙：⟦インド太平洋⟧における", Lc, IP),

    # ---------------- 第2項 OECD（第1目） ----------------
    ("第2項 ⟦経済協力開発機構⟧（OECD）", O, OECD),
    ("第2項 経済協力開発機構（⟦OECD⟧）", O, OECD),
    ("第1目 ⟦OECD⟧とは", O, OECD),
    ("1961年、⟦第2次世界大戦⟧後", E, "第2次世界大戦"),
    ("戦後の⟦ヨーロッパ⟧復興", Lc, "欧州"),
    ("目的とした⟦ヨーロッパ経済協力機構⟧（OEEC）", O, "ヨーロッパ経済協力機構"),
    ("ヨーロッパ経済協力機構（⟦OEEC⟧）", O, "ヨーロッパ経済協力機構"),
    ("て、⟦経済協力開発機構⟧（Organisation", O, OECD),
    ("（⟦Organisation for Economic Co–operation and Development⟧：OECD）", O, OECD),
    ("Development：⟦OECD⟧）が設", O, OECD),
    ("立された。⟦OECD⟧は、1,900人", O, OECD),
    ("醸成されており、⟦OECD⟧作成の", O, OECD),
    ("OECD作成の⟦AI倫理原則⟧ 76", D, "OECD AI Principles"),
    ("76が⟦G20⟧の首脳決議", O, "G20"),
    ("このことは、⟦G7広⏎島首脳コミュニケ⟧における", D, "G7広島首脳コミュニケ"),
    ("における「⟦OECD⟧などの国際機関", O, OECD),
    ("⟦人工知能グロー⏎バルパートナーシップ⟧（GPAI）", O, "人工知能グローバルパートナーシップ"),
    ("パートナーシップ（⟦GPAI⟧）", O, "人工知能グローバルパートナーシップ"),
    # footnotes 75, 76
    ("75 ⟦STEPAN⟧ HP", O, "STEPAN"),
    ("stepan.org/ ⟦樋口義広⟧「", P, "樋口義広"),
    ("樋口義広「⟦アジア太平洋地域⟧における活動", Lc, "アジア・太平洋"),
    ("④⟦ユネスコ⟧による", O, "国際連合教育科学文化機関"),  # GUIDELINES 6.4: the fullest form 001 writes
    ("」⏎⟦アジア・太平洋総合研究センター⟧ ", O, "アジア・太平洋総合研究センター"),
    ("76 ⟦OECD⟧, “OECD", O, OECD),
    ("“⟦OECD AI Principles⟧ overview", D, "OECD AI Principles"),
    # the word 「OECD」 quoted as a word still names the organisation
    ("アクセス）⏎ 「⟦OECD⟧」という語", O, OECD),
    ("⟦G7群馬高崎デジタル・技術大臣会合⟧の閣僚宣言", E, "G7群馬高崎デジタル・技術大臣会合"),
    ("同様に「⟦OECD⟧」⏎が計17回", O, OECD),
    ("このような⟦OECD⟧の活動", O, OECD),

    # ---------------- 第4目 2024年の主な動向（OECD） ----------------
    ("（1） ⟦CSTP閣僚級会合⟧⏎", E, CSTP_MTG),
    ("2024年4月、⟦パリ⟧で", G, "パリ"),
    ("パリで⟦CSTP閣僚級会合⟧（OECD", E, CSTP_MTG),
    ("（⟦OECD Science and Technology Policy Ministerial-level ⏎meeting⟧）が9年ぶり", E, CSTP_MTG),
    ("⟦フランス⟧が議長", G, "フランス"),
    ("議長、⟦オーストリア⟧、", G, "オーストリア"),
    ("⟦コロンビア⟧、韓国", G, "コロンビア"),
    ("コロンビア、⟦韓国⟧、", G, "韓国"),
    ("⟦ノルウェー⟧、スペ", G, "ノルウェー"),
    ("⟦スペ⏎イン⟧、スイス", G, "スペイン"),
    ("⟦スイス⟧が共同議長", G, "スイス"),
    ("⟦アルゼンチン⟧、", G, "アルゼンチン"),
    ("アルゼンチン、⟦オーストラリア⟧、", G, AU),
    ("⟦ベルギー⟧、", G, "ベルギー"),
    ("⟦ブルガリア⟧、", G, "ブルガリア"),
    ("⟦カナダ⟧、", G, "カナダ"),
    ("⟦チリ⟧、コス", G, "チリ"),
    ("⟦コス⏎タリカ⟧、", G, "コスタリカ"),
    ("⟦クロアチア⟧、", G, "クロアチア"),
    ("⟦チェコ共和国⟧、", G, "チェコ"),
    ("⟦デンマーク⟧、", G, "デンマーク"),
    ("⟦エストニア⟧、", G, "エストニア"),
    ("⟦フィンランド⟧、", G, "フィンランド"),
    ("⟦ドイツ⟧、", G, "ドイツ"),
    ("⟦ギリシャ⟧、", G, "ギリシャ"),
    ("⟦ハンガリー⟧、", G, "ハンガリー"),
    ("⟦アイスランド⟧、", G, "アイスランド"),
    ("⟦アイルランド⟧、", G, "アイルランド"),
    ("⟦イタリア⟧、", G, "イタリア"),
    ("イタリア、⟦日本⟧、", G, JP),
    ("⟦ラトビア⟧、", G, "ラトビア"),
    ("⟦リトアニア⟧、", G, "リトアニア"),
    ("⟦ルクセンブルク⟧、", G, "ルクセンブルク"),
    ("⟦メキシコ⟧、", G, "メキシコ"),
    ("⟦オランダ⟧、", G, "オランダ"),
    ("⟦ニュー⏎ジーランド⟧、", G, "ニュージーランド"),
    ("⟦ペルー⟧、", G, "ペルー"),
    ("⟦フィリピン⟧、", G, "フィリピン"),
    ("⟦ポーランド⟧、", G, "ポーランド"),
    ("⟦ポルトガル⟧、", G, "ポルトガル"),
    ("⟦ルーマニア⟧、", G, "ルーマニア"),
    ("⟦スロバキア共和国⟧、", G, "スロバキア"),
    ("⟦スロベニア⟧、", G, "スロベニア"),
    ("⟦ス⏎ウェーデン⟧、", G, "スウェーデン"),
    ("⟦タイ⟧、トルコ", G, "タイ"),
    ("タイ、⟦トルコ⟧、", G, "トルコ"),
    ("トルコ、⟦英国⟧、", G, "英国"),
    ("英国、⟦米国⟧、EU", G, US),
    ("米国、⟦EU⟧が参加", O, "欧州連合"),  # GUIDELINES 6.4: 001 writes 欧州連合（EU）
    ("「⟦持続可能で包摂的な未来に⏎向けた変革的な科学技術・イノベーション政策に関する宣言⟧」を閣僚宣言", D, DECL),
    ("「⟦新興技術の先見的ガバナンスの枠組み⟧」および", D, FRAME),
    ("および「⟦STI政策の変革アジェンダ⟧」も公表", D, AGENDA),
    # side event
    ("①「⟦日ASEAN科学技術イノベーションハイレベルラウンドテーブル⟧」90",
     E, "日ASEAN科学技術イノベーションハイレベルラウンドテーブル"),
    ("⟦文部科学省⟧、ASEAN事務局", O, "文部科学省"),
    ("文部科学省、⟦ASEAN事務局⟧、", O, "ASEAN事務局"),
    ("ASEAN事務局、⟦科学技術振興機構⟧の主催", O, JST),
    ("主催、⟦内閣府⟧の共催", O, "内閣府"),
    ("開催。⟦日本⟧とASEAN", G, JP),
    ("開催。日本と⟦ASEAN⟧の", O, ASEAN),
    ("政策立案：⟦日本⟧は第7期", G, JP),
    ("日本は⟦第7期科学技術イノベーション基本計画⟧（2026-2030）", D, "第7期科学技術イノベーション基本計画"),
    ("（2026-2030）、⟦ASEAN⟧は次期", O, ASEAN),
    # the plan's name 「ASEAN科学技術イノベーション行動計画」 is cut by the footnote block 88-90:
    # ASEAN before the break is an ORG mention, the rest of the name a DOCUMENT mention
    ("ASEANは次期「⟦ASEAN⟧⏎⏎88", O, ASEAN),
    ("アクセス）⏎ ⟦科学技術イノベーション行動計画⟧（APASTI", D, "ASEAN科学技術イノベーション行動計画"),
    ("行動計画（⟦APASTI⟧：2026-2035）", D, "ASEAN科学技術イノベーション行動計画"),
    ("2026-2035）」、⟦ASEAN⟧加盟国", O, ASEAN),
    ("①⟦日⟧ASEAN間で", G, JP),
    ("①日⟦ASEAN⟧間で", O, ASEAN),
    ("②「⟦NEXUS⟧」での", D, NEXUS),
    ("次期⏎「⟦APASTI⟧」の策定", D, "ASEAN科学技術イノベーション行動計画"),
    ("エネルギー、⟦AI⟧、ロボティクス", T, AI),
    ("AI、⟦ロボティクス⟧、量子技術", T, "ロボティクス"),
    ("ロボティクス、⟦量子技術⟧、半導体", T, "量子技術"),
    ("量子技術、⟦半導体⟧、バイオテクノ", T, "半導体"),
    ("半導体、⟦バイオテクノ⏎ロジー⟧など", T, "バイオテクノロジー"),
    ("強調し、⟦日⟧⏎ASEAN間での人材", G, JP),
    ("強調し、日⏎⟦ASEAN⟧間での人材", O, ASEAN),
    ("●「⟦NEXUS⟧」プログラム", D, NEXUS),
    ("プログラム：⟦日本⟧による", G, JP),
    ("「⟦Networked Exchange, United Strengths for Stronger ⏎Partnerships between Japan and ASEAN⟧（NEXUS）」",
     D, NEXUS),
    ("Japan and ASEAN（⟦NEXUS⟧）」", D, NEXUS),
    ("を投じ、⏎⟦日⟧ASEANの協力深化", G, JP),
    ("を投じ、⏎日⟦ASEAN⟧の協力深化", O, ASEAN),
    ("実施機関である⟦JST⟧は、", O, JST),
    ("JSTは、⟦ASEAN⟧加盟国", O, ASEAN),
    ("理解し、⟦日⟧ASEAN双方", G, JP),
    ("理解し、日⟦ASEAN⟧双方", O, ASEAN),
    ("特に⟦AI⟧や量子技術", T, AI),
    ("特にAIや⟦量子技術⟧といった", T, "量子技術"),
    ("②「⟦Global Forum on Technology⟧」", E, "Global Forum on Technology"),
    ("「⟦Multistakeholder High-Level Dialogue on OECD Science and ⏎Technology Policy Ministerial⟧」が開催",
     E, "Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"),
    ("○成果文書⏎「⟦Declaration on Transformative Science, Technology and Innovation Policies for a Sustainable ⏎and Inclusive Future⟧（",
     D, DECL),
    ("Inclusive Future（⟦持続可能で包摂的な未来に向けた変革的な科学技術イノベーション政策に関する宣⏎言⟧）」91", D, DECL),
    ("⟦持続可能な開発目標⟧の達成", D, "SDGs"),  # canonical as part A and the guidelines' example
    ("目的とした、⟦OECD⟧の「新興技術", O, OECD),
    ("OECDの「⟦新興技術の先見的ガバナンスの枠組み⟧」を歓迎", D, FRAME),
    # footnotes 88-93
    ("88 ⟦OECD⟧, Research", O, OECD),
    ("OECD, ⟦Research and Innovation Careers Observatory⟧ （ReICO）", O, "Research and Innovation Careers Observatory"),
    ("Observatory （⟦ReICO⟧）", O, "Research and Innovation Careers Observatory"),
    ("89 ⟦OECD⟧ “Science", O, OECD),
    ("89 OECD “⟦Science and Technology Policy Ministerial-level meeting⟧ all session”", E, CSTP_MTG),
    ("90 ⟦JST⟧ 「日ASEAN", O, JST),
    ("90 JST 「⟦日ASEAN科学技術イノベーションハイレベルラウンドテーブル⟧」を開催",
     E, "日ASEAN科学技術イノベーションハイレベルラウンドテーブル"),
    ("91 ⟦OECD⟧ 「Declaration", O, OECD),
    ("91 OECD 「⟦Declaration on Transformative Science, Technology and Innovation Policies for a Sustainable and ⏎Inclusive Future⟧」",
     D, DECL),
    ("○補完的文書⏎「⟦OECD Agenda for Transformative Science, Technology and Innovation Policies⟧（STI政策",
     D, AGENDA),
    ("Innovation Policies（⟦STI政策の変⏎革アジェンダ⟧）」92", D, AGENDA),
    ("【図表IX-9】 ⟦変革アジェンダ⟧の目標", D, AGENDA),
    ("出典：⟦OECD Agenda⟧のFigure", D, AGENDA),
    ("を基に⟦CRDS⟧作成⏎⏎「Framework", O, CRDS),
    ("「⟦Framework for Anticipatory Governance of Emerging Technologies⟧（新興技術", D, FRAME),
    ("Emerging Technologies（⟦新興技術の先見的ガバナン⏎スの枠組み⟧）」93", D, FRAME),
    ("推進する、⟦先見的ガバナンスの枠組み⟧が策定", D, FRAME),
    ("92 ⟦OECD Agenda for Transformative Science, Technology and Innovation Policies⟧ ", D, AGENDA),
    ("93 ⟦Framework for Anticipatory Governance of Emerging Technologies⟧ ", D, FRAME),
]

DATES = [
    # (context, type, value, mod[, nth])
    ("⏎⟦2006年⟧、安倍", "DATE", "2006", None),
    # （当時） "at that time": anaphora on the last date, 2006
    ("首相（⟦当時⟧）", "DATE", "2006", None),
    ("。⟦これまで⟧の経緯", "DATE", "PAST_REF", None),
    ("20241007001.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("100531644.pdf （⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("首相官邸「⟦2022年5月24日⟧ 日米豪印", "DATE", "2022-05-24", None),
    ("tokyo2022/index_j.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("⟦近年⟧のQUADの主な動き", "DATE", "PAST_REF", None),
    ("⏎⏎⟦2021年3月⟧ 初となる", "DATE", "2021-03", None),
    ("⏎⏎⟦2021年9月⟧⏎初の対面", "DATE", "2021-09", None),
    ("⏎⏎⟦2022年3月⟧ 首脳テレビ会議", "DATE", "2022-03", None),
    # "within a few months": a duration of unknown length; TIMEX3 would write PXM, the gold
    # checks accept only P<n><unit>, so the value is null (as part A's 9か月～12か月前)
    ("また⟦数か月以内⟧に東京で", "DURATION", None, None),
    ("⏎⏎⟦2022年5月⟧⏎⏎東京", "DATE", "2022-05", None),
    ("⏎⟦2023年5月⟧⏎広島", "DATE", "2023-05", None),
    ("⏎⟦2024年9月⟧⏎米国で首脳会談", "DATE", "2024-09", None),
    ("⟦2023年⟧の首脳会合において", "DATE", "2023", None),
    ("これを受け、⟦2024年⟧、人工知能", "DATE", "2024", None),
    ("⟦2024年⟧の首脳会合におい⏎ても", "DATE", "2024", None),
    ("⟦2023年⟧開始の第1期", "DATE", "2023", None),
    ("⟦2024年⟧開始の第2期", "DATE", "2024", None),
    ("fact-sheet/（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("paper3_4.pdf（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("a_koubo/202409/index.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("www.quadfellowship.org/（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("⟦2023年⟧、インドのイプシロン", "DATE", "2023", None),
    ("第3目 ⟦2024年⟧の主な動向", "DATE", "2024", None),
    ("⏎⏎⟦2024年9月⟧、米国のホスト", "DATE", "2024-09", None),
    ("（AOIP：⟦2019年6月⟧）", "DATE", "2019-06", None),
    # year inside a name is a DATE item too
    ("の「⟦2050年⟧戦略」", "DATE", "2050", None),
    ("IORAアウトルック（⟦2022年11月⟧）", "DATE", "2022-11", None),
    ("促進のため、⟦2025年⟧⏎史上初", "DATE", "2025", None),
    ("quadinvestorsnetwork.org/（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("20231114018863/ja/（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("page1_001702_00001.html （⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("100506949.pdf （⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    # OECD 第1目
    ("⏎⟦1961年⟧、第2次世界大戦", "DATE", "1961", None),
    ("topic_et_16.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("ai-principles （⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("また⟦近年⟧では", "DATE", "PAST_REF", None),
    # OECD 第4目
    ("第4目 ⟦2024年⟧の主な動向", "DATE", "2024", None),
    ("⏎⏎⟦2024年4月⟧、パリで", "DATE", "2024-04", None),
    ("が⟦9年ぶり⟧に開催", "DURATION", "P9Y", None),
    ("⟦2023年⟧の友好協力", "DATE", "2023", None),
    # the 50th anniversary of friendship and cooperation: a count of years, like 9年連続
    ("友好協力⟦50周年⟧を契機", "DURATION", "P50Y", None),
    ("基本計画（⟦2026-2030⟧）", "DATE", "2026/2030", None),
    ("（APASTI：⟦2026-2035⟧）", "DATE", "2026/2035", None),
    ("⟦5年間⟧で約1億ドル", "DURATION", "P5Y", None),
    ("careers-observatory.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("mm24/en/sessions（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("2024/240621.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("OECD-LEGAL-0501（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("policies_ba2aaf7b-en.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
    ("technologies_0248ead5-en.html（⟦2025年3月3日⟧アクセス）", "DATE", "2025-03-03", None),
]

# ---- events ----
# actor contexts reused below
A_QUAD_HEAD = "第1目 ⟦QUAD⟧とは"              # topic of 第1目
A_QUAD_FIG = "近年の⟦QUAD⟧の主な動き"           # topic of every row of 図表IX-2
A_QUAD_2022 = "⟦日米豪印⟧は、インド太平洋地域諸国"
# the 2024 summit: a meeting that decides, with the body named in it -> canonical QUAD;
# the bullets under 「日米豪印首脳共同声明」…以下の通り belong to it
A_SUMMIT24 = "出席し、⟦日米豪印首脳会合⟧が開催され"
A_STMT24 = "「⟦日米豪印首脳共同声明⟧」が発表"   # issuer of the bullets (like part A's G7 communiqué bullets)
A_KISHIDA = ("⟦岸田⟧首相、アンソニー", JP)
A_ALBANESE = ("⟦アンソニー・アルバニージー⟧・オーストラリア首相", AU)
A_MODI = ("⟦ナレン⏎ドラ・モディ⟧・インド首相", IN)
A_BIDEN = ("⟦ジョセフ・バイデン⟧米国大統領", US)
# CSTP ministerial: the declaration is adopted by the meeting; OECD named in its name
A_CSTP = ("パリで⟦CSTP閣僚級会合⟧（OECD", OECD)
# bullets under ○成果文書 belong to the declaration (its issuer: the ministerial, OECD)
A_DECL = ("Inclusive Future（⟦持続可能で包摂的な未来に向けた変革的な科学技術イノベーション政策に関する宣⏎言⟧）」91", OECD)
# roundtable: the two parties whose cooperation it discussed (日本とASEANのSTI協力)
A_RT = [("開催。⟦日本⟧とASEAN", JP), ("開催。日本と⟦ASEAN⟧の", ASEAN)]


def q(ctx):
    return (ctx, QUAD)


EVENTS = [
    # ---- QUADとは ----
    dict(type="ACTION", at="実践的な協力を⟦進め⟧てきており", actors=[q(A_QUAD_HEAD)],
         content="ワクチン、インフラ、気候変動、重要・新興技術などの幅広い分野で実践的な協力"),
    # ---- 図表IX-2 ----
    # GUIDELINES 6.2: the rows of 図表IX-2 are headlines; the holding of a meeting in a headline
    # with no agent written has no actor (like ■CSTP総会開催： in part E), though the acts
    # reported after the colon keep the figure's topic QUAD
    dict(type="MEET", at="首脳テレビ会議を⟦開催⟧：", actors=[],
         content="初となる首脳テレビ会議", date="2021-03"),
    dict(type="AGREE", at="立ち上げることで⏎⟦一致⟧。", actors=[q(A_QUAD_FIG)],
         content="ワクチン､ 重要・新興技術､ 気候変動の作業部会を立ち上げること", date="2021-03"),
    # light verb 実施 passes the trigger to 会合
    dict(type="MEET", at="初の対面での首脳⟦会合⟧を実施", actors=[],
         content="初の対面での首脳会合", date="2021-09"),
    dict(type="AGREE", at="重要・新興技術分野での進展を⟦確認⟧するとともに", actors=[q(A_QUAD_FIG)],
         content="新型コロナ、気候変動、重要・新興技術分野での進展", date="2021-09"),
    dict(type="ESTABLISH", at="宇宙について作業部会を⟦立ち上げ⟧、", actors=[q(A_QUAD_FIG)],
         content="インフラ、サイバー、宇宙について作業部会", date="2021-09"),
    dict(type="AGREE", at="力強化で⟦一致⟧。実務", actors=[q(A_QUAD_FIG)],
         content="クリーンエネルギーや人的交流等の分野での協力強化", date="2021-09"),
    dict(type="ANNOUNCE", at="開かれた姿勢を強く⟦打ち出し⟧た", actors=[q(A_QUAD_FIG)],
         content="実務的協力を通じて、地域の肯定的な発展に貢献する開かれた姿勢"),
    dict(type="MEET", at="2022年3月 首脳テレビ⟦会議⟧：", actors=[],
         content="首脳テレビ会議", date="2022-03"),
    dict(type="AGREE", at="対応していくこと⏎を⟦確認⟧。また", actors=[q(A_QUAD_FIG)],
         content="緊密に連携して対応していくこと", date="2022-03"),
    dict(type="AGREE", at="首脳会合を実施することで⟦一致⟧。", actors=[q(A_QUAD_FIG)],
         content="数か月以内に東京で対面での首脳会合を実施すること"),
    dict(type="MEET", at="東京で首脳⟦会合⟧：ウクライナ", actors=[],
         content="首脳会合", date="2022-05", location="東京"),
    dict(type="AGREE", at="許してはならないことを⟦確認⟧。", actors=[q(A_QUAD_FIG)],
         content="力による一方的な現状変更をいかなる地域においても、とりわけインド太平洋地域で許してはならないこと"),
    dict(type="AGREE", at="ものとすることの重要性を⟦確認⟧。", actors=[q(A_QUAD_2022)],
         content="幅広い分野で実践的協力をさらに進め、地域をより強靱なものとすることの重要性"),
    dict(type="MEET", at="広島で首脳⟦会合⟧：G7", actors=[],
         content="首脳会合", date="2023-05", location="広島"),
    dict(type="MEET", at="G7広島サミットに合わせて⟦開催⟧。", actors=[],
         content="首脳会合", date="2023-05", location="広島"),
    dict(type="SUPPORT", at="コミットメントを⟦支持⟧35", actors=[q(A_QUAD_FIG)],
         content="インド太平洋地域の発展、安定、繁栄を支援するというコミットメント"),
    dict(type="MEET", at="米国で首脳⟦会談⟧：", actors=[],
         content="首脳会談", date="2024-09", location="米国"),
    dict(type="AGREE", at="協力案件⏎の進展を⟦確認⟧。", actors=[q(A_QUAD_FIG)],
         content="保健、安全保障、海洋安全保障、インフラ、重要・新興技術、気候、サイバー等の協力案件の進展", date="2024-09"),
    dict(type="AGREE", at="強化していくことで⟦一致⟧。", actors=[q(A_QUAD_FIG)],
         content="取り組みを継続および強化していくこと"),
    # ---- 第2目 ----
    # 支持が表明された: the support is the commitment (表明 only voices it); actor: the summit of that year
    dict(type="SUPPORT", at="4か国共同研究の⟦支持⟧が⏎表明", actors=[("2023年の⟦首脳会合⟧において", QUAD)],
         content="新興技術（Advancing Innovation）を活用した4か国共同研究", date="2023"),
    dict(type="ESTABLISH", at="ファンディング・エージェンシーにより⟦開始⟧された",
         actors=[("が⟦各国のファンディング・エージェンシー⟧により", QUAD)],
         content="「Advancing Innovationに関するQUAD科学技術協力（AI-ENGAGE）」", date="2024"),
    dict(type="ANNOUNCE", at="建設することが⟦発表⟧された", actors=[],
         content="インドのイプシロン・アドバンスト・マテリアルズ社が6億5,000万ドルの投資を受け、米ノースカロライナ州にバッテリー原料・部品工場を建設すること",
         date="2023"),
    # ---- 第3目 2024 summit ----
    dict(type="MEET", at="米国の⟦ホスト⟧の下", actors=[("2024年9月、⟦米国⟧のホスト", US)],
         content="日米豪印首脳会合", date="2024-09"),
    dict(type="MEET", at="米国大統領が⟦出席⟧し", actors=[A_KISHIDA, A_ALBANESE, A_MODI, A_BIDEN],
         content="日米豪印首脳会合", date="2024-09"),
    dict(type="MEET", at="日米豪印首脳会合が⟦開催⟧され", actors=[("2024年9月、⟦米国⟧のホスト", US)],
         content="日米豪印首脳会合", date="2024-09"),
    dict(type="ANNOUNCE", at="共同声明」が⟦発表⟧された", actors=[q(A_SUMMIT24)],
         content="成果文書として「日米豪印首脳共同声明」", date="2024-09"),
    dict(type="AGREE", at="揺るぎないコミットメントを⟦再確認⟧", actors=[q(A_STMT24)],
         content="包摂的で強靱な自由で開かれたインド太平洋への揺るぎないコミットメント"),
    dict(type="AGREE", at="保ち続けることを⟦確認⟧し", actors=[q(A_STMT24)],
         content="活動の透明性を保ち続けること"),
    dict(type="SUPPORT", at="リーダーシップを⟦尊重⟧。", actors=[q(A_STMT24)],
         content="各地域機関のリーダーシップ"),
    dict(type="PLEDGE", at="実施支援に⟦コミット⟧。", actors=[q(A_STMT24)],
         content="インド太平洋に関するASEANアウトルック（AOIP：2019年6月）の実施支援"),
    dict(type="AGREE", at="島嶼国との協力を⟦再確認⟧し", actors=[q(A_STMT24)],
         content="太平洋島嶼国との協力"),
    dict(type="SUPPORT", at="引き続⏎き⟦支持⟧。", actors=[q(A_STMT24)],
         content="太平洋諸島フォーラム（PIF）の「2050年戦略」の目標"),
    dict(type="AGREE", at="協力強化を⟦確認⟧。インド太平洋", actors=[q(A_STMT24)],
         content="インド洋地域における協力強化"),
    dict(type="SUPPORT", at="認識し、実施を⟦支持⟧。", actors=[q(A_STMT24)],
         content="インド太平洋に関するIORAアウトルック（2022年11月）の実施"),
    dict(type="AGREE", at="実践的課題として以下を⟦確認⟧", actors=[q(A_STMT24)],
         content="実践的課題として以下"),
    dict(type="ANNOUNCE", at="ムーン⏎ショットを⟦発表⟧", actors=[q(A_STMT24)],
         content="インド太平洋地域の命を救うためのパートナーシップとして日米豪印がんムーンショット"),
    dict(type="AGREE", at="基盤を整えることを⟦確認⟧。", actors=[q("実績がある⟦日米豪印⟧が、子宮頸がん")],
         content="子宮頸がん対策にまずは焦点を当てるとともに、他の種類のがんにも取り組むための基盤を整えること"),
    dict(type="ANNOUNCE", at="（MAITRI）を⟦発表⟧", actors=[q(A_STMT24)],
         content="インド太平洋地域の監視への新たな取り組みとしてインド太平洋海洋トレーニング・イニシアティブ（MAITRI）"),
    dict(type="ANNOUNCE", at="の立ち上げを⟦発表⟧", actors=[q(A_STMT24)],
         content="2025年史上初の海上における日米豪印シップ・オブザーバー・ミッションの立ち上げ", date="2025"),
    dict(type="PLEDGE", at="連結性向上に引き続き⟦コミット⟧", actors=[q(A_STMT24)],
         content="質の高い、強靱なインフラの開発を通じて、地域の連結性向上"),
    dict(type="ANNOUNCE", at="未来パートナーシップを⟦発表⟧", actors=[q(A_STMT24)],
         content="日米豪印の専門性を活用する日米豪印港湾の未来パートナーシップ"),
    dict(type="SUPPORT", at="プロジェクト探求を⟦歓迎⟧", actors=[q(A_STMT24)],
         content="東南アジアでの追加的なオープンRANプロジェクト探求"),
    dict(type="SUPPORT", at="協力覚書を⟦歓迎⟧", actors=[q(A_STMT24)],
         content="半導体サプライチェーン緊急時ネットワークに関する日米豪印諸国間の協力覚書"),
    dict(type="ANNOUNCE", at="影響を⏎⟦強調⟧し、日米豪印", actors=[q(A_STMT24)],
         content="気候危機がもたらす深刻な経済的、社会的および環境上の影響"),
    dict(type="ACTION", at="パートナーと引き続き⟦協働⟧", actors=[q(A_STMT24)],
         content="気候・クリーンエネルギー協力の強化、適応、強靱性促進のため、インド太平洋のパートナーと"),
    dict(type="PLEDGE", at="措置を講じることに⟦コミット⟧", actors=[q(A_STMT24)],
         content="集団的なネットワーク防衛を強化し、技術的能力を向上させるための具体的な措置を講じること"),

    # ---- OECD 第1目 ----
    dict(type="ESTABLISH", at="OECD）が⟦設⏎立⟧された", actors=[],
         sent=("⏎⟦1961年⟧、第2次", "設⏎立された⟦。⟧OECDは"),  # a blank line splits this sentence in the PDF
         content="経済協力開発機構（OECD）", date="1961"),
    dict(type="ADOPT", at="OECD⟦作成⟧のAI倫理原則", actors=[("醸成されており、⟦OECD⟧作成の", OECD)],
         content="AI倫理原則"),

    # ---- OECD 第4目 ----
    dict(type="MEET", at="9年ぶりに⟦開催⟧された", actors=[],
         content="CSTP閣僚級会合", date="2024-04", location="パリ"),
    dict(type="MEET", at="スイスが共同議長を⟦務め⟧", actors=[
        ("⟦フランス⟧が議長", "フランス"), ("議長、⟦オーストリア⟧、", "オーストリア"),
        ("⟦コロンビア⟧、韓国", "コロンビア"), ("コロンビア、⟦韓国⟧、", "韓国"),
        ("⟦ノルウェー⟧、スペ", "ノルウェー"), ("⟦スペ⏎イン⟧、スイス", "スペイン"),
        ("⟦スイス⟧が共同議長", "スイス")],
        content="議長、共同議長"),
    dict(type="MEET", at="EUが⟦参加⟧した", actors=[
        ("⟦アルゼンチン⟧、", "アルゼンチン"), ("アルゼンチン、⟦オーストラリア⟧、", AU),
        ("⟦ベルギー⟧、", "ベルギー"), ("⟦ブルガリア⟧、", "ブルガリア"), ("⟦カナダ⟧、", "カナダ"),
        ("⟦チリ⟧、コス", "チリ"), ("⟦コス⏎タリカ⟧、", "コスタリカ"), ("⟦クロアチア⟧、", "クロアチア"),
        ("⟦チェコ共和国⟧、", "チェコ"), ("⟦デンマーク⟧、", "デンマーク"), ("⟦エストニア⟧、", "エストニア"),
        ("⟦フィンランド⟧、", "フィンランド"), ("⟦ドイツ⟧、", "ドイツ"), ("⟦ギリシャ⟧、", "ギリシャ"),
        ("⟦ハンガリー⟧、", "ハンガリー"), ("⟦アイスランド⟧、", "アイスランド"),
        ("⟦アイルランド⟧、", "アイルランド"), ("⟦イタリア⟧、", "イタリア"), ("イタリア、⟦日本⟧、", JP),
        ("⟦ラトビア⟧、", "ラトビア"), ("⟦リトアニア⟧、", "リトアニア"), ("⟦ルクセンブルク⟧、", "ルクセンブルク"),
        ("⟦メキシコ⟧、", "メキシコ"), ("⟦オランダ⟧、", "オランダ"), ("⟦ニュー⏎ジーランド⟧、", "ニュージーランド"),
        ("⟦ペルー⟧、", "ペルー"), ("⟦フィリピン⟧、", "フィリピン"), ("⟦ポーランド⟧、", "ポーランド"),
        ("⟦ポルトガル⟧、", "ポルトガル"), ("⟦ルーマニア⟧、", "ルーマニア"),
        ("⟦スロバキア共和国⟧、", "スロバキア"), ("⟦スロベニア⟧、", "スロベニア"),
        ("⟦ス⏎ウェーデン⟧、", "スウェーデン"), ("⟦タイ⟧、トルコ", "タイ"), ("タイ、⟦トルコ⟧、", "トルコ"),
        ("トルコ、⟦英国⟧、", "英国"), ("英国、⟦米国⟧、EU", US), ("米国、⟦EU⟧が参加", "欧州連合")],
        content="CSTP閣僚級会合"),
    dict(type="AGREE", at="閣僚宣言として⟦採択⟧", actors=[A_CSTP],
         content="「持続可能で包摂的な未来に向けた変革的な科学技術・イノベーション政策に関する宣言」を閣僚宣言として"),
    # GUIDELINES 6.2/6.3: a passive act done at the CSTP ministerial (also …公表, after its 採択)
    # belongs to its convening body, the OECD
    dict(type="ANNOUNCE", at="アジェンダ」も⟦公表⟧された", actors=[A_CSTP],
         content="補完的文書として「新興技術の先見的ガバナンスの枠組み」および「STI政策の変革アジェンダ」"),
    # side event
    dict(type="MEET", at="科学技術振興機構の⟦主催⟧", actors=[
        ("⟦文部科学省⟧、ASEAN事務局", "文部科学省"), ("文部科学省、⟦ASEAN事務局⟧、", "ASEAN事務局"),
        ("ASEAN事務局、⟦科学技術振興機構⟧の主催", JST)],
        content="日ASEAN科学技術イノベーションハイレベルラウンドテーブル"),
    dict(type="MEET", at="内閣府の⟦共催⟧", actors=[("主催、⟦内閣府⟧の共催", "内閣府")],
         content="日ASEAN科学技術イノベーションハイレベルラウンドテーブル"),
    dict(type="MEET", at="内閣府の共催により⟦開催⟧", actors=[
        ("⟦文部科学省⟧、ASEAN事務局", "文部科学省"), ("文部科学省、⟦ASEAN事務局⟧、", "ASEAN事務局"),
        ("ASEAN事務局、⟦科学技術振興機構⟧の主催", JST), ("主催、⟦内閣府⟧の共催", "内閣府")],
        content="日ASEAN科学技術イノベーションハイレベルラウンドテーブル"),
    dict(type="SUPPORT", at="さらなる深化を⟦歓迎⟧", actors=A_RT,
         content="2023年の友好協力50周年を契機として協力関係のさらなる深化"),
    # 策定する予定: the plan noun is the head (INTEND), 策定 is its content
    # the bullet is cut by footnotes 88-90: its sentence runs from the bullet to 重要。
    dict(type="INTEND", at="戦略を策定する⟦予定⟧であり", sent=("⟦●⟧ 政策立案", "明らかにするこ⏎とが重要⟦。⟧"), actors=[
        ("政策立案：⟦日本⟧は第7期", JP), ("（2026-2030）、⟦ASEAN⟧は次期", ASEAN),
        ("2026-2035）」、⟦ASEAN加盟国⟧は", "ASEAN加盟国")],
        content="第7期科学技術イノベーション基本計画（2026-2030）、次期「ASEAN科学技術イノベーション行動計画（APASTI：2026-2035）」、それぞれのSTIに関する中核的計画や戦略を策定する"),
    dict(type="ACTION", at="分野での協力を⟦推進⟧。", actors=A_RT,
         content="気候変動、エネルギー、AI、ロボティクス、量子技術、半導体、バイオテクノロジーなど地域的重要性および相互利益を有する分野での協力"),
    dict(type="ANNOUNCE", at="人材育成の重要性を⟦強調⟧", actors=A_RT, content="人材育成の重要性"),
    dict(type="ACTION", at="人材交流の機会を⟦促進⟧", actors=A_RT, content="日ASEAN間での人材交流の機会"),
    dict(type="ANNOUNCE", at="（NEXUS）」プログラムを⟦発表⟧", actors=[("プログラム：⟦日本⟧による", JP)],
         content="「Networked Exchange, United Strengths for Stronger Partnerships between Japan and ASEAN（NEXUS）」プログラム"),
    dict(type="ACTION", at="約1億ドルを⟦投じ⟧", actors=[("プログラム：⟦日本⟧による", JP)],
         content="5年間で約1億ドル"),
    dict(type="AGREE", at="進める必要性を⟦確認⟧", actors=A_RT,
         content="基礎研究と応用研究の両方を産業界と連携して進める必要性"),
    dict(type="MEET", at="Ministerial」が⟦開催⟧された", actors=[],
         content="Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"),
    # bullets under the declaration (issuer: the ministerial meeting -> OECD)
    dict(type="ACTION", at="重要課題に⟦対処⟧し", actors=[A_DECL], content="持続可能な開発目標の達成のため重要課題"),
    dict(type="ACTION", at="必要な投資を⏎⟦継続⟧", actors=[A_DECL], content="必要な投資"),
    dict(type="ACTION", at="インセンティブを⟦促進⟧", actors=[A_DECL],
         content="民間部門が官民パートナーシップに取り組むインセンティブ"),
    dict(type="ACTION", at="クセスを⟦促進⟧し", actors=[A_DECL], content="教育への公平で包括的なアクセス"),
    dict(type="ACTION", at="促進し人材を⟦育成⟧", actors=[A_DECL], content="人材"),
    dict(type="ACTION", at="共通の価値観の⟦強化⟧：", actors=[A_DECL],
         content="国際協力と技術ガバナンスにおける共通の価値観"),
    dict(type="ACTION", at="研究イノベーション基盤の⟦推進⟧", actors=[A_DECL], content="責任ある研究イノベーション基盤"),
    dict(type="ACTION", at="国際協力の⟦推進⟧。政策", actors=[A_DECL], content="国際協力"),
    dict(type="SUPPORT", at="の枠組み」を⟦歓迎⟧", actors=[A_DECL],
         content="OECDの「新興技術の先見的ガバナンスの枠組み」"),
    dict(type="ACTION", at="イノベーションの包摂性の⟦向上⟧：", actors=[A_DECL],
         content="科学、技術、イノベーションの包摂性"),
    dict(type="ACTION", at="関与の⟦促進⟧、多様性", actors=[A_DECL], content="科学・研究への市民社会との関与"),
    dict(type="ACTION", at="シビリティの⟦推進⟧", actors=[A_DECL], content="多様性やアクセシビリティ"),
    dict(type="ACTION", at="エビデンス基盤の⟦強化⟧：", actors=[A_DECL],
         content="STI戦略と政策立案のためのエビデンス基盤"),
    dict(type="ACTION", at="公式データの⟦促進⟧", actors=[A_DECL], content="信頼性が高く国際比較可能な公式データ"),
    dict(type="ACTION", at="予測システムの⟦推進⟧", actors=[A_DECL], content="評価メカニズムと戦略的予測システム"),
    # footnote 90: JSTのプレスリリース題
    dict(type="MEET", at="ラウンドテーブル」を⟦開催⟧", actors=[("90 ⟦JST⟧ 「日ASEAN", JST)],
         content="「日ASEAN科学技術イノベーションハイレベルラウンドテーブル」"),
    dict(type="ADOPT", at="枠組みが⟦策定⟧された", actors=[],
         content="先見的ガバナンスの枠組み"),
]

HARD_CASES = """
- 日米豪印 standalone = ORG canonical QUAD (the alias bracket 日米豪印（QUAD） in fn 36 makes it QUAD's
  Japanese name); no one-character GPE mentions nested inside (contract: no nesting within a layer).
  Inside longer names (日米豪印首脳会合, 日米豪印がんムーンショット, …) only the containing name.
- 「自由で開かれたインド太平洋」 is a concept, not DOCUMENT; インド太平洋 inside it is LOC.
- 当時 (安倍晋三首相（当時）) is a DATE anaphor valued 2006; 数か月以内 DURATION, value null; 50周年 DURATION P50Y;
  9年ぶり DURATION P9Y.
- the ASEAN plan name cut by footnotes 88-90: ASEAN (ORG) + 科学技術イノベーション行動計画 (DOCUMENT).
- 「OECD」という語 (metalinguistic) still tagged ORG.
- figure credit "CRDS作成" not an ADOPT event; the roundtable's three proposed strategies (①②③) are not events
  (proposals without a committing actor); definitional purpose clauses (…を目的とした制度, …を使命としている) not events.
- published 2025-03-31 (no dateline).
"""
