"""Gold spec for raw/002_5947a8c51a6ec623.txt, read sentence by sentence (see GUIDELINES.md)."""
FILE = "002_5947a8c51a6ec623.txt"
PUBLISHED = "2025-04-01"  # dateline 2025年4月1日

ORG, GPE, LOC, DOC, TECH = "ORG", "GPE", "LOC", "DOCUMENT", "TECHNOLOGY"
TITLE = "新興技術政策の国際動向とアジア・太平洋における国際協力"
APRC = "アジア・太平洋総合研究センター"

ENTITIES = [
    (TITLE, DOC, TITLE),
    ("JSTアジア・太平洋総合研究センター", ORG, APRC),
    (APRC, ORG, APRC),
    ("科学技術振興機構", ORG, "科学技術振興機構"),
    ("JST", ORG, "科学技術振興機構"),
    ("アジア・太平洋地域", LOC, "アジア・太平洋"),
    ("アジア・太平洋", LOC, "アジア・太平洋"),
    ("中国", GPE, "中国"),
    ("インド政府", ORG, "インド政府"),
    ("インド", GPE, "インド"),
    ("AI技術", TECH, "人工知能"),
    ("AI", TECH, "人工知能"),
    ("量子技術", TECH, "量子技術"),
    ("量子", TECH, "量子技術"),
    ("半導体", TECH, "半導体"),
    ("情報通信技術", TECH, "情報通信技術"),
    ("バイオテクノロジー", TECH, "バイオテクノロジー"),
    ("バイオ", TECH, "バイオテクノロジー"),
    ("ナノテクノロジー", TECH, "ナノテクノロジー"),
    ("クリーンエネルギー生産・貯蔵技術", TECH, "クリーンエネルギー生産・貯蔵技術"),
    ("西側諸国", LOC, "西側諸国"),
    ("韓国政府", ORG, "韓国政府"),
    ("韓国", GPE, "韓国"),
    ("オーストラリア", GPE, "オーストラリア"),
    ("豪州", GPE, "オーストラリア"),
    ("AUKUS", ORG, "AUKUS"),
    ("QUAD", ORG, "QUAD"),
    ("ASEAN", ORG, "ASEAN"),
    ("EU", ORG, "EU"),
    ("G7", ORG, "G7"),
    ("米国", GPE, "米国"),
    ("トランプ政権", ORG, "トランプ政権"),
    ("バイデン政権", ORG, "バイデン政権"),
    ("スナク政権", ORG, "スナク政権"),
    ("重要・新興技術(CET)国家戦略", DOC, "重要・新興技術(CET)国家戦略"),
    ("国防科学技術戦略", DOC, "国防科学技術戦略"),
    ("ロシア", GPE, "ロシア"),
    ("ベトナム", GPE, "ベトナム"),
    ("シンガポール", GPE, "シンガポール"),
    ("米日韓経済安保対話", ORG, "米日韓経済安保対話"),
    ("英国", GPE, "英国"),
    ("科学技術枠組み", DOC, "科学技術枠組み"),
    ("英国国際技術戦略", DOC, "英国国際技術戦略"),
    ("ドイツ政府", ORG, "ドイツ政府"),
    ("フランス", GPE, "フランス"),
]


def year(y, mod=None, at=None):
    return {"at": at, "type": "DATE", "value": str(y), "begin": f"{y}-01-01", "end_date": f"{y}-12-31", "mod": mod}


PAST = {"type": "DATE", "value": "PAST_REF", "begin": None, "end_date": None, "mod": None}
DATES = [
    {"at": "⟦2025年4月1日⟧ JST", "type": "DATE", "value": "2025-04-01", "begin": "2025-04-01", "end_date": "2025-04-01", "mod": None},
    {**PAST, "at": "関心が⟦近年⟧著しく"},
    {**PAST, "at": "インド政府が⟦これまで⟧に公表"},
    year(2021, "AFTER", "⟦2021年以降⟧、AI"),
    {"at": "⟦将来⟧革新", "type": "DATE", "value": "FUTURE_REF", "begin": None, "end_date": None, "mod": None},
    year(2022, None, "韓国政府は⟦2022年⟧に"),
    year(2020, None, "トランプ政権下の⟦2020年⟧に"),
    {"at": "⟦2年毎⟧に技術リスト", "type": "DURATION", "value": "P2Y", "begin": None, "end_date": None, "mod": None},
    year(2023, None, "スナク政権下の⟦2023年⟧に"),
    year(2023, None, "EUは⟦2023年⟧に勧告"),
]

ACTOR_APRC = ("科学技術振興機構(JST)⟦アジア・太平洋総合研究センター⟧では", APRC)
CHINA = ("⟦中国⟧は、科学技術の", "中国")
INDIA = ("⟦インド政府⟧がこれまで", "インド政府")
KOREA = ("⟦韓国政府⟧は2022年", "韓国政府")
AUS = ("⟦オーストラリア⟧は世界から", "オーストラリア")
USA = ("⟦米国⟧はトランプ", "米国")
UK = ("⟦英国⟧は、スナク", "英国")
GER = ("⟦ドイツ政府⟧は新興技術", "ドイツ政府")
FRA = ("⟦フランス⟧は量子技術", "フランス")
EU1 = ("⟦EU⟧は2023年", "EU")
EU2 = ("⟦EU⟧は文化や", "EU")

EVENTS = [
    {"type": "ANNOUNCE", "at": "国際協力』を⟦公開⟧しました", "actors": [ACTOR_APRC],
     "content": f"調査報告書『{TITLE}』"},
    {"type": "INTEND", "at": "基盤構築に資することを⟦目指し⟧た",
     "actors": [("そのため、⟦本調査報告書⟧は", APRC)],
     "content": "わが国とアジア・太平洋地域との科学技術協力の基盤構築に資すること"},
    # 中国
    {"type": "ANNOUNCE", "at": "国内育成を⟦強調⟧している", "actors": [CHINA], "content": "重要新興技術の国内育成"},
    {"type": "ADOPT", "at": "「9大未来産業」を⟦定め⟧、", "actors": [CHINA],
     "content": "「8大新興技術産業」と「9大未来産業」"},
    {"type": "ACTION", "at": "支援を⟦強化⟧している", "actors": [CHINA], "content": "支援"},
    {"type": "ANNOUNCE", "at": "という概念を⟦打ち出し⟧、", "actors": [CHINA], "content": "「人類運命共同体」という概念"},
    # インド
    {"type": "ANNOUNCE", "at": "これまでに⟦公表⟧した政策文書", "actors": [INDIA], "content": "政策文書", "date": "PAST_REF"},
    {"type": "ADOPT", "at": "それぞれ⟦策定⟧されている", "actors": [INDIA],
     "content": "AI、量子技術、半導体、情報通信技術、バイオテクノロジーに関する国家戦略文書", "date": "2021"},
    {"type": "ACTION", "at": "西側諸国と主に⟦進め⟧ており", "actors": [INDIA], "content": "国際科学技術協力"},
    {"type": "ACTION", "at": "多国間の枠組みにも⟦参加⟧している", "actors": [INDIA], "content": "二国間だけでなく多国間の枠組み"},
    # 韓国
    {"type": "ADOPT", "at": "国家戦略技術として⟦位置づけ⟧、", "actors": [KOREA],
     "content": "新技術・新産業の創出など将来革新の基盤となる12の技術を国家戦略技術として", "date": "2022"},
    {"type": "ACTION", "at": "重点⟦投資⟧を行っている", "actors": [KOREA], "content": "重点投資"},
    {"type": "ACTION", "at": "関連法制度を⟦強化⟧し", "actors": [KOREA], "content": "関連法制度"},
    {"type": "ADOPT", "at": "重要技術を⟦指定⟧し流出防止", "actors": [KOREA], "content": "重要技術"},
    {"type": "ACTION", "at": "流出防止を⟦進め⟧ている", "actors": [KOREA], "content": "流出防止"},
    {"type": "ACTION", "at": "協力・連携を⟦拡大⟧している", "actors": [KOREA],
     "content": "国際共同研究や研究人材の協力・連携"},
    # オーストラリア
    {"type": "ACTION", "at": "保護に関する政策を⟦進め⟧ている", "actors": [AUS], "content": "重要技術の育成と保護に関する政策"},
    {"type": "ADOPT", "at": "定義やリストを⟦作成⟧し", "actors": [AUS],
     "content": "AI技術、量子技術、バイオテクノロジー、クリーンエネルギー生産・貯蔵技術といった重要技術の定義やリスト"},
    {"type": "ACTION", "at": "利用において連携を⟦強化⟧している", "actors": [AUS], "content": "AUKUSや同志国との連携"},
    # ASEAN加盟国, 西側諸国
    {"type": "ADOPT", "at": "関連国家戦略を⟦策定⟧している", "actors": [("⟦ASEAN加盟国⟧では", "ASEAN加盟国")],
     "content": "関連国家戦略"},
    {"type": "ACTION", "at": "ASEAN加盟国と国際協力を⟦進め⟧ており", "actors": [("EUを含む⟦西側諸国⟧も", "西側諸国")],
     "content": "ASEAN加盟国と国際協力"},
    # 米国
    {"type": "ADOPT", "at": "国家戦略」を⟦策定⟧、", "actors": [USA], "content": "「重要・新興技術(CET)国家戦略」", "date": "2020"},
    {"type": "ADOPT", "at": "20の優先技術分野を⟦指定⟧し", "actors": [USA], "content": "20の優先技術分野"},
    {"type": "ADOPT", "at": "技術リストを⟦更新⟧している", "actors": [USA], "content": "技術リスト"},
    {"type": "ACTION", "at": "技術開発の⟦促進⟧を図り", "actors": [USA], "content": "技術開発"},
    {"type": "ACTION", "at": "CETの保護に⟦努め⟧ている", "actors": [USA], "content": "CETの保護"},
    {"type": "ACTION", "at": "技術流出対策に⟦注力⟧する", "actors": [USA], "content": "技術流出対策"},
    {"type": "INTEND", "at": "サプライチェーンの強靭化を⟦目指し⟧ている", "actors": [USA],
     "content": "技術基盤の強化とサプライチェーンの強靭化"},
    {"type": "ACTION", "at": "二国間連携を⟦推進⟧しつつ", "actors": [USA],
     "content": "G7各国やEU、豪州、韓国など同盟国との二国間連携"},
    # 英国
    {"type": "ADOPT", "at": "「科学技術枠組み」を⟦策定⟧し", "actors": [UK], "content": "「科学技術枠組み」", "date": "2023"},
    {"type": "ADOPT", "at": "5つの重要技術を⟦特定⟧した", "actors": [UK], "content": "注力すべき5つの重要技術"},
    {"type": "ADOPT", "at": "分野別戦略を体系的に⟦整備⟧している", "actors": [UK], "content": "5つの重要技術分野別戦略"},
    # ドイツ
    {"type": "ACTION", "at": "科学技術協力を⟦強化⟧する一方", "actors": [GER],
     "content": "価値を共有するパートナーとの重要分野における科学技術協力"},
    {"type": "ACTION", "at": "見直しを⟦進める⟧など", "actors": [GER], "content": "中国との協力関係の見直し"},
    # フランス
    {"type": "ADOPT", "at": "重要技術を⟦特定⟧して", "actors": [FRA], "content": "量子技術やAIなどの重要技術"},
    {"type": "ACTION", "at": "イノベーション政策を⟦推進⟧している", "actors": [FRA], "content": "科学技術イノベーション政策"},
    {"type": "ESTABLISH", "at": "官民が協力して⟦構築⟧している", "actors": [("⟦官民⟧が協力して", "フランス")],
     "content": "国家の科学技術潜在力の保護するための厳格な体制"},
    # EU
    {"type": "ANNOUNCE", "at": "勧告を⟦発表⟧し", "actors": [EU1], "content": "勧告", "date": "2023"},
    {"type": "ADOPT", "at": "重要な10の技術を⟦特定⟧して", "actors": [EU1], "content": "経済安全保障上重要な10の技術"},
    {"type": "ACTION", "at": "研究セキュリティの強化にも⟦取り組ん⟧でいる", "actors": [EU1],
     "content": "外国干渉への対処と研究セキュリティの強化"},
    {"type": "ACTION", "at": "パートナーシップの拡大に⟦努め⟧ている", "actors": [EU2],
     "content": "価値を共有するパートナーシップの拡大"},
]
