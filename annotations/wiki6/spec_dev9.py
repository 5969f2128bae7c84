"""Hand-written development gold of annotations/wiki6/wiki_dev9.txt (60 independent sentences of Japanese
Wikipedia from Stockmark's NER dataset, made by annotations/wiki6/make_text.py; one sentence per paragraph).

Written by reading the text sentence by sentence, following /work/shared/contract.md and
annotations/GUIDELINES.md (sections 0-6, 6.1-6.7 included) and the conventions of the Wikipedia development
sets (annotations/wiki/spec.py, spec_dev2.py; annotations/wiki3/README.md, spec_dev3.py, spec_dev4.py;
annotations/wiki4/spec_dev5.py, spec_dev6.py; annotations/wiki5/README.md, spec_dev7.py, spec_dev8.py) and of the
held-out set (annotations/heldout/README.md, "Hard cases decided" only); no NER, date tool or kiroku code or output
was used or looked at. The dataset's own entity spans were read as a starting point and relabelled / re-cut by the
guidelines. locate.py only finds these strings in the raw text.

ENTITIES: (text, left context, label, canonical); left "" = the text occurs once in the regions.
DATES:    (text, left context, type, value, begin, end_date, mod).
EVENTS:   dict(t=(trigger, left), type, actors=[(text, left, canonical)], content, date, loc, neg).
Sentence numbers (#n) are 1-based: the n-th paragraph of wiki_dev9.txt (the n-th row of wiki_dev9.sources.tsv).
"""
from __future__ import annotations

from spec_gold import LIT, RANGE, START, Y, M, D, RY, dt, dur, REF, NULL, ev, RD, DECADE  # noqa: F401

PUBLISHED = None
REGIONS = [[0, 4121]]
FURNITURE: list[list[int]] = []

from spec_gold import ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD  # noqa: E402,F401 (the entity labels)
US, JP, CN = "米国", "日本", "中国"
TOKYO = "東京都"
TOKYO64 = "1964年東京オリンピック"
JFA = "日本サッカー協会"


ENTITIES = [
    # 1 (監督 the post)
    ("アルビレックス新潟", "", ORG, "アルビレックス新潟"),
    # 2 (準々決勝, 3位決定戦 are rounds, not names)
    ("グランドスラム・パリ", "", EVT, "グランドスラム・パリ"),
    ("アグベニュー", "", PER, "アグベニュー"),
    ("トルステニャク", "", PER, "トルステニャク"),
    # 3 (a national team: ORG, like dev3's ドミニカ代表; 戦 "match" out; 母国 is not a name)
    ("1982 FIFAワールドカップ", "", EVT, "1982 FIFAワールドカップ"),
    ("ホンジュラス代表", "", ORG, "ホンジュラス代表"),
    # 4 (監督体制 out)
    ("東京ヤクルトスワローズ", "", ORG, "東京ヤクルトスワローズ"),
    ("小川淳司", "", PER, "小川淳司"),
    # 5 (フルーレ団体, a discipline, is not a name)
    ("1999年アジア選手権大会", "", EVT, "1999年アジア選手権大会"),
    # 6 (東京 -> 東京都, dev6 canonical; 映画会社 a generic head)
    ("山川", "", PER, "山川"),
    ("楽天地", "", ORG, "楽天地"),
    ("東京", "17日、", GPE, TOKYO),
    ("小林喜三郎", "", PER, "小林喜三郎"),
    ("常盤商会", "", ORG, "常盤商会"),
    ("東洋商会", "", ORG, "東洋商会"),
    ("天然色活動写真", "", ORG, "天然色活動写真"),
    # 7 (a TV programme: PRODUCT)
    ("やりすぎ!ピンポン代行社", "", PROD, "やりすぎ!ピンポン代行社"),
    ("テレビ朝日", "", ORG, "テレビ朝日"),
    # 8 (製 out; a rocket and a spacecraft: PRODUCT)
    ("スペースX社", "", ORG, "スペースX社"),
    ("ファルコン9", "", PROD, "ファルコン9"),
    ("ドラゴン", "", PROD, "ドラゴン"),
    # 9
    ("スタンディング・オン・ザ・ショルダー・オブ・ジャイアンツ", "", PROD, "スタンディング・オン・ザ・ショルダー・オブ・ジャイアンツ"),
    ("オアシス", "", ORG, "オアシス"),
    # 10 (会社 kept in the company's name, like 社 in dev8's アタリ社 and 北西会社)
    ("タウソン", "", GPE, "タウソン"),
    ("ボルチモア・アンド・デルタ鉄道会社", "", ORG, "ボルチモア・アンド・デルタ鉄道会社"),
    ("ボルチモア・アンド・リーハイ鉄道", "", ORG, "ボルチモア・アンド・リーハイ鉄道"),
    ("メリーランド・アンド・ペンシルベニア鉄道", "", ORG, "メリーランド・アンド・ペンシルベニア鉄道"),
    # 11 (現法人, 旧社, 旧法人 are anaphors; the old company's name as written, 資産管理 included: the renamed
    #     old corporation, not a generic head)
    ("株式会社サンエー・インターナショナル資産管理", "", ORG, "株式会社サンエー・インターナショナル資産管理"),
    # 12 (子会社, 現地法人 generic)
    ("ハワイ", "", GPE, "ハワイ"),
    ("第一屋ラブスベーカリー・インコーポレイテッド", "", ORG, "第一屋ラブスベーカリー・インコーポレイテッド"),
    # 13 (監督 the post; the opera production: PRODUCT (works), added)
    ("宝塚少年少女合唱団", "", ORG, "宝塚少年少女合唱団"),
    ("佐渡裕", "", PER, "佐渡裕"),
    ("カルメン", "", PROD, "カルメン"),
    # 14 (a census named by its institution with its year: EVENT, the edition's canonical, like dev6's 大統領選挙)
    ("国勢調査", "", EVT, "2014年の国勢調査"),
    # 15
    ("世界フィギュアスケート選手権", "", EVT, "世界フィギュアスケート選手権"),
    ("ヨーロッパフィギュアスケート選手権", "", EVT, "ヨーロッパフィギュアスケート選手権"),
    # 16 (アーチェリー競技, 女子団体 out; 日本 in 日本初, like 日本 in 日本人; 部活 generic)
    ("日本体育大学", "", ORG, "日本体育大学"),
    ("2012年ロンドンオリンピック", "", EVT, "2012年ロンドンオリンピック"),
    ("日本", "男女通じて", GPE, JP),
    ("早川漣", "", PER, "早川漣"),
    # 17 (a league: ORG, like dev4's リーグ・アン)
    ("プリメーラ・ディビシオン", "", ORG, "プリメーラ・ディビシオン"),
    ("コルドバCFフットサル", "", ORG, "コルドバCFフットサル"),
    # 18 (アメリカ in アメリカ人, as the dataset; 110mハードル a discipline)
    ("1908年ロンドンオリンピック", "", EVT, "1908年ロンドンオリンピック"),
    ("アメリカ", "ハードルは", GPE, US),
    ("フォレスト・スミスソン", "", PER, "フォレスト・スミスソン"),
    # 19 (weight classes are not names)
    ("パンナム選手権", "", EVT, "パンナム選手権"),
    ("2008年北京オリンピック", "", EVT, "2008年北京オリンピック"),
    ("中国", "地元", GPE, CN),
    ("楊秀麗", "", PER, "楊秀麗"),
    # 20 (a newspaper: PRODUCT, like journals; 学生運動 and the slogans are not names; 日本 in 日本最古)
    ("慶應義塾大学", "", ORG, "慶應義塾大学"),
    ("日本", "1917年に", GPE, JP),
    ("三田新聞", "*", PROD, "三田新聞"),   # both occurrences
    # 21 (3000m障害物 a discipline)
    ("第8回アジア大会", "", EVT, "第8回アジア大会"),
    # 22 (第4回, 第5回大会: editions told by anaphora, not names)
    ("大阪マラソン", "", EVT, "大阪マラソン"),
    # 23 (ワールドプレミア is not a name)
    ("コペンハーゲンドキュメンタリー国際映画祭", "", EVT, "コペンハーゲンドキュメンタリー国際映画祭"),
    # 24 (TV series: PRODUCT; シリーズ a generic head; 中継 out)
    ("河のほとりで", "", PROD, "河のほとりで"),
    ("1964年東京オリンピック", "", EVT, TOKYO64),
    ("さぼてん", "", PROD, "さぼてん"),
    ("ナショナル劇場", "", PROD, "ナショナル劇場"),
    # 25
    ("韓国", "2012年11月に", GPE, "韓国"),
    ("社稷野球場", "", FAC, "社稷野球場"),
    ("アジアシリーズ2012", "", EVT, "アジアシリーズ2012"),
    ("パース・ヒート", "", ORG, "パース・ヒート"),
    # 26
    ("2004年アジアユース選手権", "", EVT, "2004年アジアユース選手権"),
    ("2005年世界ユース選手権", "", EVT, "2005年世界ユース選手権"),
    # 27 (夏の out, as the dataset; ダイジェスト番組 generic)
    ("高校野球三重大会", "*", EVT, "高校野球三重大会"),   # both occurrences
    # 28 (江戸三大祭, "the three great festivals of Edo", is a category, not a festival's name)
    ("神田祭", "", EVT, "神田祭"),
    ("山王祭", "", EVT, "山王祭"),
    # 29 (a junior high school: FACILITY, like dev3's 東京都立大泉高等学校; 東京A a team: ORG)
    ("ジュニアオールスター", "", EVT, "ジュニアオールスター"),
    ("東京成徳中", "", FAC, "東京成徳中"),
    ("篠原恵", "", PER, "篠原恵"),
    ("山本千夏", "", PER, "山本千夏"),
    ("東京A", "", ORG, "東京A"),
    # 30 (the dataset's アメリカベル&ハウエル社 split: the country before the company's name, like dev3's
    #     米国ソニー・ミュージックエンタテインメント)
    ("アメリカ", "1935年に", GPE, US),
    ("ベル&ハウエル社", "", ORG, "ベル&ハウエル社"),
    # 31 (中核企業 generic; posts out)
    ("角川グループ", "", ORG, "角川グループ"),
    ("角川書店", "", ORG, "角川書店"),
    # 32
    ("東京23FC", "", ORG, "東京23FC"),
    # 33 (同社 an anaphor; 会社案内 generic)
    ("上越クリスタル硝子", "", ORG, "上越クリスタル硝子"),
    # 34 (a law: DOCUMENT, not the dataset's 製品名; 首相, 国王 posts; the 1848 revolution keeps its edition as
    #     canonical, apart from the 1789 one)
    ("パリ", "1848年2月、", GPE, "パリ"),
    ("選挙法", "", DOC, "選挙法"),
    ("ギゾー", "", PER, "ギゾー"),
    ("フランス革命", "", EVT, "1848年のフランス革命"),
    ("ルイ・フィリップ", "", PER, "ルイ・フィリップ"),
    ("フランス", "退位して", GPE, "フランス"),
    # 35 (the bus model: PRODUCT)
    ("京成自動車工業", "", ORG, "京成自動車工業"),
    ("ヤナセ", "", ORG, "ヤナセ"),
    ("スーパーデラックスバス", "", PROD, "スーパーデラックスバス"),
    # 36 (新線 generic; Morden, a district of London without its own government: LOC, like dev8's 天寧地区)
    ("シティ・アンド・サウス・ロンドン鉄道", "", ORG, "シティ・アンド・サウス・ロンドン鉄道"),
    ("モーデン", "", LOC, "モーデン"),
    # 37 (社長 the post)
    ("三住商事", "", ORG, "三住商事"),
    # 38 (アウトロー・カントリー, a genre, is not a name; この歌 an anaphor)
    ("エリ・ラディッシュ・バンド", "", ORG, "エリ・ラディッシュ・バンド"),
    ("ベトナム戦争", "", EVT, "ベトナム戦争"),
    # 39 (the draft named with its year: the edition's canonical, the article title's form)
    ("NBAドラフト", "2014年の", EVT, "2014年のNBAドラフト"),
    ("フィラデルフィア・76ers", "", ORG, "フィラデルフィア・76ers"),
    ("サンアントニオ・スパーズ", "", ORG, "サンアントニオ・スパーズ"),
    # 40 (a representative in a competition: ORG, like dev8's カナダ代表)
    ("小学生将棋名人戦西日本大会", "", EVT, "小学生将棋名人戦西日本大会"),
    ("大阪府代表", "", ORG, "大阪府代表"),
    # 41 (倫理規定 "the code of ethics" is generic; 大手出版社 generic)
    ("DCコミックス", "", ORG, "DCコミックス"),
    ("アーチー・コミック", "", ORG, "アーチー・コミック"),
    # 42 (the record series: PRODUCT; LPレコード a product class)
    ("千円盤", "", PROD, "千円盤"),
    ("日本コロムビア", "", ORG, "日本コロムビア"),
    # 43
    ("エディンバラ・フェスティバル", "", EVT, "エディンバラ・フェスティバル"),
    # 44 (JFA inside the post JFA復興支援特任コーチ is tagged, canonical the full name written in the sentence)
    ("東日本大震災", "", EVT, "東日本大震災"),
    ("日本サッカー協会", "", ORG, JFA),
    ("JFA", "", ORG, JFA),
    # 45 (キャスター募集 generic)
    ("SBS静岡放送", "", ORG, "SBS静岡放送"),
    # 46 (the old and the new company name: each its own canonical, like dev6's SEQUENTIAL)
    ("栗原軌道", "", ORG, "栗原軌道"),
    ("栗原鉄道", "", ORG, "栗原鉄道"),
    # 47 (1部 "the first division" and リーグ generic)
    ("ブレーメン", "", ORG, "ブレーメン"),
    ("ハンブルガーSV", "", ORG, "ハンブルガーSV"),
    # 48 (a street: FACILITY (a built thoroughfare, like railway lines), not the dataset's 地名; 写真家集団 a generic
    #     head; 東京 -> 東京都)
    ("INAXギャラリー", "", FAC, "INAXギャラリー"),
    ("銀座通り", "", FAC, "銀座通り"),
    ("マグナム・フォト", "", ORG, "マグナム・フォト"),
    ("東京", "撮影した", GPE, TOKYO),
    ("銀座フォトグラム2006", "", EVT, "銀座フォトグラム2006"),
    # 49
    ("MTVネットワークス", "", ORG, "MTVネットワークス"),
    ("MTVジャパン", "", ORG, "MTVジャパン"),
    # 50 (同社 an anaphor)
    ("我妻宏", "", PER, "我妻宏"),
    ("岡崎稔", "", PER, "岡崎稔"),
    ("シナジージャパン", "", ORG, "シナジージャパン"),
    # 51 (a school: FACILITY, as the dataset and the dev schools; the magazine PRODUCT; 電気工学, a named engineering
    #     field, TECHNOLOGY (added), like dev5's 自動車工学)
    ("電機学校", "*", FAC, "電機学校"),   # both occurrences
    ("廣田精一", "", PER, "廣田精一"),
    ("扇本眞吉", "", PER, "扇本眞吉"),
    ("電気工学", "", TECH, "電気工学"),
    ("OHM", "", PROD, "OHM"),
    ("オーム社", "", ORG, "オーム社"),
    # 52 (a documentary and a box set: PRODUCT; コレクターズBOX, a product class, is not a name)
    ("カプコン", "", ORG, "カプコン"),
    ("ファミリー・ポートレイト", "", PROD, "ファミリー・ポートレイト"),
    ("ショッキング・トゥルース", "", PROD, "ショッキング・トゥルース"),
    ("プレミアム・コレクションDVD-BOX", "", PROD, "プレミアム・コレクションDVD-BOX"),
    # 53 (a department store: FACILITY, like dev4's 西友郡山店; 跡地 out; そごう inside it is not a second mention)
    ("奈良そごう", "", FAC, "奈良そごう"),
    ("三越", "", ORG, "三越"),
    ("大塚家具", "", ORG, "大塚家具"),
    ("そごう", "2000年の", ORG, "そごう"),
    # 54 (the two named circuit technologies the calculator did or did not use: TECHNOLOGY (added), like dev4's
    #     リニア誘導モーター; マイクロコンピュータ and 計算機 are product classes)
    ("ヒューレット・パッカード", "", ORG, "ヒューレット・パッカード"),
    ("マイクロプロセッサ", "", TECH, "マイクロプロセッサ"),
    ("TTL", "", TECH, "TTL"),
    # 55 (a school: FACILITY; a university ORG; the draft's edition canonical, as in #39)
    ("ブロンクス区", "", GPE, "ブロンクス区"),
    ("セオドアルーズベルト高校", "", FAC, "セオドアルーズベルト高校"),
    ("デ・ポール大学", "", ORG, "デ・ポール大学"),
    ("NBAドラフト", "2007年の", EVT, "2007年のNBAドラフト"),
    ("デトロイト・ピストンズ", "", ORG, "デトロイト・ピストンズ"),
    ("NBA", "結局", ORG, "NBA"),
    # 56 (the single PRODUCT; the tour EVENT (FIREBALL and B'z inside it not second mentions); ドームツアー generic)
    ("FIREBALL", "「", PROD, "FIREBALL"),
    ("B'z LIVE-GYM Pleasure '97 \"FIREBALL\"", "", EVT, "B'z LIVE-GYM Pleasure '97 \"FIREBALL\""),
    ("ナゴヤドーム", "", FAC, "ナゴヤドーム"),
    # 57 (リーグ generic)
    ("パイレーツ", "", ORG, "パイレーツ"),
    ("ラビット・モランビル", "", PER, "ラビット・モランビル"),
    ("ボストン・ブレーブス", "", ORG, "ボストン・ブレーブス"),
    # 58
    ("ニューヨーク", "", GPE, "ニューヨーク"),
    ("トスカニーニ", "", PER, "トスカニーニ"),
    ("NBC交響楽団", "", ORG, "NBC交響楽団"),
    # 59 (漫画家 a post)
    ("Zepp DiverCity", "", FAC, "Zepp DiverCity"),
    ("でんぱ組.inc", "", ORG, "でんぱ組.inc"),
    ("UHHA! YAAA!! TOUR!!! 2019 SPECIAL〜If you want to be happy,be.〜", "", EVT,
     "UHHA! YAAA!! TOUR!!! 2019 SPECIAL〜If you want to be happy,be.〜"),
    ("麻生周一", "", PER, "麻生周一"),
    # 60 (関連会社 generic; posts out)
    ("新日本石油", "", ORG, "新日本石油"),
    ("JX日鉱日石開発", "", ORG, "JX日鉱日石開発"),
    ("石油鉱業連盟", "", ORG, "石油鉱業連盟"),
]


DATES = [
    dt("2018年", START, Y(2018)),                                      # 1
    dt("2014年2月", "", M(2014, 2)),                                   # 2 (その後: not a date)
    dt("1982年", "3位となった。\n\n", Y(1982)),                                     # 3
    dt("1982", "母国開催の", Y(1982)),                                  # (inside the EVENT name)
    dur("2年目", "体制の", "P2Y"),                                      # 4 (an elapsed count, like dev3's 20年目; このシーズン and
                                                                      #    2回目 are not calendar dates)
    dt("1999年", "\n\n", Y(1999)),                                     # 5 (inside the EVENT name)
    dt("1914年3月17日", "", D(1914, 3, 17)),                            # 6
    RD("2016年4月17日から、9月24日", "", (2016, 4, 17), (2016, 9, 24)),   # 7 (a range written once, its stray comma inside)
    dur("毎週日曜0:45-1:15", "", "P1W"),                                 # (a weekly frequency; the clock times inside, like dev3's
                                                                      #  day with clock times)
    dt("2012年5月22日", "", D(2012, 5, 22)),                            # 8
    dt("2000年2月23日", "", D(2000, 2, 23)),                            # 9
    dt("1882年4月17日", "", D(1882, 4, 17)),                            # 10
    dt("2014年3月3日", "", D(2014, 3, 3)),                              # 11 (付 out)
    dt("2008年", "記述する。\n\n", Y(2008)),                              # 12
    REF("将来", "", "FUTURE_REF"),                                     # 13 (小学6年生の時, 当時: not dates)
    dt("2014年", "ようになる。\n\n", Y(2014)),                            # 14
    dt("翌1999-2000年", "", RY(1999, 2000)),                            # 15 (翌 appositive to its years: one item; シーズン out)
    dt("2012年", "その際、", Y(2012)),                                   # 16 (inside the EVENT name)
    dt("2020年1月", "", M(2020, 1)),                                   # 17
    dt("1908年", "", Y(1908)),                                         # 18 (inside the EVENT name)
    dur("15.7秒", "", None),                                           # (a race time: no TIMEX3 form the checks accept, like
                                                                      #  the held-out 3時間半)
    dt("2008年", "活躍していたが、", Y(2008)),                             # 19 (inside the EVENT name)
    dt("1917年", "", Y(1917)),                                         # 20 (元々: not a date)
    DECADE("1960年代", "、", 1960),
    dt("1969年", "ことから、", Y(1969)),
    dt("1978年", "", Y(1978)),                                         # 21
    dt("2014年10月26日", "", D(2014, 10, 26)),                          # 22
    dt("2009年11月", "", M(2009, 11)),                                  # 23
    dt("1964年", "", Y(1964)),                                         # 24 (inside the EVENT name; 終了後, 開始前: not dates)
    dt("2012年11月", "", M(2012, 11)),                                  # 25
    dt("2012", "アジアシリーズ", Y(2012)),                                 # (inside the EVENT name)
    dt("2004年", "", Y(2004)),                                         # 26 (inside the EVENT names)
    dt("2005年", "", Y(2005)),
    dur("1年目から", "", "P1Y", "AFTER"),                                 # 27 (an elapsed count with its から)
    dt("8年目", "入局", Y(2018)),                                        # (appositive to 2018年, like dev3's 3年目の1910年)
    dt("2018年から", "", Y(2018), "AFTER"),
    dur("約370年", "", "P370Y", "APPROX"),                               # 28
    # 29: 2年次 (a school year) and 1回戦 are not dates
    dt("1935年", "", Y(1935)),                                         # 30
    dt("2011年", "規格。\n\n", Y(2011)),                                  # 31
    dt("2015年2月", "", M(2015, 2)),                                   # 32
    dt("2016年6月", "", M(2016, 6)),                                   # 33 (現在 "as of" out, like the held-out 2019年現在)
    dt("1848年2月", "", M(1848, 2)),                                   # 34
    dt("1848年", "運動が", Y(1848)),
    DECADE("1960年代", "\n\n", 1960),                                   # 35
    dt("1926年9月13日", "", D(1926, 9, 13)),                            # 36
    dt("1963年", "", Y(1963)),                                         # 37
    dt("1969年", "参画し、", Y(1969)),
    dt("1968年", "就任。\n\n", Y(1968)),                                  # 38
    dt("2014年6月26日", "", D(2014, 6, 26)),                            # 39
    dt("2014年", "26日、", Y(2014)),
    dt("当日", "", D(2014, 6, 26)),                                     # (anaphoric "that very day": the sentence's 6月26日)
    ("2001年3月下旬", "", "DATE", "2001-03-21/2001-03-31", "2001-03-21", "2001-03-31", None),  # 40 (小学5年生時代の最後: an age)
    dt("2007年", "\n\n", Y(2007)),                                     # 41 (の時点 out)
    dt("1968年", "千円盤は、", Y(1968)),                                  # 42
    dt("1995年", "", Y(1995)),                                         # 43
    dt("1996年", "", Y(1996)),
    dt("2011年", "させた。\n\n", Y(2011)),                                # 44 (発生直後: not a date)
    dt("同年10月より", "", M(2011, 10), "AFTER"),
    dt("2012年10月末", "", M(2012, 10), "END"),                          # (で out)
    dt("1992年", "", Y(1992)),                                         # 45
    dt("1941年", "", Y(1941)),                                         # 46
    dt("1982年", "変更になった。\n\n", Y(1982)),                                 # 47
    dur("1年目", "1部", "P1Y"),                                          # (the first year in the division: an elapsed count)
    dt("翌83年", "", Y(1983)),                                          # (two-digit years fixed by the sentence's 1982年)
    dt("84年", "そして", Y(1984)),
    dt("85年", "", Y(1985)),
    ("2006年9月-12月", "", "DATE", "2006-09/2006-12", "2006-09-01", "2006-12-31", None),  # 48
    dt("2006", "フォトグラム", Y(2006)),                                  # (inside the EVENT name)
    dt("2006年8月", "", M(2006, 8)),                                   # 49
    dt("1998年", "", Y(1998)),                                         # 50
    dt("1914年11月", "", M(1914, 11)),                                  # 51
    dt("2008年8月22日", "", D(2008, 8, 22)),                            # 52
    REF("以前", "", "PAST_REF"),                                       # ("previously", like かつて)
    dt("2000年12月25日", "", D(2000, 12, 25)),                          # 53 (閉鎖後, 破綻時: not dates)
    dt("2001年", "表明して", Y(2001)),
    dt("2000年", "頓挫し、", Y(2000)),
    dt("1968年ごろ", "", Y(1968), "APPROX"),                             # 54
    dt("2007年", "過ごし、", Y(2007)),                                   # 55 (学生時代: not a date)
    dt("1997年", "", Y(1997)),                                         # 56 (発売後: not a date)
    dt("'97", "", Y(1997)),                                            # (inside the EVENT name; the century fixed by 1997年)
    dt("1918年", "", Y(1918)),                                         # 57
    dt("翌1919年", "", Y(1919)),
    dt("1921年", "", Y(1921)),                                         # (シーズン開幕前 out)
    dt("1938年11月5日", "", D(1938, 11, 5)),                            # 58
    dt("2019年9月18日", "", D(2019, 9, 18)),                            # 59
    dt("2019", "TOUR!!! ", Y(2019)),                                   # (inside the EVENT name)
    dt("2014年", "歴任し、", Y(2014)),                                   # 60
]


EVENTS = [
    # 1, 31, 60: appointments and careers; 2, 15, 18, 19, 21, 22, 26, 29, 43, 47, 57: sports and stage results
    # 3: the World Cup hosted in the (unnamed) home country (nominal 開催, like dev4's 全国運動会開催), agentless
    ev("開催", "母国", "MEET", date="1982"),
    # 6: a company founded jointly by two named companies (と…との共同で): the two parents are its founders, like
    #    dev8's joint venture; 山川 acts as the manager of his own company; 乗り出した is not an event (held-out)
    ev("設立", "」を", "ESTABLISH", [("常盤商会", "", "常盤商会"), ("東洋商会", "", "東洋商会")],
       "「天然色活動写真」", "1914-03-17"),
    # 7, 24: broadcasts; 8: a launch; 9, 42, 52: product releases; 23: a film's release; 58: a premiere
    # 10: a reorganisation (再編) and construction are not of the nine types
    # 11: the present corporation founded by a company split (agentless, like dev6's 新設分割); 記述する is no event
    ev("設立", "により", "ESTABLISH", content="現法人", date="2014-03-03"),
    # 12: 譲渡 and 49: 子会社化 are trade acts; 13: a selection and an aspiration; 14: a census's finding
    # 20, 51: launching a newspaper or a magazine (創刊, the first issue's publication) is the release of a work
    #     (dev8); 強化する動きを見せた describes a trend of student papers, not a commitment
    # 25: a named series held (agentless), its venue named
    ev("開催", "野球場で", "MEET", date="2012-11", loc="社稷野球場"),
    # 30: a format standard announced by a company is a product's release (like dev8's 発表 of a game system)
    # 32: an agentless announcement; the leaving itself is a career step
    ev("発表", "退団すると", "ANNOUNCE", content="東京23FCを退団する", date="2015-02"),
    # 33: a document made public by the company (公開, ANNOUNCE, actor the issuer, 6.6; a relative clause with its actor)
    ev("公開", "硝子が", "ANNOUNCE", [("上越クリスタル硝子", "", "上越クリスタル硝子")], "会社案内", "2016-06"),
    # 34: 要求 (a demand), 発展, 退位 are not events; 36: a line opening (開業) and stations built are not of the types
    # 37: taking part in a company's founding (参画, like dev4's 設立に参加: ACTION), the subject unnamed
    ev("参画", "", "ACTION", content="三住商事設立", date="1963"),
    # 38: recording and a protest (抗議) are not events; 39, 55: draft picks, trades and releases are careers
    # 40: a dated competition held (agentless)
    ev("行わ", "下旬に", "MEET", date="2001-03-21/2001-03-31"),
    # 41: approval under the code (承認 in a purpose clause) is a standing practice; 提出 is not of the types
    # 44: relief work taken on (取り組む, ACTION), the subject unnamed; 任ぜられ (an appointment), 活動, 退任 no
    ev("取り組ん", "", "ACTION", content="被災地域での復興支援活動", date="2011"),
    # 45: applying for a job and joining a company; 46: a renaming
    # 48: a named event held (agentless) on the named street; 撮影, 展示 are not of the types
    ev("行わ", "」が", "MEET", date="2006-09/2006-12", loc="銀座通り"),
    # 50: taking part in a company's founding (ACTION); the co-participants (と共に) are not actors, the subject unnamed
    ev("参加", "設立に", "ACTION", content="シナジージャパンの設立", date="1998"),
    # 53: two statements by Mitsukoshi (表明 without an intention noun: ANNOUNCE); 閉鎖, 頓挫, 破綻 are not events;
    #     the first 表明 is undated (2000年12月25日 dates the closure)
    ev("表明", "共同出店を", "ANNOUNCE", [("三越", "", "三越")], "大塚家具と共同出店"),
    ev("表明", "断念と", "ANNOUNCE", [("三越", "", "三越")], "断念", "2001"),
    # 54: using and designing are not events
    # 56: a named tour held (開催) by the unnamed artist (B'z inside the EVENT name is not an actor mention); the
    #     dome is one venue of the tour, not the place of the act
    ev("開催", "」を", "MEET", date="1997"),
    # 59: the live held (agentless passive, 6.2) at the named venue; the (unnamed) member's announcement of her
    #     marriage made at it (an announcement at an event has no location)
    ev("行わ", "DiverCityで", "MEET", date="2019-09-18", loc="Zepp DiverCity"),
    ev("発表", "ことを", "ANNOUNCE", content="漫画家麻生周一と結婚すること", date="2019-09-18"),
]
