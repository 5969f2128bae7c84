"""Gold spec for raw/004_d5ac869ad11fc800.txt, read sentence by sentence (see GUIDELINES.md).

published: the dateline 【3月4日 CNS】 has no year; the body treats 2025年末 and
2月10日 (of the 2026 Tianjin meeting) as past and says 2026年の春に立って, so 2026-03-04.
"""
FILE = "004_d5ac869ad11fc800.txt"
PUBLISHED = "2026-03-04"

ORG, GPE, LOC, DOC, TECH, EVENT = "ORG", "GPE", "LOC", "DOCUMENT", "TECHNOLOGY", "EVENT"
CENTER = "北京国際科学技術イノベーションセンター"
CENTER_JJJ = "北京（京津冀）国際科学技術イノベーションセンター"
TJ_MEETING = "2026年天津市科学技術工作会議"
PLAN = "現代化首都都市圏 空間協同計画"

ENTITIES = [
    ("CNS", ORG, "CNS"),
    ("北京市", GPE, "北京市"),
    ("北京", GPE, "北京市"),
    ("天津市", GPE, "天津市"),
    ("天津", GPE, "天津市"),
    ("Tianjin", GPE, "天津市"),
    ("河北省", GPE, "河北省"),
    ("河北", GPE, "河北省"),
    ("Hebei", GPE, "河北省"),
    ("中央経済工作会議", EVENT, "中央経済工作会議"),
    (CENTER, LOC, CENTER),
    (CENTER_JJJ, LOC, CENTER_JJJ),
    ("京津冀", LOC, "京津冀"),
    ("ネイチャー・インデックス", DOC, "ネイチャー・インデックス"),
    ("国際科学技術イノベーションセンター指数", DOC, "国際科学技術イノベーションセンター指数"),
    ("科学センター指数", DOC, "科学センター指数"),
    ("量子情報", TECH, "量子情報"),
    ("脳科学", TECH, "脳科学"),
    ("脳型知能", TECH, "脳型知能"),
    ("保定", GPE, "保定"),
    ("石家荘", GPE, "石家荘"),
    ("雄安新区", GPE, "雄安新区"),
    ("中関村サイエンスパーク", "FACILITY", "中関村サイエンスパーク"),
    ("人工知能", TECH, "人工知能"),
    ("第14次五か年計画", DOC, "第14次五か年計画"),
    ("第13次五か年計画", DOC, "第13次五か年計画"),
    (TJ_MEETING, EVENT, TJ_MEETING),
    ("首都圏", LOC, "首都圏"),
    (PLAN, DOC, PLAN),
    ("国家発展改革委", ORG, "国家発展改革委員会"),
    ("中国", GPE, "中国"),
    ("サンフランシスコ湾岸", LOC, "サンフランシスコ湾岸"),
    ("東京湾岸", LOC, "東京湾岸"),
    ("三里河中国経済観察", "PRODUCT", "三里河中国経済観察"),
    ("JCM", ORG, "JCM"),
    ("AFPBB News", ORG, "AFPBB News"),
]


def day(iso, at):
    return {"at": at, "type": "DATE", "value": iso, "begin": iso, "end_date": iso, "mod": None}


def year(y, at, mod=None):
    return {"at": at, "type": "DATE", "value": str(y), "begin": f"{y}-01-01", "end_date": f"{y}-12-31", "mod": mod}


def years(a, b, at):
    return {"at": at, "type": "DATE", "value": f"{a}/{b}", "begin": f"{a}-01-01", "end_date": f"{b}-12-31", "mod": None}


def ref(value, at):
    return {"at": at, "type": "DATE", "value": value, "begin": None, "end_date": None, "mod": None}


def dur(value, at):
    return {"at": at, "type": "DURATION", "value": value, "begin": None, "end_date": None, "mod": None}


DATES = [
    day("2026-03-04", "【⟦3月4日⟧ CNS】"),
    year(2025, "⟦2025年末⟧に開かれた", "END"),
    ref("PAST_REF", "⟦近年⟧、北京単独"),
    dur("P9Y", "⟦9年連続⟧世界1位"),
    dur("P4Y", "⟦4年連続⟧で世界3位"),
    year(2025, "⟦2025年末⟧時点で", "END"),
    ref("PRESENT_REF", "⟦いま⟧、新しい"),
    years(2013, 2024, "⟦2013～2024年⟧にかけて"),
    dur("P1Y", "⟦年々⟧大きく伸び"),
    years(2021, 2025, "（⟦2021～2025年⟧）"),
    day("2026-02-10", "⟦2月10日⟧に開かれた"),
    year(2026, "⟦2026年⟧天津市科学技術工作会議"),
    years(2023, 2035, "（⟦2023～2035年⟧）"),
    ref("PAST_REF", "⟦このほど⟧正式に承認"),
    year(2026, "⟦2026年⟧は重要な政策"),
    {"at": "⟦2026年の春⟧に立って", "type": "DATE", "value": "2026-SP", "begin": "2026-03-01",
     "end_date": "2026-05-31", "mod": None},
    dur("P10Y", "⟦今後10年⟧、20年"),
    dur("P20Y", "今後10年、⟦20年⟧を見通す"),
]

EVENTS = [
    {"type": "MEET", "at": "2025年末に⟦開か⟧れた中央経済工作会議", "actors": [],
     "content": "中央経済工作会議", "date": "2025"},
    {"type": "INTEND", "at": "格上げする⟦方針⟧を正式に打ち出した",
     "actors": [("2025年末に開かれた⟦中央経済工作会議⟧は", "中央経済工作会議")],
     "content": f"「{CENTER}」を「{CENTER_JJJ}」へと拡大・格上げする", "date": "2025"},
    {"type": "ESTABLISH", "at": "研究開発機関を10カ所⟦整備⟧している",
     "actors": [("2025年末時点で⟦北京市⟧内", "北京市")],
     "content": "新たな研究開発機関を10カ所", "date": "2025"},
    {"type": "MEET", "at": "2月10日に⟦開か⟧れた", "actors": [], "content": TJ_MEETING, "date": "2026-02-10"},
    {"type": "INTEND", "at": "取り組む⟦方針⟧が示された",
     "actors": [(f"⟦{TJ_MEETING}⟧では", "天津市")],
     "content": "拡大の機会を捉え、北京の取り組みへの「融合」と外部資源の「誘致」を進め、国家級プラットフォームの誘致・設置、"
                "重要な独創的成果の創出、改革施策の先行実験に取り組む",
     "date": "2026-02-10"},
    {"type": "ADOPT", "at": "このほど正式に⟦承認⟧された", "actors": [],
     "content": f"「{PLAN}（2023～2035年）」", "date": "PAST_REF"},
    {"type": "INTEND", "at": "実装・転換を進める⟦考え⟧を示している",
     "actors": [("⟦国家発展改革委の関係者⟧は", "国家発展改革委員会")],
     "content": "センター拡大を契機に「あなたの中に私があり、私の中にあなたがある」形のイノベーションチェーンと産業チェーンを"
                "急いで構築し、北京の成果を天津・河北の産業需要により精緻に結び付け、実装・転換を進める"},
]
