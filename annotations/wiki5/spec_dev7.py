"""Hand-written development gold of annotations/wiki5/wiki_dev7.txt (70 independent sentences of Japanese
Wikipedia from Stockmark's NER dataset, made by annotations/wiki5/make_text.py; one sentence per paragraph).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-6, 6.1-6.7 included) and the conventions of the Wikipedia development
sets (annotations/wiki/spec.py, spec_dev2.py, README "Hard cases decided"; annotations/wiki3/README.md,
spec_dev3.py, spec_dev4.py; annotations/wiki4/spec_dev5.py, spec_dev6.py) and of the held-out set
(annotations/heldout/README.md, "Hard cases decided" only); no NER, date tool or kiroku code or output was used
or looked at. The dataset's own entity spans were read as a starting point and relabelled / re-cut by the
guidelines. locate.py only finds these strings in the raw text.

ENTITIES: (text, left context, label, canonical); left "" = the text occurs once in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod).
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc, neg).
Sentence numbers (#n) are 1-based: the n-th paragraph of wiki_dev7.txt (the n-th row of wiki_dev7.sources.tsv).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE, Y, M, D, RY, dt, dur, REF, NULL, ev  # noqa: F401

PUBLISHED = None
REGIONS = [[0, 4806]]
FURNITURE: list[list[int]] = []

from spec_gold import ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD  # noqa: E402,F401 (the entity labels)
US, JP, CN = "米国", "日本", "中国"
LDP = "自由民主党"
EDO = "江戸幕府"
WW2 = "第二次世界大戦"


def XD(text, left, m, d):
    """A year-less date with no anchor in its sentence (published null): XXXX-MM-DD, no calendar extent."""
    return (text, left, "DATE", f"XXXX-{m:02d}-{d:02d}", None, None, None)


ENTITIES = [
    # 1 (中 "during" out of the war's name; 総司令部 is generic)
    ("フレンチ・インディアン戦争", "", EVT, "フレンチ・インディアン戦争"),
    ("オールバニー", "", GPE, "オールバニー"),
    ("英国植民地連合軍", "", ORG, "英国植民地連合軍"),
    # 2 (posts and ranks out; 加賀, an aircraft carrier, PRODUCT (ships), not the dataset's 地名;
    #    the dataset's 艦攻先任分隊 is a generic unit inside the post 艦攻先任分隊長)
    ("南雲司令部", "", ORG, "南雲司令部"),
    ("吉岡忠一", "", PER, "吉岡忠一"),
    ("雀部利三郎", "", PER, "雀部利三郎"),
    ("加賀", "", PROD, "加賀"),
    ("天谷孝久", "", PER, "天谷孝久"),
    ("牧秀雄", "", PER, "牧秀雄"),
    # 3
    ("南西方面艦隊", "", ORG, "南西方面艦隊"),
    ("マニラ", "", GPE, "マニラ"),
    ("バギオ", "", GPE, "バギオ"),
    # 4 (北京 -> 北京市, held-out canonical; 日中関係: one-character countries, contract)
    ("中国中央テレビ", "", ORG, "中国中央テレビ"),
    ("中国共産党", "", ORG, "中国共産党"),
    ("北京", "", GPE, "北京市"),
    ("日", "集めて", GPE, JP),
    ("中", "集めて日", GPE, CN),
    ("李肇星", "", PER, "李肇星"),
    # 5
    ("UNSCOM", "*", ORG, "UNSCOM"),
    ("イラク", "", GPE, "イラク"),
    # 6
    ("スターリン", "", PER, "スターリン"),
    ("ソ連政府", "", ORG, "ソ連政府"),
    # 7 (干渉戦争 "an intervention war" is not a name here)
    ("ロイド・ジョージ", "", PER, "ロイド・ジョージ"),
    ("アメリカ", "ロイド・ジョージは、", GPE, US),
    ("日本", "アメリカや", GPE, JP),
    ("チェコ軍団", "", ORG, "チェコ軍団"),
    # 8
    ("ハーリド", "", PER, "ハーリド"),
    ("東ローマ軍", "", ORG, "東ローマ軍"),
    # 9 (党本部 is generic)
    ("自民党岡山県連", "", ORG, "自民党岡山県連"),
    # 10
    ("第5軍団", "*", ORG, "第5軍団"),
    ("欧州陸軍", "", ORG, "欧州陸軍"),
    # 11 (PO written only as its acronym: canonical the acronym, 5.3)
    ("PO", "獲得したが、", ORG, "PO"),
    ("PO", "ため、", ORG, "PO"),
    ("セイム", "", ORG, "セイム"),
    ("ポーランド農民党", "", ORG, "ポーランド農民党"),
    ("PiS", "", ORG, "PiS"),
    # 12 (names inside posts are tagged)
    ("日本維新の会", "", ORG, "日本維新の会"),
    ("参議院", "", ORG, "参議院"),
    # 13 (所長, 委員 are posts; 側 out)
    ("事故調査委員会", "", ORG, "事故調査委員会"),
    ("野村修也", "", PER, "野村修也"),
    ("吉田", "「", PER, "吉田"),
    ("東京電力", "*", ORG, "東京電力"),
    # 14 (a grouping of states: LOC, like 西側諸国 / ラテンアメリカ諸国)
    ("ハンガリー", "\n\n", GPE, "ハンガリー"),
    ("東欧諸国", "", LOC, "東欧諸国"),
    ("カーダール政権", "", ORG, "カーダール政権"),
    # 15 (names inside the ranks)
    ("ドイツ国防軍", "", ORG, "ドイツ国防軍"),
    ("ドイツ連邦軍", "", ORG, "ドイツ連邦軍"),
    # 16 (軍人勅諭, a named rescript: DOCUMENT, added; インドネシア in インドネシア人, as wiki_dev's 韓国 in 韓国人実業家)
    ("日本軍", "", ORG, "日本軍"),
    ("軍人勅諭", "", DOC, "軍人勅諭"),
    ("インドネシア", "", GPE, "インドネシア"),
    # 17 (書記 is a post; 北側 out; パルチザン "the partisans" and 軍 are generic, not names)
    ("共和ファシスト党", "", ORG, "共和ファシスト党"),
    ("テリナ渓谷", "*", LOC, "テリナ渓谷"),
    ("ソンドリオ", "", GPE, "ソンドリオ"),
    # 18
    ("竹下派", "", ORG, "竹下派"),
    # 19 (the Red Army: one canonical with wiki_dev's ソビエト赤軍)
    ("ラシェ", "", PER, "ラシェ"),
    ("赤軍", "", ORG, "ソビエト赤軍"),
    # 20 (農水省 -> 農林水産省)
    ("法務省", "", ORG, "法務省"),
    ("財務省", "法務省、", ORG, "財務省"),
    ("総務省", "財務省、", ORG, "総務省"),
    ("経済産業省", "", ORG, "経済産業省"),
    ("農林水産省", "", ORG, "農林水産省"),
    ("農水省", "", ORG, "農林水産省"),
    # 21
    ("南北戦争", "", EVT, "南北戦争"),
    ("南軍", "*", ORG, "南軍"),     # both occurrences (#21, #67)
    # 22 (ジョージア inside the ministry's name is not tagged)
    ("ジョージア農業省", "", ORG, "ジョージア農業省"),
    # 23 (閉塞船団 "the blockship flotilla" is a generic unit, like the held-out 工兵部隊)
    ("ロシア軍", "", ORG, "ロシア軍"),
    # 24 (南岸 out, like wiki_dev's 日本海 (北部 out); 救援軍 is generic)
    ("オーストリア軍", "", ORG, "オーストリア軍"),
    ("エーガー", "", LOC, "エーガー"),
    ("ブラウン", "", PER, "ブラウン"),
    ("ザクセン軍", "", ORG, "ザクセン軍"),
    # 25 (後期 out; 航空界 out)
    ("第二次世界大戦", "*", EVT, WW2),   # both occurrences (#25, #60)
    ("ドイツ", "後期の", GPE, "ドイツ"),
    ("ヴッパータール", "", GPE, "ヴッパータール"),
    ("ゴルトシュミット・テゴ・フィルム工場", "", FAC, "ゴルトシュミット・テゴ・フィルム工場"),
    ("イギリス空軍", "", ORG, "イギリス空軍"),
    # 26 (アメリカ in アメリカ人, as the dataset)
    ("ドイツ軍", "*", ORG, "ドイツ軍"),   # both occurrences (#26, #60)
    ("グライフ作戦", "", EVT, "グライフ作戦"),
    ("アメリカ", "「", GPE, US),
    ("イリノイ州", "", GPE, "イリノイ州"),
    ("スプリングフィールド", "", GPE, "スプリングフィールド"),
    ("シカゴ", "", GPE, "シカゴ"),
    # 27 (陸軍, 海軍: which army and navy is not named, like wiki_dev's 海軍 in 海軍軍人)
    ("前田利為", "", PER, "前田利為"),
    ("町尻量基", "", PER, "町尻量基"),
    ("醍醐忠重", "", PER, "醍醐忠重"),
    ("小笠原長生", "", PER, "小笠原長生"),
    # 28
    ("ユーゴスラビア軍", "", ORG, "ユーゴスラビア軍"),
    # 29 (the Mercury Seven, a named group: ORG, added)
    ("コンラッド", "", PER, "コンラッド"),
    ("マーキュリー・セブン", "", ORG, "マーキュリー・セブン"),
    ("アメリカ航空宇宙局", "", ORG, "アメリカ航空宇宙局"),
    # 30 (総大将 a post; 九州 inside the EVENT name is not a second mention)
    ("九州征伐", "", EVT, "九州征伐"),
    ("忠政", "", PER, "忠政"),
    ("森軍", "", ORG, "森軍"),
    ("伴惟利", "", PER, "伴惟利"),
    ("甲賀衆", "", ORG, "甲賀衆"),
    ("九州", "共に", LOC, "九州"),
    # 31 (a team name: ORG, as the dataset)
    ("NCAA", "", ORG, "NCAA"),
    ("ノースダコタ大学", "", ORG, "ノースダコタ大学"),
    ("Fighting Sioux", "", ORG, "Fighting Sioux"),
    # 32 (a law: DOCUMENT, not the dataset's 製品名; the hurricane: EVENT, as the dataset)
    ("アメリカ合衆国連邦緊急事態管理庁", "", ORG, "アメリカ合衆国連邦緊急事態管理庁"),
    ("ミシシッピ州緊急事態管理局", "", ORG, "ミシシッピ州緊急事態管理局"),
    ("建築法", "", DOC, "建築法"),
    ("カトリーナ", "", EVT, "カトリーナ"),
    # 33 (a plan: DOCUMENT, not the dataset's 製品名; 処長, 技佐 posts; 水道科 in 水道科長 is a section with a post,
    #    like wiki_dev2's 建築工事係; 同市 an anaphor)
    ("佐藤俊久", "", PER, "佐藤俊久"),
    ("山崎桂一", "", PER, "山崎桂一"),
    ("大哈爾浜都市計画", "", DOC, "大哈爾浜都市計画"),
    # 34 (一国二制度, a political formula, is a concept, not a DOCUMENT (slogans and concepts); the cross-strait law DOCUMENT;
    #    the outlet 中国台湾網 ORG, like CNS)
    ("国台弁", "", ORG, "国台弁"),
    ("中国台湾網", "", ORG, "中国台湾網"),
    ("韓国瑜", "*", PER, "韓国瑜"),
    ("大陸委", "", ORG, "大陸委"),
    ("両岸条例", "", DOC, "両岸条例"),
    ("高雄市議会", "", ORG, "高雄市議会"),
    # 35 (a ship class: PRODUCT, span without the generic head, canonical with it, like the held-out 209型)
    ("オーストリア=ハンガリー帝国海軍", "", ORG, "オーストリア=ハンガリー帝国海軍"),
    ("テゲトフ級", "", PROD, "テゲトフ級戦艦"),
    # 36
    ("自民党", "12月27日、", ORG, LDP),
    ("新自由クラブ", "", ORG, "新自由クラブ"),
    # 37 (下 out)
    ("福田", "\n\n", PER, "福田"),
    ("福田派", "", ORG, "福田派"),
    ("田中", "", PER, "田中"),
    ("大平政権", "", ORG, "大平政権"),
    # 38 (期 out)
    ("クリントン政権", "", ORG, "クリントン政権"),
    ("ニクソン政権", "", ORG, "ニクソン政権"),
    ("アジェンデ政権", "", ORG, "アジェンデ政権"),
    # 39 (報告書 is a generic head: the court of inquiry's report is not a named title)
    ("米海軍査問委員会", "", ORG, "米海軍査問委員会"),
    # 40 (a named edict: DOCUMENT, added)
    ("江戸幕府", "\n\n", ORG, EDO),
    ("勧進相撲禁止令", "", DOC, "勧進相撲禁止令"),
    # 41 (a base rule: DOCUMENT (a regime), not the dataset's 製品名; 長, 大佐 out)
    ("リバティー制度", "*", DOC, "リバティー制度"),
    ("米軍キャンプ瑞慶覧", "", FAC, "米軍キャンプ瑞慶覧"),
    ("北谷町", "", GPE, "北谷町"),
    ("米海兵隊政務外交部", "", ORG, "米海兵隊政務外交部"),
    ("ダリン・クラーク", "", PER, "ダリン・クラーク"),
    # 42
    ("カナダ空軍", "", ORG, "カナダ空軍"),
    # 43
    ("UEFAカップウィナーズカップ", "", EVT, "UEFAカップウィナーズカップ"),
    ("欧州サッカー連盟", "", ORG, "欧州サッカー連盟"),
    # 44 (the UN Headquarters: a named site, FACILITY; 国連 inside it is not a second mention)
    ("国連総会", "", ORG, "国連総会"),
    ("国連本部", "", FAC, "国連本部"),
    # 45 (WHO's named list: DOCUMENT, like the named indexes and rankings)
    ("世界保健機関", "", ORG, "世界保健機関"),
    ("必須医薬品リスト", "", DOC, "必須医薬品リスト"),
    # 46 (a named expert council: ORG; brackets out)
    ("文部科学省", "", ORG, "文部科学省"),
    ("スポーツ指導者の資質能力向上のための有識者会議", "", ORG, "スポーツ指導者の資質能力向上のための有識者会議"),
    # 47 (海軍: the navy is not named; 大宰相 a post)
    # 48
    ("ポロ作戦", "", EVT, "ポロ作戦"),
    ("ハイダラーバード軍", "", ORG, "ハイダラーバード軍"),
    ("インド軍", "*", ORG, "インド軍"),
    # 49 (a chronicle: PRODUCT (books); the clan 豊臣氏 ORG, like wiki_dev2's 諏訪氏 (dataset PERSON 豊臣); 側 out)
    ("葛西真記録", "", PROD, "葛西真記録"),
    ("秀吉", "", PER, "秀吉"),
    ("奥州平定軍", "", ORG, "奥州平定軍"),
    ("寺池城", "", FAC, "寺池城"),
    ("佐沼城", "", FAC, "佐沼城"),
    ("豊臣氏", "", ORG, "豊臣氏"),
    # 50 (幕府 -> 江戸幕府, held-out canonical)
    ("江戸幕府", "当時", ORG, EDO),
    ("ジュール・ブリュネ", "", PER, "ジュール・ブリュネ"),
    ("幕府", "ブリュネが", ORG, EDO),
    ("維新政府軍", "", ORG, "維新政府軍"),
    # 51
    ("欧州委員会", "", ORG, "欧州委員会"),
    ("欧州連合", "", ORG, "欧州連合"),
    ("欧州対外行動局", "", ORG, "欧州対外行動局"),
    # 52 (the name inside the post; the country is not named)
    ("貴族院", "", ORG, "貴族院"),
    # 53
    ("日本", "「", GPE, JP),
    ("総務省", "実のところ", ORG, "総務省"),
    ("財務省", "負担金となっており、", ORG, "財務省"),
    # 54 (日本 in 日本人, as the dataset)
    ("日本", "ならない。\n\n", GPE, JP),
    ("厚生労働省", "", ORG, "厚生労働省"),
    ("がん対策推進協議会", "", ORG, "がん対策推進協議会"),
    # 55 (instruments are product classes)
    ("救世軍", "", ORG, "救世軍"),
    # 56 (the state party's convention: a meeting, EVENT, not the dataset's 政治的組織名)
    ("ノースカロライナ州", "", GPE, "ノースカロライナ州"),
    ("民主党党大会", "", EVT, "民主党党大会"),
    ("ジャクソン", "", PER, "ジャクソン"),
    # 57 (Kontor and Kaufhaus are kinds of building (同様の施設), not names)
    ("ドイツ・ハンザ同盟", "", ORG, "ドイツ・ハンザ同盟"),
    ("南ドイツ", "", LOC, "南ドイツ"),
    # 58 (救難強化巡視船 is a class of ships)
    ("海上保安庁", "", ORG, "海上保安庁"),
    # 59 (an election named by its institution: EVENT)
    ("下院選挙", "", EVT, "下院選挙"),
    ("欧州安全保障協力機構", "", ORG, "欧州安全保障協力機構"),
    ("欧州会議", "", ORG, "欧州会議"),
    # 60
    ("オランダ", "", GPE, "オランダ"),
    ("ベルギー", "", GPE, "ベルギー"),
    ("ノルマンディー上陸作戦", "", EVT, "ノルマンディー上陸作戦"),
    ("連合国軍", "", ORG, "連合国軍"),
    # 61
    ("木幡山伏見城", "", FAC, "木幡山伏見城"),
    ("幕府", "代替として", ORG, EDO),
    ("松平定綱", "", PER, "松平定綱"),
    # 62 (旧 out; the Meiji parties kept apart from later parties of the same name by canonical)
    ("自由党", "", ORG, "自由党 (日本 1890年)"),
    ("松田正久", "", PER, "松田正久"),
    ("林有造", "", PER, "林有造"),
    ("進歩党", "", ORG, "進歩党 (日本)"),
    ("尾崎行雄", "", PER, "尾崎行雄"),
    ("大東義徹", "", PER, "大東義徹"),
    # 63
    ("アメリカ海軍", "", ORG, "アメリカ海軍"),
    ("ニュージーランド民間航空局", "", ORG, "ニュージーランド民間航空局"),
    # 64 (the names after モスクワの and 検閲団体の are missing in the text)
    ("モスクワ", "", GPE, "モスクワ"),
    ("共産党文化部", "", ORG, "共産党文化部"),
    # 65
    ("第2次吉田内閣", "", ORG, "第2次吉田内閣"),
    ("第3次吉田内閣", "", ORG, "第3次吉田内閣"),
    # 66
    ("最高裁判所", "", ORG, "最高裁判所"),
    ("山田", "", PER, "山田"),
    ("今井", "", PER, "今井"),
    ("東映", "", ORG, "東映"),
    # 67
    ("ファイブフォークスの戦い", "", EVT, "ファイブフォークスの戦い"),
    ("第三次ピーターズバーグの戦い", "", EVT, "第三次ピーターズバーグの戦い"),
    ("アポマトックス・コートハウスの戦い", "", EVT, "アポマトックス・コートハウスの戦い"),
    ("リー", "後に、", PER, "リー"),
    ("北バージニア軍", "", ORG, "北バージニア軍"),
    # 68 (連邦制定法 "federal statute law" is a generic term, not a named law)
    ("連邦裁判所", "", ORG, "連邦裁判所"),
    # 69 (列強諸国 "the Powers" generic; 各省代表 generic; the concession one LOC (the dataset cuts 上海イギリス);
    #    宣統 (帝 out, canonical 宣統帝, like the held-out 乾隆); the name inside the post 中華民国大総統)
    ("清朝政府", "", ORG, "清朝政府"),
    ("唐紹儀", "", PER, "唐紹儀"),
    ("伍廷芳", "", PER, "伍廷芳"),
    ("上海イギリス租界", "", LOC, "上海イギリス租界"),
    ("袁世凱", "*", PER, "袁世凱"),
    ("宣統", "", PER, "宣統帝"),
    ("中華民国", "", GPE, "中華民国"),
    # 70 (a named memorial room: FACILITY, added)
    ("毛沢東", "", PER, "毛沢東"),
    ("周恩来", "", PER, "周恩来"),
    ("劉少奇", "", PER, "劉少奇"),
    ("朱徳", "", PER, "朱徳"),
    ("陳雲", "", PER, "陳雲"),
    ("鄧小平", "", PER, "鄧小平"),
    ("革命業績紀念室", "", FAC, "革命業績紀念室"),
    ("中国人民解放軍", "", ORG, "中国人民解放軍"),
]


DATES = [
    # 1, 2: 戦争中 not a date
    XD("1月5日", "", 1, 5),                                           # 3 (no year in the sentence)
    XD("4月19日", "", 4, 19),                                         # 4
    # 6: 当時 not a date; 11: 結党以来 (since an unnamed founding) not a calendar date
    XD("12月27日", "", 12, 27),                                       # 36
    REF("現在", "", "PRESENT_REF"),                                   # 38 (X政権期: a named period, not a date)
    NULL("24日午後8時", ""),                                          # 39 (a day with a clock time and no month: XXXX-XX-24
                                                                      #     is no contract TIMEX3 form, so a null value)
    dt("慶安元年", "", Y(1648)),                                       # 40
    XD("4月24日", "", 4, 24),                                         # 41 (事件後 not a date)
    REF("かつて", "", "PAST_REF"),                                    # 43
    XD("4月12日", "", 4, 12),                                         # 46
    REF("当面", "大宰相は海軍に「", "FUTURE_REF"),                     # 47 (for the time being, like dev6's 当面)
    XD("9月18日", "", 9, 18),                                         # 48
    # 49: 後世 not a date; 55: 幼少期 (an age) not a date
    REF("当面", "\n\n", "FUTURE_REF"),                                 # 62
    XD("翌4月1日", "", 4, 1),                                          # 67 (翌 appositive to its date: one item; no year)
    XD("4月2日", "", 4, 2),
    XD("4月9日", "", 4, 9),
]


EVENTS = [
    # 1: a headquarters set up (置かれた = 設置, ESTABLISH), agentless, its place named
    ev("置か", "総司令部が", "ESTABLISH", content="英国植民地連合軍の総司令部", loc="オールバニー"),
    # 2: testimony (証言, ANNOUNCE, as the held-out's 証言); the officers act as themselves
    ev("証言", "知らないと", "ANNOUNCE",
       [("吉岡忠一", "", "吉岡忠一"), ("雀部利三郎", "", "雀部利三郎"), ("天谷孝久", "", "天谷孝久"), ("牧秀雄", "", "牧秀雄")],
       "この予令について知らない"),
    # 3: moving a headquarters (移した) is not of the nine types
    # 4: the party held a meeting in Beijing (開き, MEET); 4月19日 dates the TV report, not linked; 呼び掛け is a call on others
    ev("開き", "大報告会を", "MEET", [("中国共産党", "", "中国共産党")], "日中関係に関する異例の大報告会", loc="北京市"),
    # 5: 変更, 拒否 are not of the nine types; 協力的ではなくなり describes a stance
    # 6: the government's statement; 噂されていた is not an event
    ev("発表", "病死と", "ANNOUNCE", [("ソ連政府", "", "ソ連政府")], "彼の死を心臓発作による病死"),
    # 7: a bare decision (ADOPT); the start of the war is its content; partners (とともに) are not actors; no office is named
    #    for Lloyd George, so he stays the person (6.1)
    ev("決定", "開始することを", "ADOPT", [("ロイド・ジョージ", "", "ロイド・ジョージ")],
       "アメリカや日本とともにチェコ軍団援護のための干渉戦争を開始すること"),
    # 8, 19, 23, 30, 48, 60, 67: military acts; 9: 提出 of a request; 10: 検討された is not of the nine types
    # 11: a coalition government launched (発足), its parties named with による (actors, like the held-out 自社さ連立による);
    #     seats won and 下野することになった are results
    ev("発足", "連立政権が", "ESTABLISH", [("PO", "ため、", "PO"), ("ポーランド農民党", "", "ポーランド農民党")],
       "POとポーランド農民党による連立政権"),
    # 13: the commissioner announcing the commission's conclusion (acting in that role -> the commission, 6.1);
    #     とし and 認める stand inside what is announced
    ev("発表", "認める", "ANNOUNCE", [("野村修也", "", "事故調査委員会")],
       "「吉田所長が最悪の事態を想定した漠然とした人数が10人」だとし、「東京電力に全面撤退の形跡無し」と、東京電力側の主張を全面的に認める"),
    # 17: 提案 is a proposal; 20: a personnel practice (確立されてきた) is a description; 21: 南軍支持であり describes a stance
    # 24: forming a relief force in battle (構成) is a military act
    # 26: a measure adopted (方策が採られた, ADOPT), agentless
    ev("採ら", "方策が", "ADOPT", content="「アメリカ人なら誰でも答えられる質問」を全ての将兵に訊くという方策"),
    # 29: 招かれた, 選考 are not events; 31: a ban (禁止) is not of the nine types (like the held-out 規制がかけられた)
    # 32: a law enacted by two named agencies (relative clause with its actors)
    ev("制定", "管理局が", "ADOPT",
       [("アメリカ合衆国連邦緊急事態管理庁", "", "アメリカ合衆国連邦緊急事態管理庁"),
        ("ミシシッピ州緊急事態管理局", "", "ミシシッピ州緊急事態管理局")],
       "海浜における建築法"),
    # 33: drafting a city plan (立案を行なう: light verb, 立案 = formulating a plan, ADOPT); the subject is unnamed, the
    #     co-worker (と共に) is not an actor; 遂行 (carrying out a project) is not of the nine types
    ev("立案", "都市計画の", "ADOPT", content="大哈爾浜都市計画"),
    # 34: the talks' contents not disclosed (a failure to disclose: negated ANNOUNCE, agentless); the council's 言及
    #     (ANNOUNCE); a website's report (報じた) and the questions asked (言及したか, 支持するか, 追及) are not events
    ev("公開", "冒頭部分しか", "ANNOUNCE", content="会談の内容", neg=True),
    ev("言及", "可能性について", "ANNOUNCE", [("大陸委", "", "大陸委")], "両岸条例違反の可能性"),
    # 35: adopting a gun layout (採用 of a technology) is not of the nine types
    # 36: a coalition government formed (組んで, like 発足 / 結成); the partner (と) is not an actor
    ev("組ん", "連立政権を", "ESTABLISH", [("自民党", "12月27日、", LDP)], "連立政権", "XXXX-12-27"),
    # 38: 機密解除された (a declassification in a time clause) and a theory held (とする説が有力) are not events
    # 39: the court of inquiry's report issued (ANNOUNCE); the issuer is named in the report's name (like the held-out
    #     ICD-10 / WHO)
    ev("発表", "報告書が", "ANNOUNCE", [("米海軍査問委員会", "", "米海軍査問委員会")], "米海軍査問委員会報告書"),
    # 40: an edict issued (出す of a regulation, ANNOUNCE as the held-out's 通知が出された)
    ev("出し", "禁止令を", "ANNOUNCE", [("江戸幕府", "\n\n", EDO)], "勧進相撲禁止令", "1648"),
    # 41: a meeting (面談, like 会談: both parties actors); the colonel, head of the named office, acts for it (6.1),
    #     the councillors for their town; his remark (発言, ANNOUNCE) made at the meeting (no location, wiki3);
    #     外泊許可を出していた (a permission) and 抗議 are not events
    ev("面談", "大佐と", "MEET", [("北谷町の町議員団", "", "北谷町"), ("ダリン・クラーク", "", "米海兵隊政務外交部")],
       date="XXXX-04-24", loc="米軍キャンプ瑞慶覧"),
    ev("発言", "ともとれる", "ANNOUNCE", [("ダリン・クラーク", "", "米海兵隊政務外交部")],
       "「99.9%の兵士が制度を順守している」「逆に、なぜリバティー制度が不安を与えているのか聞きたい」", "XXXX-04-24"),
    # 42: rescue and 貢献 in an operation are not commitments; 43: held by UEFA (a standing practice, 6.7)
    # 45: being on a list (掲載されており) is the list's contents
    # 46: the ministry held the council's first meeting (初会合を持った: light verb, MEET on 会合)
    ev("会合", "の初", "MEET", [("文部科学省", "", "文部科学省")], "「スポーツ指導者の資質能力向上のための有識者会議」",
       "XXXX-04-12"),
    # 47: the Grand Vizier's view (見解を示した, ANNOUNCE like the held-out 認識を示した); an unnamed office holder of a
    #     country not named: the mention itself; what he asks for (勤めてもらいたい) is a request
    ev("示し", "」と見解を", "ANNOUNCE", [("大宰相", "", "大宰相")],
       "「当面は新たに戦艦や巡洋艦を購入せず、現存の装甲艦を修理もしくは近代化改装を行う事で満足し、これにより海防に勤めてもらいたい」"),
    # 49: a chronicle written, fighting: no events; 50: 撤廃, 同情, 入隊 are not of the nine types
    # 51: delegations located and re-subordinated (おかれるようになった) are not foundings
    # 54: what the law lays down (定めた法律, 明確にし) is a document's contents; 56: a survey, generic delegates' acts
    # 58: vessels designated (指定, ADOPT: an official designation), agentless
    ev("指定", "救難体制強化を", "ADOPT", content="救難体制強化"),
    # 59: one statement predicate with two subjects (two actors); 派遣 (dispatching monitors) is not of the nine types
    ev("発表", "あった」と", "ANNOUNCE",
       [("欧州安全保障協力機構", "", "欧州安全保障協力機構"), ("欧州会議", "", "欧州会議")],
       "「水増しなどの不正操作が行われた」、欧州会議は「多くの不正が行われ、政府による監視活動妨害があった」"),
    # 61: 命じて築かせた (an order, construction) are not events
    # 62: 〜ものとした: the embedded predicates are the events: a post not set up (negated ESTABLISH), the party unnamed;
    #     就任 is an appointment
    ev("設置", "総裁は", "ESTABLISH", content="総裁", neg=True),
    # 63: a notice (通知, ANNOUNCE); the addressee is not an actor
    ev("通知", "民間航空局に", "ANNOUNCE", [("アメリカ海軍", "", "アメリカ海軍")],
       "彼らが提供する航空交通管制、飛行監視、気象予報はあくまで参考情報だ"),
    # 64: funding received, control: no events; 65: career
    # 66: requests (求め) and pressure (圧力) are not events; the distributor's scheduled distribution (予定, INTEND)
    ev("予定", "配給", "INTEND", [("東映", "", "東映")], "配給"),
    # 68: what a statute lays down (定められている) is a standing state
    # 69: talks begun between the two representatives (交渉, MEET; each acts for what he represents, 6.1; the
    #     provinces are not a named body); the provinces' representatives' support (支持, SUPPORT); Yuan's
    #     support is a condition (conditional), not an event
    ev("交渉", "租界で", "MEET", [("唐紹儀", "", "清朝政府"), ("伍廷芳", "", "伍廷芳")], loc="上海イギリス租界"),
    ev("支持", "就任を", "SUPPORT", [("各省代表", "条件に、", "各省代表")], "袁世凱の中華民国大総統への就任"),
    # 70: permissions (許可された) and visits are not events
]
