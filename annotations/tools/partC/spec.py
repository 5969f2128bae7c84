"""Hand-written held-out annotation of report 001, regions NATO (第4項) and ISC (第3項).

Written by reading the text sentence by sentence; no NER, date tool or kiroku output was
used. locate.py only finds these strings in the raw text. F stands for U+FFFD (PDF debris
between words), T for a tab.

ENTITIES: (text, left context, label, canonical); left "*" = every free occurrence.
DATES:    (text, left context, type, value, begin, end_date, mod); left "*" likewise.
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE  # noqa: F401  (the locator's markers; annotations/tools is on sys.path)


F = "\ufffd"
T = "\t"
PUBLISHED = "2025-03-31"
# NATO: from 「第4項 北大西洋条約機構」 to just before 「第5項 アジア太平洋地域の経済枠組み」;
# ISC: from 「第3項 国際学術会議（ISC）」 to the end of the text.
REGIONS = [[25558, 29717], [61492, 65626]]
# running footer/header, side-tab characters, page number and the dumped link list of the page
FURNITURE = [[64809, 65207]]

ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER = "ORG", "GPE", "LOC", "FACILITY", "EVENT", "DOCUMENT", "TECHNOLOGY", "PERSON"
NATO = "北大西洋条約機構"
ISC = "国際学術会議"
DIANA = "防衛イノベーションアクセラレータ"
NIF = "NATOイノベーション基金"
ITPP = "国別適合パートナーシップ計画"
COE = "NATO STRATCOM COE"
GUIDE = "A Guide for Policy-makers: Evaluating Rapidly Developing Technologies Including AI, Large Language Models and Beyond"

ENTITIES = [
    # ---------------- NATO region ----------------
    ("北大西洋条約機構", "第4項\t ", ORG, NATO),
    (f"North{T}Atlantic{T}Treaty{T}Organization", "", ORG, NATO),
    ("第2次世界大戦", "", EVT, "第2次世界大戦"),
    ("西欧", "", LOC, "西欧"),
    ("北米", "", LOC, "北米"),
    ("トルコ", "1952年の", GPE, "トルコ"),
    ("ギリシャ", "トルコと", GPE, "ギリシャ"),
    ("欧米諸国", "", LOC, "欧米諸国"),
    ("防衛イノベーションアクセラレー\nタ", "「", DOC, DIANA),
    (f"Defence{F}Innovation{F}Accelerator{F}for{F}the{F}North{F}Atlantic", "（", DOC, DIANA),
    ("DIANA", "*", DOC, DIANA),
    ("NATOイノベーショ\nン基金", "「", ORG, NIF),
    (f"NATO{F}Innovation{F}Fund", "（", ORG, NIF),
    ("NIF", "*", ORG, NIF),
    ("NATOイノベーション基金", "（2）\t", ORG, NIF),
    ("NATOイノ\nベーション基金", "ファンドとして", ORG, NIF),
    ("マドリード", "*", GPE, "マドリード"),
    ("2022年NATO首脳会議", "", EVT, "2022年NATO首脳会議"),
    ("NATO首脳会議", "のマドリードでの", EVT, "NATO首脳会議"),
    ("NATO首脳会合", "", EVT, "NATO首脳会議"),
    ("フィンランド", "*", GPE, "フィンランド"),
    ("ビッグデータ処理", "", TECH, "ビッグデータ処理"),
    ("量子技術", "", TECH, "量子技術"),
    ("自律機能", "", TECH, "自律機能"),
    ("バイオテク\nノロジー", "", TECH, "バイオテクノロジー"),
    ("新材料", "", TECH, "新材料"),
    ("AI技術", "", TECH, "人工知能"),
    ("半導体", "", TECH, "半導体"),
    ("量子", "（AI、", TECH, "量子技術"),
    ("国別適合パートナーシップ計画", "（1）\t", DOC, ITPP),
    ("国別適\n合パートナーシップ計画", "「", DOC, ITPP),
    (f"Individually{F}Tailored{F}Partnership{F}Programme", "（", DOC, ITPP),
    ("国別適合パートナーシップ計画", "日・NATO", DOC, ITPP),
    ("ITPP", "*", DOC, ITPP),
    ("国別パートナーシップ協力計画", "「", DOC, "国別パートナーシップ協力計画"),
    (f"Individual{F}Partnership{F}\nand{F}Cooperation{F}Programme", "（", DOC, "国別パートナーシップ協力計画"),
    ("IPCP", "", DOC, "国別パートナーシップ協力計画"),
    ("日", "2023年7月、", GPE, "日本"),
    ("日", "派遣することで", GPE, "日本"),
    ("日", "ウクライナ侵攻や", GPE, "日本"),
    ("日", "外務省欧州局\u3000", GPE, "日本"),
    ("外務省欧州局", "", ORG, "外務省欧州局"),
    ("韓国", "", GPE, "韓国"),
    ("豪州", "", GPE, "オーストラリア"),
    ("ニュージーランド", "", GPE, "ニュージーランド"),
    ("インド太平洋地域", "", LOC, "インド太平洋"),
    ("IP4", "*", ORG, "IP4"),
    ("岸田", "*", PER, "岸田"),
    ("防衛省", "", ORG, "防衛省"),
    ("NATO本部", "", FAC, "NATO本部"),
    ("自衛隊", "", ORG, "自衛隊"),
    ("外務省", "*", ORG, "外務省"),
    ("経済産業\n省", "", ORG, "経済産業省"),
    ("総務省", "", ORG, "総務省"),
    (f"NATO{T}STRATCOM{T}COE", "（2）\t", ORG, COE),
    (f"Strategic{T}Communications{T}Centre{T}of{T}Excellence", "", ORG, COE),
    (f"NATO{F}\nSTRATCOM{F}COE", "「", ORG, COE),
    (f"NATO{F}STRATCOM{F}COE", "基づき、", ORG, COE),
    # footnote 46 (members of the NATO Innovation Fund)
    ("ベルギー", f"46{F} ", GPE, "ベルギー"),
    ("ブルガリア", "", GPE, "ブルガリア"),
    ("チェコ", "", GPE, "チェコ"),
    ("デンマーク", "", GPE, "デンマーク"),
    ("エストニア", "", GPE, "エストニア"),
    ("ドイツ", "", GPE, "ドイツ"),
    ("ギリシャ", "ドイツ、", GPE, "ギリシャ"),
    ("ハンガリー", "", GPE, "ハンガリー"),
    ("アイスランド", "", GPE, "アイスランド"),
    ("イタリ\nア", "", GPE, "イタリア"),
    ("ラトビア", "", GPE, "ラトビア"),
    ("リトアニア", "", GPE, "リトアニア"),
    ("ルクセンブルク", "", GPE, "ルクセンブルク"),
    ("オランダ", "", GPE, "オランダ"),
    ("ノルウェー", "", GPE, "ノルウェー"),
    ("ポーランド", "", GPE, "ポーランド"),
    ("ポルトガル", "", GPE, "ポルトガル"),
    ("ルーマニア", "", GPE, "ルーマニア"),
    ("スロバキア", "", GPE, "スロバキア"),
    ("スペイン", "", GPE, "スペイン"),
    ("トルコ", "\n", GPE, "トルコ"),
    ("イギリス", "", GPE, "英国"),
    # footnotes 42, 48, 49
    ("NHK", "", ORG, "NHK"),
    ("スウェーデン", "", GPE, "スウェーデン"),
    (f"U.S.{F}Department{F}of{F}Commerce", "*", ORG, "U.S. Department of Commerce"),
    (f"Indo-Pacific{F}\nEconomic{F}Framework{F}for{F}Prosperity", "", ORG, "インド太平洋経済枠組み"),
    ("IPEF", "（", ORG, "インド太平洋経済枠組み"),
    ("一般社団法人平和政策研究所", "", ORG, "一般社団法人平和政策研究所"),
    ("北大西洋条約機構", "進む日本と", ORG, NATO),
    # Japan's mission
    ("日本代表部", "（3）\t", ORG, "NATO日本代表部"),
    ("日本政府", "", ORG, "日本政府"),
    ("NATO日本代表部", "", ORG, "NATO日本代表部"),
    ("在ベルギー日本大使館", "", FAC, "在ベルギー日本大使館"),
    ("ブリュッセル", "", GPE, "ブリュッセル"),
    ("ベルギー", "駐\n\n", GPE, "ベルギー"),
    ("ロシア", "", GPE, "ロシア"),
    ("ウクライナ", "", GPE, "ウクライナ"),
    ("米", "は、", GPE, "米国"),
    ("ワシントンDC", "", GPE, "ワシントンDC"),
    ("NATO", "*", ORG, NATO),
    # ---------------- ISC region ----------------
    ("国際学術会議", "\t", ORG, ISC),
    ("国際学術会議", "とは\n", ORG, ISC),
    (f"International{F}Science{F}Council", "*", ORG, ISC),
    ("国連防災機関", "", ORG, "国連防災機関"),
    ("UNDRR", "", ORG, "国連防災機関"),
    ("国連", "*", ORG, "国際連合"),
    (f"Multistakeholder{F}high-level{F}Dialogue{F}on{F}OECD{F}Science{F}and{F}Technology{F}Policy{F}Ministerial", "", EVT,
     "Multistakeholder High-Level Dialogue on OECD Science and Technology Policy Ministerial"),
    ("国際科学会\n議", "", ORG, "国際科学会議"),
    ("ICSU", "", ORG, "国際科学会議"),
    ("国際社会科学評議会", "", ORG, "国際社会科学評議会"),
    ("ISSC", "", ORG, "国際社会科学評議会"),
    ("情報通信技術", "", TECH, "情報通信技術"),
    ("ISC総会", "", EVT, "ISC総会"),
    (f"ISC{F}General{F}Assembly", "", EVT, "ISC総会"),
    ("ISC中間会議", "", EVT, "ISC中間会議"),
    (f"ISC{F}Mid-Term{F}Meeting", "", EVT, "ISC中間会議"),
    (f"ISC{F}mid-term{F}meeting", "", EVT, "ISC中間会議"),
    (f"ISC{F}Action{F}Plan{F}2022–2024", "", DOC, "ISC Action Plan 2022–2024"),
    (f"Action{F}Plan{F}2022-2024", "", DOC, "ISC Action Plan 2022–2024"),
    (f"ISC{F}Strategic{F}Plan{F}2025–2028", "", DOC, "ISC Strategic Plan 2025–2028"),
    (f"ISC{F}Strategic{F}Plan{F}2025-2028", "", DOC, "ISC Strategic Plan 2025–2028"),
    ("中国科学技術協会", "", ORG, "中国科学技術協会"),
    ("CAST", "*", ORG, "中国科学技術協会"),
    ("北京", "", GPE, "北京市"),
    ("China", "", GPE, "中国"),
    ("マスカット・グローバル・ナレッジ・ダイアログ", "", EVT, "マスカット・グローバル・ナレッジ・ダイアログ"),
    (f"Muscat{F}Global{F}Knowledge{F}Dialogue", "*", EVT, "マスカット・グローバル・ナレッジ・ダイアログ"),
    (f"STI{F}for{F}SDGsロードマップ", "", DOC, "STI for SDGsロードマップ"),
    ("SDGs", "推進、", DOC, "SDGs"),
    ("オマーン", "", GPE, "オマーン"),
    ("マスカット", "オマーン・", GPE, "マスカット"),
    ("中東・北アフリカ地域", "", LOC, "中東・北アフリカ"),
    ("MENA", "", LOC, "中東・北アフリカ"),
    (f"Middle{F}East{F}and{F}North{F}Africa", "", LOC, "中東・北アフリカ"),
    ("ニューヨーク", "", GPE, "ニューヨーク"),
    (f"Integrated{F}Research{F}on{F}\nDisaster{F}Risk", "", DOC, "Integrated Research on Disaster Risk"),
    (f"IRDR{F}ICoE{F}for{F}Coherence{F}among{F}Disaster{F}Risk{F}Reduction,{F}Climate{F}\nChange{F}Adaptation{F}and{F}Sustainable{F}Development",
     "", ORG, "ICoE-Coherence"),
    ("ICoE-Coherence", "", ORG, "ICoE-Coherence"),
    ("IRDR", "*", DOC, "Integrated Research on Disaster Risk"),
    ("防災減災\n連携研究ハブ", "", ORG, "防災減災連携研究ハブ"),
    (f"Japan{F}Hub{F}of{F}Disaster{F}Resilience{F}Partners", "", ORG, "防災減災連携研究ハブ"),
    ("防災減災連携研究ハブ", f"JHoP{F}", ORG, "防災減災連携研究ハブ"),
    ("JHoP", "*", ORG, "防災減災連携研究ハブ"),
    ("CSTP閣僚級会合", "", EVT, "CSTP閣僚級会合"),
    ("人工知能", "", TECH, "人工知能"),
    ("大規模言語モデル", "", TECH, "大規模言語モデル"),
    ("LLM", "", TECH, "大規模言語モデル"),
    # the body title is cut by footnotes 99-103 and a page break: two pieces, one canonical
    (f"A{F}Guide{F}for{F}Policy-makers:{F}Evaluating{F}Rapidly{F}Developing", "ガイドライン「", DOC, GUIDE),
    (f"Technologies{F}Including{F}AI,{F}Large{F}Language{F}Models{F}and{F}Beyond", "\n\n\n", DOC, GUIDE),
    (f"A{F}Guide{F}for{F}Policy-makers:{F}Evaluating{F}Rapidly{F}Developing{F}Technologies{F}Including{F}\n"
     f"AI,{F}Large{F}Language{F}Models{F}and{F}Beyond", "Future:" + F, DOC, GUIDE),
    ("OECD", "*", ORG, "経済協力開発機構"),
    ("ISC", "*", ORG, ISC),
    ("日本", "*", GPE, "日本"),
    ("AI", "*", TECH, "人工知能"),
]

Y = lambda y: (str(y), f"{y}-01-01", f"{y}-12-31")  # noqa: E731


def M(y, m, last):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


DATES = [
    # ---------------- NATO region ----------------
    ("1949年", "", "DATE", *Y(1949), None),
    ("1952年", "だったが、", "DATE", *Y(1952), None),
    ("現在", "*", "DATE", "PRESENT_REF", None, None, None),
    ("70年以上", "", "DURATION", "P70Y", None, None, None),
    ("近年", "", "DATE", "PAST_REF", None, None, None),
    ("2020年頃から", "", "DATE", *Y(2020), "AFTER"),
    ("2022年", "なっており、", "DATE", *Y(2022), None),
    ("2022年", "開催された", "DATE", *Y(2022), None),
    ("2023年4月", "", "DATE", *M(2023, 4, 30), None),
    ("15年間", "", "DURATION", "P15Y", None, None, None),
    ("2023年6月", "", "DATE", *M(2023, 6, 30), None),
    ("2024年", "開始し、", "DATE", *Y(2024), None),
    ("2023年7月", "", "DATE", *M(2023, 7, 31), None),
    ("2023\n～26年", "", "DATE", "2023/2026", "2023-01-01", "2026-12-31", None),
    ("4年間", "", "DURATION", "P4Y", None, None, None),
    ("これまで", "", "DATE", "PAST_REF", None, None, None),
    ("2022年6月", "48。\n", "DATE", *M(2022, 6, 30), None),
    ("当時", "のマドリードでのNATO首脳会議へ岸田首相（", "DATE", *M(2022, 6, 30), None),
    ("2024年10月", "", "DATE", *M(2024, 10, 31), None),
    ("2014年から", "", "DATE", *Y(2014), "AFTER"),
    ("2024年7月", "", "DATE", *M(2024, 7, 31), None),
    ("当時", "2024年7月、岸田首相（", "DATE", *M(2024, 7, 31), None),
    ("同年度中", "", "DATE", "FY2024", "2024-04-01", "2025-03-31", None),
    ("2018年", "開設\n", "DATE", *Y(2018), None),
    ("2022年", "きた。", "DATE", *Y(2022), None),
    ("2025年1月", "契機とし、", "DATE", *M(2025, 1, 31), None),
    # access dates of the footnotes (both regions)
    ("2025年3月3日", "*", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    ("2025\n年3月3日", "", "DATE", "2025-03-03", "2025-03-03", "2025-03-03", None),
    # ---------------- ISC region ----------------
    ("2018年7月", "", "DATE", *M(2018, 7, 31), None),
    ("1931年", "", "DATE", *Y(1931), None),
    ("1952年", "ISSC、", "DATE", *Y(1952), None),
    ("2021年", "。\n\n", "DATE", *Y(2021), None),
    ("2021年末", "では、", "DATE", *Y(2021), "END"),
    ("3年間", "", "DURATION", "P3Y", None, None, None),
    ("2022–2024", "Plan" + F, "DATE", "2022/2024", "2022-01-01", "2024-12-31", None),
    ("2022-2024", "Plan" + F, "DATE", "2022/2024", "2022-01-01", "2024-12-31", None),
    ("2024年", "いたが、\n", "DATE", *Y(2024), None),
    ("昨今", "", "DATE", "PAST_REF", None, None, None),
    ("2025年から", "", "DATE", *Y(2025), "AFTER"),
    ("2025–2028", "Plan" + F, "DATE", "2025/2028", "2025-01-01", "2028-12-31", None),
    ("2025-2028", "Plan" + F, "DATE", "2025/2028", "2025-01-01", "2028-12-31", None),
    ("2026年10月", "", "DATE", *M(2026, 10, 31), None),
    ("今後", "", "DATE", "FUTURE_REF", None, None, None),
    ("2026", "in" + F, "DATE", *Y(2026), None),
    ("2025年1月", "される。\n", "DATE", *M(2025, 1, 31), None),
    ("2023年", "初開催の", "DATE", *Y(2023), None),
    ("2025年", "2023年および", "DATE", *Y(2025), None),
    ("2019年", "", "DATE", *Y(2019), None),
    ("2021年", "設立された。", "DATE", *Y(2021), None),
    ("2024年4月", "", "DATE", *M(2024, 4, 30), None),
]

NIF_ACTOR = ("NATOイノ\nベーション基金", "ファンドとして", NIF)
ISC_UN = ("ISC", "国連との連携\n", ISC)          # 「ISCは、ニューヨークに…」
ISC_OECD = ("ISC", "OECDとの連携\n", ISC)      # 「ISCは、OECDと…」
ISC_GUIDE = ("ISC", "では、", ISC)       # 「…閣僚級会合では、ISCが、…」
AIMS = ("発足趣旨", "以下のような", ISC)  # the statement the bullets belong to

EVENTS = [
    # ---------------- NATO region ----------------
    dict(t=("発足", "のために"), type="ESTABLISH", actors=[], content=None, date="1949"),
    dict(t=("開始", "NIF）を"), type="ESTABLISH", actors=[("NATO", "対応している。", NATO)],
         content="「防衛イノベーションアクセラレータ」（DefenceInnovationAcceleratorfortheNorthAtlantic：DIANA）や、"
                 "新たな「NATOイノベーション基金」（NATOInnovationFund：NIF）", date="2022"),
    dict(t=("目指し", "技術の活用を"), type="INTEND", actors=[("NATO", "活動してきた", NATO)],
         content="民間（Civil）技術の活用"),
    dict(t=("設立", "共同"), type="ESTABLISH", actors=[("NATO加盟国", "基金を", "NATO加盟国")],
         content="NATOイノベーション基金"),
    dict(t=("開催", "マドリードで"), type="MEET", actors=[], content="2022年NATO首脳会議", date="2022", loc="マドリード"),
    dict(t=("表明", "参加を"), type="ANNOUNCE", actors=[("加盟国", " ", "NATO加盟国")], content="参加"),
    dict(t=("加わり", "フィンランドも"), type="ACTION", actors=[("フィンランド", "同時に", "フィンランド")],
         content=None, date="2023-04"),
    dict(t=("特定", "優先事項として"), type="ADOPT", actors=[("NATO", "宇宙等、", NATO)], content="新興重要技術"),
    dict(t=("支援", "ディープテック分野を"), type="SUPPORT", actors=[NIF_ACTOR],
         content="長期的な研究開発を必要とするディープテック分野"),
    dict(t=("開始", "ト活動を"), type="ESTABLISH", actors=[NIF_ACTOR],
         content="エネルギー・レジリエンス（energyresilience）、検知と監視（sensingandsurveillance）、"
                 "安全な情報共有（secureinformationsharing）という3分野での人材を支援するパイロット活動", date="2023-06"),
    dict(t=("発表", "ことが"), type="ANNOUNCE", actors=[], content="2024年に4企業に初めて投資すること", date="2024"),
    dict(t=("支援", "開発が"), type="SUPPORT", actors=[],
         content="無人ロボットシステム、AI技術効率化のためのコンピュータチップ、新規複合材料、半導体材料の開発"),
    dict(t=("合意", "ITPP）」に"), type="AGREE", actors=[("日本", " 47\n\n", "日本")],
         content="日NATO間の新たな協力枠組みを定めた「国別適合パートナーシップ計画"
                 "（IndividuallyTailoredPartnershipProgramme：ITPP）」", date="2023-07"),
    dict(t=("改定", "新たに"), type="ADOPT", actors=[], content="ITPP"),
    dict(t=("広げ", "16に"), type="ACTION", actors=[("日", "2023年7月、", "日本"), ("NATO", "2023年7月、日", NATO)],
         content="協力分野"),
    # GUIDELINES 6.1: the prime minister in office (日本の総理大臣として) acts for 日本
    dict(t=("出席", "初めて"), type="MEET", actors=[("岸田", "NATO首脳会議へ", "日本")],
         content="2022年6月のマドリードでのNATO首脳会議", date="2022-06", loc="マドリード"),
    dict(t=("強め", "連携を"), type="ACTION", actors=[("各省庁", "では", "日本")], content="NATOとの連携"),
    dict(t=("進め", "強化を"), type="ACTION", actors=[("防衛省", "強めている。", "防衛省")],
         content="日NATO間の情報共有能力の強化"),
    dict(t=("拡充", "参加機会を"), type="ACTION", actors=[("自衛隊", "進め、", "自衛隊")],
         content="NATOのサイバー防衛演習等、安全保障課題に係る訓練をはじめとした実務的な活動への参加機会"),
    dict(t=("進め", "実現を"), type="ACTION", actors=[("自衛隊", "進め、", "自衛隊")],
         content="自然災害等の緊急援助活動といった共同行動への実現"),
    dict(t=("強化", "連携を"), type="ACTION",
         actors=[("経済産業\n省", "だけでなく、", "経済産業省"), ("総務省", "省や", "総務省")],
         content="サイバーセキュリティや宇宙分野等の新たな安全保障課題に関する情報共有や連携"),
    dict(t=("招待", "初めて"), type="MEET", actors=[("NATO", "強化している。", NATO)],
         content="日本、韓国、豪州、ニュージーランドの4か国（IP4）の国防担当閣僚", date="2024-10"),
    dict(t=("設置", "2014年から"), type="ESTABLISH", actors=[("NATO", "Excellence）\n", NATO)],
         content="NATO加盟国およびパートナー国を対象にした専門的な研究機関「NATOSTRATCOMCOE」", date="2014"),
    dict(t=("開催", "DCで"), type="MEET", actors=[], content="NATO首脳会合", date="2024-07", loc="ワシントンDC"),
    dict(t=("出席", "セッションに"), type="MEET", actors=[("岸田", "2024年7月、", "日本")],  # 6.1
         content="米ワシントンDCで開催されたNATO首脳会合のパートナー・セッション", date="2024-07", loc="ワシントンDC"),
    dict(t=("予定", "開催する"), type="INTEND", actors=[("岸田", "2024年7月、", "日本")],
         content="ITPPに基づき、NATOSTRATCOMCOEへ日本から要員を新たに派遣し、NATOおよびその加盟国、IP4を招待し、"
                 "戦略的コミュニケーションに関する会議を同年度中に日本で開催する", date="FY2024"),
    dict(t=("開設", "独立"), type="ESTABLISH", actors=[], content="日本代表部"),
    dict(t=("開設", "）に"), type="ESTABLISH", actors=[("日本政府", "", "日本政府")], content="NATO日本代表部",
         date="2018", loc="在ベルギー日本大使館"),
    dict(t=("独立", "代表部を"), type="ESTABLISH", actors=[("日本政府", "", "日本政府")], content="代表部", date="2025-01"),
    dict(t=("承認", "全加盟国が"), type="SUPPORT", actors=[("全加盟国", "", "NATO加盟国")], content="スウェーデンのNATO加盟",
         sent=("NHK", f"42{F} ", "拡大」", "32か国へと")),
    # ---------------- ISC region ----------------
    dict(t=("設立", "1931年"), type="ESTABLISH", actors=[], content="国際科学会議", date="1931"),
    dict(t=("設立", "1952年"), type="ESTABLISH", actors=[], content="国際社会科学評議会", date="1952"),
    dict(t=("発足", "合併して"), type="ESTABLISH",
         actors=[("国際科学会\n議", "", "国際科学会議"), ("国際社会科学評議会", "", "国際社会科学評議会")],
         content=None, date="2018-07"),
    dict(t=("示し", "発足趣旨を"), type="ANNOUNCE", actors=[("ISC", "Council：", ISC)], content="以下のような発足趣旨"),
    # 「…を推進し、…を支援するための強力な基盤を構築する」: 推進し read as coordinate with 構築する
    dict(t=("推進", "科学分野を"), type="ACTION", actors=[AIMS], content="世界の全ての地域で全ての科学分野"),
    dict(t=("構築", "基盤を"), type="ESTABLISH", actors=[AIMS],
         content="科学システムの開発を支援するための強力な基盤"),
    dict(t=("高める", "能力を"), type="ACTION", actors=[AIMS], content="社会課題に対応する能力"),
    dict(t=("促進", "対話を"), type="ACTION", actors=[AIMS], content="科学と政治と社会の間の真の対話"),
    dict(t=("促進", "modes）を"), type="ACTION", actors=[AIMS],
         content="学際的・共創的な方法（inter-andtrans–disciplinarymodes）"),
    dict(t=("促進", "利用を"), type="ACTION", actors=[AIMS], content="新しい知識と情報通信技術が提供する新しい機会の利用"),
    dict(t=("支援", "促進・"), type="SUPPORT", actors=[AIMS], content="新しい知識と情報通信技術が提供する新しい機会の利用"),
    dict(t=("開催", "会議の"), type="MEET", actors=[], content="会議"),
    dict(t=("掲げ", "98を"), type="ADOPT", actors=[("2021年総会", "", ISC)], content="“ISCActionPlan2022–2024”",
         date="2021"),
    dict(t=("予定", "開催が"), type="INTEND", actors=[("中国科学技術協会", "", "中国科学技術協会")],
         content="2026年10月に中国科学技術協会（CAST）の主催により北京にて開催", date="2026-10", loc="北京市"),
    dict(t=("強調", "ことを"), type="ANNOUNCE", actors=[("CASTの事務局長", "", "中国科学技術協会")],
         content="科学が世界経済と社会の進歩を促進し、人類の幸福を高める重要な力であること"),
    dict(t=("設置", "事務所を"), type="ESTABLISH", actors=[ISC_UN], content="連絡事務所", loc="ニューヨーク"),
    dict(t=("主導", "IRDR）を"), type="ACTION", actors=[ISC_UN, ("国連防災機関", "", "国連防災機関")],
         content="自然災害に関する課題への対応や被害の軽減、政策立案メカニズムの改善等を目的とした統合的研究プログラム"
                 "（IntegratedResearchonDisasterRisk：IRDR）"),
    dict(t=("連携", "研究機関と"), type="ACTION", actors=[ISC_UN], content="各国の研究機関"),
    dict(t=("設立", "JHoP）が"), type="ESTABLISH", actors=[],
         content="防災減災連携研究ハブ（JapanHubofDisasterResiliencePartners：JHoP）", date="2019", loc="日本"),
    dict(t=("設立", "Development）が"), type="ESTABLISH", actors=[],
         content="ICoE-Coherence（IRDRICoEforCoherenceamongDisasterRiskReduction,ClimateChangeAdaptationand"
                 "SustainableDevelopment）", date="2021"),
    dict(t=("連携", "緊密に"), type="ACTION", actors=[ISC_OECD], content="OECD"),
    dict(t=("推進", "協力を"), type="ACTION", actors=[ISC_OECD], content="国際的な科学協力"),
    dict(t=("発表", "」を"), type="ANNOUNCE", actors=[ISC_GUIDE],
         content=LIT("人工知能（AI）や大規模言語モデル（LLM）などの急速に発展する技術に関する政策立案者向けのガイドライン"
                     "「A Guide for Policy-makers: Evaluating Rapidly Developing Technologies Including AI, "
                     "Large Language Models and Beyond」"), date="2024-04"),
    # the aim belongs to the discussion at the meeting (会合では議論がなされた), not to ISC's release:
    # the meeting is the actor, its convening body (OECD) the canonical (GUIDELINES 5.1)
    dict(t=("目指し", "ことを"), type="INTEND", actors=[("会合", "ツールとなることを目指し、", "経済協力開発機構")],
         content="このガイドラインが単なる理論的な指針ではなく、政策立案者が具体的に活用できる実践的なツールとなること"),
]
