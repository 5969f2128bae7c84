"""Hand-written development gold of annotations/wiki3/wiki_dev4.txt (70 independent sentences of Japanese
Wikipedia from Stockmark's NER dataset, made by annotations/wiki3/make_text.py; one sentence per paragraph).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-6, 6.1-6.7 included) and the conventions of the Wikipedia development
sets (annotations/wiki/spec.py, spec_dev2.py, README "Hard cases decided") and of the held-out set
(annotations/heldout/README.md, "Hard cases decided" only); no NER, date tool or kiroku code or output was used
or looked at. The dataset's own entity spans were read as a starting point and relabelled / re-cut by the
guidelines. locate_dev4.py only finds these strings in the raw text.

ENTITIES: (text, left context, label, canonical); left "" = the text occurs once in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod).
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc, neg).
Sentence numbers (#n) are 1-based: the n-th paragraph of wiki_dev4.txt (the n-th row of wiki_dev4.sources.tsv).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE, Y, M, D, RY, dt, dur, REF, NULL, ev  # noqa: F401

PUBLISHED = None
REGIONS = [[0, 4410]]
FURNITURE: list[list[int]] = []

from spec_gold import ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD  # noqa: E402,F401 (the entity labels)
JP, CN = "日本", "中国"

ENTITIES = [
    # 1
    ("経済競争保護所", "", ORG, "経済競争保護所"),
    ("チェコ鉄道", "", ORG, "チェコ鉄道"),
    # 2
    ("UEFA EURO 2012", "", EVT, "UEFA EURO 2012"),
    # 3 (クラブ・ is a generic head before the name)
    ("バーデン=ヴュルテンベルク州", "", GPE, "バーデン=ヴュルテンベルク州"),
    ("SSVロイトリンゲン", "", ORG, "SSVロイトリンゲン"),
    ("1.FCニュルンベルク", "", ORG, "1.FCニュルンベルク"),
    # 4
    ("ディズニースタジオ", "", ORG, "ディズニースタジオ"),
    ("三匹の子ぶた", "", PROD, "三匹の子ぶた"),
    # 5
    ("アルゼンチン", "", GPE, "アルゼンチン"),
    ("1978 FIFAワールドカップ", "", EVT, "1978 FIFAワールドカップ"),
    # 6
    ("第1回全日本スピードスケート選手権大会", "", EVT, "第1回全日本スピードスケート選手権大会"),
    # 7
    ("NHK", "1989年より", ORG, "NHK"),
    # 8
    ("スポーク", "", PER, "スポーク"),
    ("ナショナル セミコンダクター", "", ORG, "ナショナル セミコンダクター"),
    # 9 (one orchestra's name: the containing name wins)
    ("ロシア放送民族楽器オーケストラ", "", ORG, "ロシア放送民族楽器オーケストラ"),
    ("モスクワ放送交響楽団", "", ORG, "モスクワ放送交響楽団"),
    ("ロシア", "今日まで", GPE, "ロシア"),
    # 10
    ("ノースダコタ州", "", GPE, "ノースダコタ州"),
    ("ペンビナ", "", GPE, "ペンビナ"),
    ("レッド川", "", LOC, "レッド川"),
    ("北西毛皮会社", "", ORG, "北西毛皮会社"),
    ("シャルル・バティスト・シャボリエ", "", PER, "シャルル・バティスト・シャボリエ"),
    # 11
    ("カール・ゼーリヒ財団", "", ORG, "カール・ゼーリヒ財団"),
    ("ローベルト・ヴァルザー協会", "", ORG, "ローベルト・ヴァルザー協会"),
    ("チューリヒ、ローベルト・ヴァルザー財団", "", ORG, "チューリヒ、ローベルト・ヴァルザー財団"),
    # 12 (a shipyard of the company, written without a bracket: one FACILITY, like 福井県警察小浜警察署)
    ("耕洋丸", "", PROD, "耕洋丸"),
    ("林兼造船下関造船所", "", FAC, "下関造船所"),
    # 13
    ("劇団若草", "", ORG, "劇団若草"),
    # 14 (awards: PRODUCT, like the held-out 旭日重光章)
    ("MTV Video Music Awards", "", EVT, "MTV Video Music Awards"),
    ("最優秀編集賞", "", PROD, "最優秀編集賞"),
    ("最優秀アートディレクション賞", "", PROD, "最優秀アートディレクション賞"),
    # 15
    ("SCバスティア", "", ORG, "SCバスティア"),
    ("リーグ・アン", "", ORG, "リーグ・アン"),
    # 16
    ("NVT", "", ORG, "NVT"),
    ("メリデン工場", "製造の中心を", FAC, "メリデン工場"),
    ("バーミンガム", "", GPE, "バーミンガム"),
    ("BSA社", "", ORG, "BSA社"),
    ("メリデン工場", "計画するが、", FAC, "メリデン工場"),
    ("メリデン共同組合", "", ORG, "メリデン共同組合"),
    ("ボンネビル", "", PROD, "ボンネビル"),
    ("メリデン", "生産を", GPE, "メリデン"),
    # 17
    ("桐蔭横浜大学", "", ORG, "桐蔭横浜大学"),
    ("JFL", "", ORG, "JFL"),
    ("Honda FC", "", ORG, "Honda FC"),
    # 18
    ("杜", "1943年に", PER, "杜"),
    ("通済公司", "", ORG, "通済公司"),
    ("銭", "設立すると、", PER, "銭"),
    ("交通銀行", "", ORG, "交通銀行"),
    # 19
    ("横浜トリエンナーレ", "", EVT, "横浜トリエンナーレ"),
    # 20
    ("小早川優子", "", PER, "小早川優子"),
    ("宮内あすか", "", PER, "宮内あすか"),
    ("ワークシフト研究所", "", ORG, "ワークシフト研究所"),
    # 21 (the name inside the post)
    ("電源開発", "", ORG, "電源開発"),
    # 22
    ("ルノー", "", ORG, "ルノー"),
    ("コレオス", "", PROD, "コレオス"),
    ("ラグナ3", "", PROD, "ラグナ3"),
    ("カングー2", "", PROD, "カングー2"),
    # 23
    ("Jリーグ アジアチャレンジ", "", EVT, "Jリーグ アジアチャレンジ"),
    ("バンコク・ユナイテッドFC", "", ORG, "バンコク・ユナイテッドFC"),
    # 24
    ("バンダイナムコゲームス・ナムコレーベル", "", ORG, "バンダイナムコゲームス・ナムコレーベル"),
    # 25 (a law and the legal regime it introduced: DOCUMENT, not the dataset's 製品名)
    ("証券取引法", "", DOC, "証券取引法"),
    ("最低資本金制度", "", DOC, "最低資本金制度"),
    ("茨城証券", "", ORG, "茨城証券"),
    # 26
    ("全国運動会", "", EVT, "全国運動会"),
    ("北京国家体育場", "", FAC, "北京国家体育場"),
    ("中国", "次ぐ", GPE, CN),
    # 27
    ("アジア競技大会", "", EVT, "アジア競技大会"),
    ("モンゴル", "", GPE, "モンゴル"),
    # 28
    ("中日ドラゴンズ", "", ORG, "中日ドラゴンズ"),
    ("鎌田圭司", "", PER, "鎌田圭司"),
    # 29 (その一方の科学映画: a line of films, not a name)
    ("日映科学映画製作所", "", ORG, "日映科学映画製作所"),
    ("石本統吉", "", PER, "石本統吉"),
    # 30
    ("シンガポール・エアショー", "", EVT, "シンガポール・エアショー"),
    ("エア・コスタ", "", ORG, "エア・コスタ"),
    ("エンブラエル社", "", ORG, "エンブラエル社"),
    # 31
    ("春秋園事件", "", EVT, "春秋園事件"),
    ("海光山", "", PER, "海光山"),
    ("革新力士団", "", ORG, "革新力士団"),
    ("日本相撲協会", "", ORG, "日本相撲協会"),
    # 32
    ("ラファウ・ブレハッチ", "", PER, "ラファウ・ブレハッチ"),
    ("第15回ショパン国際ピアノコンクール", "", EVT, "第15回ショパン国際ピアノコンクール"),
    # 33
    ("ミズノ", "", ORG, "ミズノ"),
    # 34
    ("ブラジル", "2006年から", GPE, "ブラジル"),
    ("ゴイアスEC", "", ORG, "ゴイアスEC"),
    ("ロシア", "2007年7月、", GPE, "ロシア"),
    ("FCスパルタク・モスクワ", "", ORG, "FCスパルタク・モスクワ"),
    # 35 (投資グリープ "an investment group": not a name)
    ("スカンジナビア航空", "1990年代に", ORG, "スカンジナビア航空"),
    ("スカンジナビア航空", "その", ORG, "スカンジナビア航空"),
    # 36 (a store: one FACILITY, the containing name wins)
    ("西武流通グループ", "", ORG, "西武流通グループ"),
    ("西友ストアー", "", ORG, "西友ストアー"),
    ("西友郡山店", "", FAC, "西友郡山店"),
    # 37 (a book: PRODUCT; 米国 inside the title not tagged)
    ("米国金融史1867年-1960年", "", PROD, "米国金融史1867年-1960年"),
    ("ミルトン・フリードマン", "", PER, "ミルトン・フリードマン"),
    ("アンナ・シュウォーツ", "", PER, "アンナ・シュウォーツ"),
    ("世界恐慌", "", EVT, "世界恐慌"),
    # 38
    ("マキノ", "", PER, "マキノ"),
    ("岡田", "", PER, "岡田"),
    ("東映", "", ORG, "東映"),
    # 39
    ("グディソン・パーク", "", FAC, "グディソン・パーク"),
    ("ノッティンガム・フォレスト", "", ORG, "ノッティンガム・フォレスト"),
    # 40 (「青騎士」展: the brackets are inside the name, as the dataset has it)
    ("マッケ", "", PER, "マッケ"),
    ("「青騎士」展", "", EVT, "「青騎士」展"),
    ("ゾンダーブント展", "", EVT, "ゾンダーブント展"),
    ("ベルリン新分離派展", "", EVT, "ベルリン新分離派展"),
    ("ドイツ秋季サロン展", "", EVT, "ドイツ秋季サロン展"),
    # 41
    ("名古屋パルプ", "", ORG, "名古屋パルプ"),
    ("大王製紙", "", ORG, "大王製紙"),
    # 42
    ("Amazon.com", "", ORG, "Amazon.com"),
    ("Phorm", "", ORG, "Phorm"),
    # 43
    ("スポルチ・レシフェ", "", ORG, "スポルチ・レシフェ"),
    # 44
    ("ディリ", "", GPE, "ディリ"),
    ("ポルトガル語諸国共同体首脳会議", "", EVT, "ポルトガル語諸国共同体首脳会議"),
    ("日本", "首脳会議に、", GPE, JP),
    # 45
    ("第1回国際心理学会議", "", EVT, "第1回国際心理学会議"),
    ("ウィリアム・ジェームズ", "", PER, "ウィリアム・ジェームズ"),
    # 46 (シリーズ a generic head)
    ("天外魔境", "そして", PROD, "天外魔境"),
    ("セガサターン", "", PROD, "セガサターン"),
    ("天外魔境第四の黙示録", "", PROD, "天外魔境第四の黙示録"),
    ("ハドソン", "", ORG, "ハドソン"),
    # 47
    ("ボルチモア・オリオールズ", "", ORG, "ボルチモア・オリオールズ"),
    # 48
    ("株式会社ワンエイトプロモーション", "", ORG, "株式会社ワンエイトプロモーション"),
    # 49
    ("三井グループ", "", ORG, "三井グループ"),
    # 50 (two Japanese titles of one film: one canonical)
    ("日本", "\n\n", GPE, JP),
    ("香港電影祭", "", EVT, "香港電影祭"),
    ("モンコク・カルメン", "", PROD, "いますぐ抱きしめたい"),
    ("いますぐ抱きしめたい", "", PROD, "いますぐ抱きしめたい"),
    # 51
    ("奇跡は段ボールの中に", "", PROD, "奇跡は段ボールの中に"),
    ("かのうゆき", "", PER, "かのうゆき"),
    ("中部経済新聞社", "", ORG, "中部経済新聞社"),
    ("ZENSHIN", "", ORG, "ZENSHIN"),
    # 52
    ("M・パテー", "", ORG, "M・パテー"),
    ("日活", "", ORG, "日活"),
    ("大久保撮影所", "", FAC, "大久保撮影所"),
    ("岩岡", "", PER, "岩岡"),
    ("高松豊次郎", "", PER, "高松豊次郎"),
    ("活動写真資料研究会", "", ORG, "活動写真資料研究会"),
    ("吾嬬撮影所", "", FAC, "吾嬬撮影所"),
    ("山根幹人", "", PER, "山根幹人"),
    ("日本労働問題", "", PROD, "日本労働問題"),
    ("神田青年館", "", FAC, "神田青年館"),
    # 53 (リーグ得点王, a title, is not a name)
    ("遼寧宏運", "", ORG, "遼寧宏運"),
    # 54
    ("西ドイツ", "", GPE, "西ドイツ"),
    ("磁気浮上式鉄道", "", TECH, "磁気浮上式鉄道"),
    ("リニア同期モーター", "", TECH, "リニア同期モーター"),
    ("メッサーシュミット・ベルコウ・ブローム社", "", ORG, "メッサーシュミット・ベルコウ・ブローム社"),
    ("トランスラピッド", "主導する", PROD, "トランスラピッド"),
    ("クラウス=マッファイ社", "", ORG, "クラウス=マッファイ社"),
    ("リニア誘導モーター", "", TECH, "リニア誘導モーター"),
    ("トランスラピッド04", "", PROD, "トランスラピッド04"),
    ("吸引式磁気浮上", "", TECH, "吸引式磁気浮上"),
    # 55 (station names in 奈良-京終間: places, as the dataset)
    ("奈良駅", "", FAC, "奈良駅"),
    ("大阪鉄道", "", ORG, "大阪鉄道"),
    ("関西鉄道", "", ORG, "関西鉄道"),
    ("奈良", "輸送が", GPE, "奈良"),
    ("京終", "", LOC, "京終"),
    # 56
    ("2008年北京五輪", "", EVT, "2008年北京オリンピック"),
    ("ブラジル", "優勝してきた", GPE, "ブラジル"),
    # 57
    ("第59回NHK紅白歌合戦", "", EVT, "第59回NHK紅白歌合戦"),
    ("秋川", "", PER, "秋川"),
    # 58
    ("市原", "", ORG, "市原"),
    # 59
    ("全日本卓球選手権", "", EVT, "全日本卓球選手権"),
    # 60
    ("近鉄バス", "", ORG, "近鉄バス"),
    # 61
    ("アウストロ=ダイムラー", "", ORG, "アウストロ=ダイムラー"),
    # 62 (a division of the company: the containing name wins, like 東京大学法学部)
    ("住友電気工業研究開発本部", "", ORG, "住友電気工業研究開発本部"),
    # 63
    ("フランクフルト・アム・マイン鉱業銀行", "", ORG, "フランクフルト・アム・マイン鉱業銀行"),
    ("クルップ", "", ORG, "クルップ"),
    # 64
    ("小樽商科大学", "", ORG, "小樽商科大学"),
    ("さくらまつり", "", EVT, "さくらまつり"),
    ("丸井今井", "", ORG, "丸井今井"),
    ("おたる屋台村・レンガ横丁", "", FAC, "おたる屋台村・レンガ横丁"),
    # 65 (a building: one FACILITY, the containing name wins)
    ("大手町本部ビル", "", FAC, "大手町本部ビル"),
    ("三井住友銀行本店東館", "", FAC, "三井住友銀行本店東館"),
    # 66
    ("神奈川県厚木市", "", GPE, "神奈川県厚木市"),
    ("株式会社レンブラントホールディングス", "", ORG, "株式会社レンブラントホールディングス"),
    # 67
    ("シドニー・オリンピック", "", EVT, "シドニー・オリンピック"),
    ("The Flame", "", PROD, "The Flame"),
    # 68
    ("豊蔵", "", PER, "豊蔵"),
    ("井上治兵衛", "", PER, "井上治兵衛"),
    ("丸石製薬株式会社", "", ORG, "丸石製薬株式会社"),
    # 69
    ("東京都千代田区", "", GPE, "東京都千代田区"),
    ("ホテルニュージャパン火災", "", EVT, "ホテルニュージャパン火災"),
    # 70
    ("ブウ", "", PER, "ブウ"),
    ("天下一武道会", "", EVT, "天下一武道会"),
]


DATES = [
    dt("2011年から", "", Y(2011), "AFTER"),                            # 1
    dt("1926年", "", Y(1926)),                                         # 2
    dt("2012", "UEFA EURO ", Y(2012)),                                 # (inside the EVENT name)
    dt("2009年までに", "ため、", Y(2009), "BEFORE"),
    dt("2008年", "下部組織でのプレーを経て、", Y(2008)),                    # 3
    dt("1933年", "ディズニースタジオが", Y(1933)),                         # 4
    dt("1978年", "\n\n", Y(1978)),                                     # 5
    dt("1978", "開催された", Y(1978)),                                  # (inside the EVENT name)
    dt("1929年", "", Y(1929)),                                         # 6
    dt("1989年より", "", Y(1989), "AFTER"),                             # 7
    dt("1967年3月", "", M(1967, 3)),                                   # 8
    dt("1974年から", "", Y(1974), "AFTER"),                             # 9
    ("今日まで", "", "DATE", "PRESENT_REF", None, None, "BEFORE"),
    REF("今なお", "", "PRESENT_REF"),
    dt("1797年", "", Y(1797)),                                         # 10
    dt("1996年", "", Y(1996)),                                         # 11
    dt("2004年", "発足し、", Y(2004)),
    dt("1978年", "建造され、", Y(1978)),                                 # 12
    dt("1954年", "中学生時代の", Y(1954)),                               # 13
    ("2005年度", "", "DATE", "FY2005", "2005-04-01", "2006-03-31", None),  # 14 (the contract's April year)
    dt("2005年", "受賞した。\n\n", Y(2005)),                                     # 15
    dt("同年", "復帰を果たしたが、", Y(2005)),                              # (限り "as the last" out)
    dt("1974年", "NVTは", Y(1974)),                                    # 16
    dt("2018年", "桐蔭横浜大学から", Y(2018)),                            # 17
    dt("1943年", "", Y(1943)),                                         # 18
    dt("2008年", "なっている。\n\n", Y(2008)),                                     # 19
    dt("2015年12月", "", M(2015, 12)),                                  # 20
    dt("1954年", "\n\n", Y(1954)),                                     # 21
    dt("2009年までに", "この計画の中には、", Y(2009), "BEFORE"),               # 22
    dt("2007年", "含まれ、", Y(2007)),                                  # (内 "within" out)
    dt("2019年1月", "", M(2019, 1)),                                   # 23
    dt("2007年3月8日", "", D(2007, 3, 8)),                              # 24
    dt("1993年", "", Y(1993)),                                         # 25
    dt("1998年4月までに", "", M(1998, 4), "BEFORE"),
    dt("1997年", "\n\n", Y(1997)),                                     # 26
    dt("2008年", "建設され、", Y(2008)),
    dt("2018年8月25日", "", D(2018, 8, 25)),                            # 27
    dt("2007年", "両選手とも", Y(2007)),                                 # 28 (オフ out)
    dt("1951年", "", Y(1951)),                                         # 29
    dt("2014年2月13日", "", D(2014, 2, 13)),                            # 30
    dt("1933年1月", "", M(1933, 1)),                                   # 31 (場所 "tournament" out)
    dt("2005年10月", "", M(2005, 10)),                                  # 32
    dt("2007年6月", "", M(2007, 6)),                                   # 33
    dt("2006年から", "", Y(2006), "AFTER"),                             # 34
    dt("2007年7月", "", M(2007, 7)),
    dur("5年", "モスクワに", "P5Y"),                                             # (5年契約)
    ("1990年代", "", "DATE", "199", "1990-01-01", "1999-12-31", None),  # 35
    ("2010年代", "", "DATE", "201", "2010-01-01", "2019-12-31", None),
    dt("2013年9月30日", "", D(2013, 9, 30)),
    dt("1975年9月", "", M(1975, 9)),                                   # 36
    dt("1963年", "", Y(1963)),                                         # 37
    ("1867年-1960年", "", "DATE", *RY(1867, 1960), None),               # (inside the PRODUCT title)
    dt("1971年", "マキノは", Y(1971)),                                   # 38
    dt("1992年1月19日", "", D(1992, 1, 19)),                            # 39
    dt("1912年5月", "", M(1912, 5)),                                   # 40
    dt("同年3月", "", M(1912, 3)),
    dt("1913年9月", "", M(1913, 9)),
    dt("翌2007年4月1日", "", D(2007, 4, 1)),                            # 41 (翌 appositive to its year: one item)
    dt("2009年4月", "", M(2009, 4)),                                   # 42
    dt("2011年12月26日", "", D(2011, 12, 26)),                          # 43
    dt("2014年7月", "", M(2014, 7)),                                   # 44
    dt("1891年", "", Y(1891)),                                         # 45
    dt("1997年", "自体も", Y(1997)),                                    # 46
    dt("2017年2月21日", "", D(2017, 2, 21)),                            # 47
    dt("2004年4月", "", M(2004, 4)),                                   # 48
    dt("1909年", "\n\n", Y(1909)),                                     # 49
    dt("1989年", "日本では、", Y(1989)),                                  # 50
    dt("1991年", "", Y(1991)),
    dt("2019年5月", "", M(2019, 5)),                                   # 51
    dt("1912年10月", "", M(1912, 10)),                                  # 52
    dt("1919年", "", Y(1919)),
    dt("同年11月17日", "", D(1919, 11, 17)),
    dt("2002年", "\n\n", Y(2002)),                                     # 53
    dt("1974年頃から", "", Y(1974), "AFTER"),                           # 54 (one mod: the outer から, like 1970年前後まで)
    dt("1899年1月20日", "", D(1899, 1, 20)),                            # 55
    dt("2月11日から", "", D(1899, 2, 11), "AFTER"),
    dt("2008年", "開始された。\n\n", Y(2008)),                                     # 56 (inside the EVENT name)
    dt("2002年以降", "", Y(2002), "AFTER"),
    dt("2008年", "さらに、", Y(2008)),                                   # 57
    dur("1年", "恵まれず", "P1Y"),                                       # 58
    dt("2005年1月", "", M(2005, 1)),                                   # 59
    dt("2017年3月まで", "", M(2017, 3), "BEFORE"),                       # 60
    dt("1927年", "", Y(1927)),                                         # 61
    dt("1971年より", "", Y(1971), "AFTER"),                             # 62
    dur("10年間", "", "P10Y"),
    dt("1909年", "次いで", Y(1909)),                                     # 63
    dt("1918年まで", "", Y(1918), "BEFORE"),
    REF("近年", "", "PAST_REF"),                                       # 64
    dt("前年2004年7月14日", "", D(2004, 7, 14)),                         # (前年 appositive to its date: one item)
    dt("2011年より", "", Y(2011), "AFTER"),                             # 65
    dt("2015年", "跡地には", Y(2015)),
    dt("2015年", "グループ会社として", Y(2015)),                            # 66
    dt("2000年", "\n\n", Y(2000)),                                     # 67
    dt("昭和11年", "", Y(1936)),                                       # 68
    REF("現在", "", "PRESENT_REF"),
    dt("1982年2月8日", "", D(1982, 2, 8)),                              # 69
    dur("10年", "戦いから", "P10Y"),                                     # 70
]


EVENTS = [
    # 1: 政治介入を始めた is not of the nine types; 契約 here are the contracts themselves (nouns)
    # 2: 建設, 改築 (construction) are not of the nine types
    # 5: a dated competition held (agentless passive), its place named
    ev("開催", "アルゼンチンで", "MEET", date="1978", loc="アルゼンチン"),
    # 10: a trading post built (造られた, construction) is not a founding of a body
    # 11: the society launched (agentless 発足) with the foundation's backing (後援を受け, SUPPORT like 推薦を受け);
    #     改名 is not an event
    ev("後援", "財団の", "SUPPORT", [("カール・ゼーリヒ財団", "", "カール・ゼーリヒ財団")], date="1996"),
    ev("発足", "協会」が", "ESTABLISH", content="「ローベルト・ヴァルザー協会」", date="1996"),
    # 16: the company's plan (INTEND 計画); the workers found a co-operative (the plan's year dates the first clause only)
    ev("計画", "移転を", "INTEND", [("NVT", "", "NVT")], "製造の中心をメリデン工場からバーミンガムのBSA社工場へ移転", "1974"),
    ev("設立", "共同組合」を", "ESTABLISH", [("メリデン工場の従業員達", "", "メリデン工場の従業員達")], "「メリデン共同組合」"),
    # 17: joining a club is a career step (no event)
    # 18: a company founded; a second person invests in it (投資, ACTION)
    ev("設立", "通済公司を", "ESTABLISH", [("杜", "1943年に", "杜")], "通済公司", "1943"),
    ev("投資", "通して", "ACTION", [("銭", "設立すると、", "銭")]),
    # 19, 40: an artist taking part in exhibitions (参加, 出品) is a career step, not a meeting
    # 20: co-founded: the two named co-founders are actors (the article's subject is unnamed)
    ev("設立", "研究所を", "ESTABLISH", [("小早川優子", "", "小早川優子"), ("宮内あすか", "", "宮内あすか")],
       "ワークシフト研究所", "2015-12"),
    # 22: what a plan contains (含まれ) and product launches (投入) are not events
    # 25: a regime introduced by a law's amendment (導入, ADOPT; the amendment is the means, not a second event)
    ev("導入", "制度が", "ADOPT", content="最低資本金制度", date="1993"),
    # 26: the national games held (nominal 開催 in a purpose clause, agentless)
    ev("開催", "全国運動会", "MEET", date="1997"),
    # 29
    ev("設立", "石本統吉によって", "ESTABLISH", [("石本統吉", "", "石本統吉")], "日映科学映画製作所", "1951"),
    # 30: 発注 (an order) is a trade act
    # 33: the swim team launched (agentless); the date dates the business start it was timed to (not linked)
    ev("発足", "合わせて", "ESTABLISH", content="ミズノの正式な水泳部"),
    # 34: 5年契約で is the manner of a transfer (no event)
    # 35: the sale made public (agentless); the date dates the sale, not the announcement
    ev("発表", "売却されたことが", "ANNOUNCE", content="2013年9月30日に株式80%を投資グリープに売却された"),
    # 36: 誘致, 開店 (a store opening, intransitive) are not events
    # 37: the authors set forth their explanation (開陳, like 唱え / 発表 of a theory: ANNOUNCE)
    ev("開陳", "説明を", "ANNOUNCE", [("ミルトン・フリードマン", "", "ミルトン・フリードマン"), ("アンナ・シュウォーツ", "", "アンナ・シュウォーツ")],
       "彼ら流の世界恐慌の説明", "1963"),
    # 38: what an autobiography says (書いている) is a book's contents
    # 41: a merger (吸収合併) is not an event
    # 42: a company's statement; 認めない (a refusal of permission, like licences) is not a second event
    ev("発表", "認めないと", "ANNOUNCE", [("Amazon.com", "", "Amazon.com")],
       "Phormが同社のドメインのページをスキャンすることを認めない", "2009-04"),
    # 44: a summit held (agentless), its place named; 招かれた (invited) is not of the nine types
    ev("開催", "ディリで", "MEET", date="2014-07", loc="ディリ"),
    # 45: a congress held (agentless) and attended (the subject is unnamed)
    ev("開催", "1891年に", "MEET", date="1891"),
    ev("出席", "", "MEET", date="1891"),
    # 46: 発売予定のラインナップ (a lineup) describes, no event
    # 49: a company founded (nominal 創業, agentless)
    ev("創業", "1909年", "ESTABLISH", date="1909"),
    # 51: a novel written and published (the release of a work)
    # 52: taking part in a society's founding (参加 is the head, 設立 its object: ACTION); the subject is 岩岡
    ev("参加", "設立に", "ACTION", [("岩岡", "", "岩岡")], "高松豊次郎の活動写真資料研究会の設立", "1919"),
    # 54: 採用, 導入 of technologies and a development begun are not of the nine types
    # 55: a contract concluded (契約が成立, AGREE like 和解が成立); the partners (…と) are not actors, the subject is unnamed
    ev("契約", "関西鉄道と", "AGREE", content="奈良駅における連絡", date="1899-01-20"),
    # 64: the (unnamed) shopping street's acts: a tie-up (提携, ACTION), efforts (努め), a facility opened (開設),
    #     an expansion pursued (図る + 拡大); イベントを開く (a practice) and the merchants' 協力 (a means) are not events
    ev("提携", "商科大学と", "ACTION", content="地元の小樽商科大学"),
    ev("努め", "集客に", "ACTION", content="集客"),
    ev("開設", "レンガ横丁を", "ESTABLISH", content="おたる屋台村・レンガ横丁", date="2004-07-14"),
    ev("拡大", "維持・", "ACTION", content="店舗数"),
    # 66: a company founded (agentless)
    ev("設立", "2015年に", "ESTABLISH", date="2015"),
]
