"""Dates and events of 001, regions G7 2024 and G20 2024, in reading order, as read by hand.

Dates: `text | TYPE | value | mod | ctx=<left context>`; begin/end_date follow from
the value (see build_001_partA.extent) unless given as begin=/end=.
Events: dicts; `trig` is found after the previous trigger (with ctx/rctx to pin it),
`sent` is the first characters of its sentence (searched backwards), `send` an
explicit sentence end for headlines and titles (else the next 。).
Actors are names of actor groups resolved in build_001_partA.ACTOR_SPECS.
"""

DATES_G7 = """
# heading 第3目 2024年の主な動向
2024年 | DATE | 2024
2024年6月12日から15日 | DATE | 2024-06-12/2024-06-15
# year inside the name G7プーリア・サミット2024
2024 | DATE | 2024 | ctx=サミット
# footnotes 11-13 (access dates)
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
# （2）G7関係閣僚会合
2024年 | DATE | 2024
# year-less: the section is 2024 (last dated mention 2024年 in the previous sentence)
4月28～30日 | DATE | 2024-04-28/2024-04-30
2023年 | DATE | 2023
# footnote 14
2025年3月3日 | DATE | 2025-03-03
# COP30（2025年開催予定）の9か月～12か月前
2025年 | DATE | 2025
9か月～12か月前 | DURATION | null
# Bologna: 7月9～11日 is 2024 (footnote 17 says July 9-11 2024), not 2025 of the COP30 aside
7月9～11日 | DATE | 2024-07-09/2024-07-11
# footnote 15, 16, 17
2025年3月3日 | DATE | 2025-03-03
2024年 | DATE | 2024
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
July 9-11 2024 | DATE | 2024-07-09/2024-07-11
2025年3月3日 | DATE | 2025-03-03
# Cernobbio: 2024 (footnote 18: 15 October 2024)
10月15日 | DATE | 2024-10-15
今後 | DATE | FUTURE_REF
# footnote 18
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
15 October 2024 | DATE | 2024-10-15
2025年3月3日 | DATE | 2025-03-03
"""

DATES_G20 = """
2024年 | DATE | 2024
2024年11月 | DATE | 2024-11
# footnote 26: ", 2024, Proceeding" is a citation year (not a date); access date
2025年3月3日 | DATE | 2025-03-03
# footnotes 27-29
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
2024年 | DATE | 2024
# 今世紀 anchored on published (2025): the 21st century, TIMEX3 "20"; 半ば MID kept as mod
今世紀半ば頃までに | DATE | 20 | MID | begin=2000-01-01 | end=2099-12-31
2024年 | DATE | 2024
9月19日 | DATE | 2024-09-19
# footnotes 30, 31
2024年9月19日 | DATE | 2024-09-19
2025年3月3日 | DATE | 2025-03-03
2025年3月3日 | DATE | 2025-03-03
10月4日 | DATE | 2024-10-04
"""

PUGLIA_DATE = "2024-06-12/2024-06-15"

EVENTS_G7 = [
    # issue 4 / GUIDELINES 6.2: the items of the 〇出席者 list under the meeting are its actors
    dict(type="MEET", trig="開催", rctx="された。概要は以下の通り13", actors="PUGLIA_PARTICIPANTS",
         content="G7プーリア・サミット2024（第50回先進国首脳会議）", date=PUGLIA_DATE, location="プーリア",
         sent="2024年6月12日から"),
    dict(type="ACTION", trig="推進", ctx="信頼できるAIを", actors="PUGLIA_COMMUNIQUE",
         content="安全、安心で信頼できるAI", sent="安全、安心で"),
    dict(type="SUPPORT", trig="歓迎", ctx="成果を前進させる取り組みを", actors="PUGLIA_COMMUNIQUE",
         content="「高度なAIシステムを開発する組織向けの国際行動規範」のモニタリングのための報告枠組の策定を含め、広島AIプロセスの成果を前進させる取り組み",
         sent="「高度なAIシステム"),
    dict(type="SUPPORT", trig="歓迎", ctx="G7ツールキット」を", actors="PUGLIA_COMMUNIQUE",
         content="「公的部門における人工知能のためのG7ツールキット」", sent="人権や基本的自由"),
    dict(type="ESTABLISH", trig="設立", ctx="AIハブ」を", actors="PUGLIA_COMMUNIQUE",
         content="「持続可能な開発のためのAIハブ」", sent="開発のための技術格差"),
    dict(type="SUPPORT", trig="了承", ctx="宣言」を", actors=None,  # generic 国: no actor (contract: generic groups are not entities)
         content="「AIと軍事と自律性の責任ある軍事利用に関する政治宣言」および「軍事領域における責任あるAI利用（REAIM）宣言」",
         sent="「AIと軍事と"),
    dict(type="SUPPORT", trig="歓迎", ctx="了承した国を", actors="PUGLIA_COMMUNIQUE",
         content="「AIと軍事と自律性の責任ある軍事利用に関する政治宣言」および「軍事領域における責任あるAI利用（REAIM）宣言」を了承した国",
         sent="「AIと軍事と"),
    dict(type="ANNOUNCE", trig="表明", ctx="重要性を改めて", actors="PUGLIA_COMMUNIQUE",
         content="「信頼性のある自由なデータ流通（DFFT）」を具体化することの重要性", sent="正当な公共の利益"),
    dict(type="SUPPORT", trig="歓迎", ctx="トグループの設立を", actors="PUGLIA_COMMUNIQUE",
         content="G7半導体コンタクトグループの設立", sent="強靱で信頼性のある"),
    dict(type="ANNOUNCE", trig="強調", ctx="協力の重要性を", actors="PUGLIA_COMMUNIQUE",
         content="G7およびパートナー間における新興技術に関する国際的な人材の移動および循環の推進、並びに低中所得国との協力の重要性",
         sent="G7およびパートナー間"),
    dict(type="SUPPORT", trig="歓迎", ctx="拡大することを", actors="PUGLIA_COMMUNIQUE",
         content="志を同じくする非G7のパートナーにG7バーチャルアカデミーを拡大すること",
         sent="研究セキュリティおよび研究インテグリティに関するベスト"),
    dict(type="SUPPORT", trig="歓迎", ctx="司法グループの設立を", actors="PUGLIA_COMMUNIQUE",
         content="G7ヴェネツィア司法グループの設立", sent="司法と執行"),
    # 6.2: 2024年に開催された関係閣僚会合 is an agentless passive (G7 only in the heading's meeting name)
    dict(type="MEET", trig="開催", ctx="2024年に", actors=None,
         content="G7トリノ気候・エネルギー・環境大臣会合、G7ボローニャ科学技術大臣会合、G7チェルノッビオ（コモ）デジタル・技術大臣会合",
         date="2024", sent="2024年に開催された関係"),
    # 6.2: a passive act done at a meeting whose name names no body -> the meeting (like COP21 in part E)
    dict(type="AGREE", trig="合意", ctx="締約国会議）で", actors="COP28",
         content="グローバル・ストックテイク（GST）", sent="4月28～30日のG7"),
    dict(type="ADOPT", trig="取りまとめ", ctx="成果文書が", actors="TURIN_MEETING",
         content="成果文書", date="2024-04-28/2024-04-30", sent="4月28～30日のG7"),
    dict(type="ACTION", trig="加速化", ctx="アジェンダの", actors="TURIN_DOCUMENT",
         content="G7ネット・ゼロ・アジェンダ", sent="G7ネット・ゼロ・アジェンダの加速化", send="加速化"),
    dict(type="ANNOUNCE", trig="表明", ctx="重要視すると", actors="TURIN_DOCUMENT",
         content="すべての国と地域、とりわけ主要経済国と協働し、対策のスケールアップ・スピードアップを図ることを重要視する",
         sent="すべての国と地域"),
    dict(type="INTEND", trig="予定", ctx="2025年開催", actors=None,
         content="COP30の開催", date="2025", sent="全経済分野"),
    dict(type="ACTION", trig="確保", ctx="エネルギー安全保障の", actors="TURIN_DOCUMENT",
         content="エネルギー安全保障", sent="エネルギー安全保障の確保", send="確保"),
    dict(type="AGREE", trig="確認", ctx="投資の適切性を", actors="TURIN_DOCUMENT",
         content="天然ガスについて、G7広島サミットでの合意と同様に、投資の適切性", sent="重要鉱物について"),
    dict(type="ACTION", trig="強化", ctx="機能と役割を", actors="TURIN_DOCUMENT",
         content="ガスセキュリティにおける国際エネルギー機関（IEA）の機能と役割", sent="ガスセキュリティにおける国際"),
    dict(type="AGREE", trig="合意", ctx="求めることに", actors="TURIN_DOCUMENT",
         content="「ガスリザーブメカニズム」などを通じたガスセキュリティの強化についてIEAに分析・調査を求めること",
         sent="ガスセキュリティにおける国際"),
    dict(type="ACTION", trig="連携", ctx="途上国との", actors="TURIN_DOCUMENT",
         content="途上国との連携", sent="途上国との連携", send="連携"),
    dict(type="PLEDGE", trig="コミット", ctx="確保することを", actors="TURIN_DOCUMENT",
         content="パリ協定第5回締約国会合（CMA5）のGSTの成果、ナイロビ宣言、および1.5℃に沿ったネット・ゼロの未来の達成に貢献する、公正で包摂的かつ持続可能なエネルギー移行を確保すること",
         sent="すべての人々のために"),
    dict(type="ANNOUNCE", trig="公表", ctx="コミュニケ」が", actors="BOLOGNA_THIS_MEETING",
         content="「G7科学大臣コミュニケ」", sent="本会合の成果として"),
    dict(type="AGREE", trig="確認", ctx="共通のコミットメントを", actors="G7_SCIENCE_MINISTERS",
         content="全世界の利益のために研究の進展を促進するとの共通のコミットメント", sent="G7科学技術大臣は"),
    dict(type="AGREE", trig="採択", ctx="閣僚級会合で", actors="OECD_CSTP_MEETING",
         content="大臣宣言", sent="OECD科学技術政策委員会"),
    dict(type="SUPPORT", trig="歓迎", ctx="大臣宣言を", actors="BOLOGNA_COMMUNIQUE",
         content="OECD科学技術政策委員会（CSTP）閣僚級会合で採択された大臣宣言", sent="OECD科学技術政策委員会"),
    dict(type="MEET", trig="出席", ctx="環境大臣会合に", actors="SAITO",
         content="G7気候・エネルギー・環境大臣会合", sent="齋藤経済産業大臣が", send="出席しました"),
    dict(type="AGREE", trig="合意", ctx="加速と拡大で", actors="G7_FN16",
         content="脱炭素政策のさらなる加速と拡大", date="2024", sent="2024年のG7は", send="拡大で合意"),
    dict(type="AGREE", trig="確認", ctx="高める必要性を", actors="BOLOGNA_COMMUNIQUE",
         content="科学技術における多様性、公平性、包摂性およびアクセス可能性を高める必要性", sent="科学的プロセスの質"),
    dict(type="ANNOUNCE", trig="強調", ctx="増大していることを", actors="BOLOGNA_COMMUNIQUE",
         content="国際的な協力における研究セキュリティ・インテグリティを促進することの重要性が増大していること",
         sent="国際的な協力における研究"),
    dict(type="ESTABLISH", trig="設立", ctx="成果により", actors=None,
         content="G7バーチャルアカデミー管理委員会", sent="G7のグローバルな研究"),
    dict(type="SUPPORT", trig="歓迎", ctx="プ」の設立を", actors="BOLOGNA_COMMUNIQUE",
         content="「半導体連絡窓口グループ」の設立", sent="メンバー間の情報交換"),
    dict(type="ACTION", trig="促進", ctx="新興技術の流通を", actors="BOLOGNA_COMMUNIQUE",
         content="G7および価値を共有するパートナーとの間の国際頭脳循環や新興技術の流通", sent="G7および価値を共有"),
    dict(type="ANNOUNCE", trig="公表", ctx="共同声明が", actors="COMO_THIS_MEETING",
         content="共同声明", sent="この会合の成果として"),
    dict(type="SUPPORT", trig="歓迎", ctx="AIツールキット」を", actors="COMO_STATEMENT",
         content="「公的部門におけるAIツールキット」", sent="倫理的配慮を考慮"),
    dict(type="SUPPORT", trig="歓迎", ctx="導くものとして", actors="COMO_STATEMENT",
         content="デジタル政府に関する大綱", sent="デジタル政府に関する大綱をG7"),
    dict(type="SUPPORT", trig="歓迎", ctx="エクササイズ」を", actors="COMO_STATEMENT",
         content="「デジタル・アイデンティティ・マッピングエクササイズ」", sent="G7メンバー間のデジタル"),
]

EVENTS_G20 = [
    dict(type="MEET", trig="主催", ctx="議長国ブラジルの", actors="BRAZIL_HOST",
         content="G20リオデジャネイロ・サミット", date="2024-11", location="リオデジャネイロ", sent="2024年11月、議長国"),
    # issue 4 / GUIDELINES 6.2: the items of the ○出席者 list under the meeting are its actors
    # (the host, 議長国ブラジル, is the actor of 主催 above and is in the list)
    dict(type="MEET", trig="開催", ctx="サミッ\nトが", actors="RIO_PARTICIPANTS",
         content="G20リオデジャネイロ・サミット", date="2024-11", location="リオデジャネイロ", sent="2024年11月、議長国"),
    dict(type="ANNOUNCE", trig="強調", ctx="重要な役割を", actors="RIO_DECLARATION",
         content="デジタル教育を含む質の高い教育および訓練の重要な役割", sent="人間の尊厳"),
    dict(type="PLEDGE", trig="コミット", ctx="活用することに", actors="RIO_DECLARATION",
         content="不平等を是正するために、デジタル技術および新興技術の可能性を活用すること", sent="不平等を是正"),
    dict(type="SUPPORT", trig="歓迎", ctx="発足することを", actors="RIO_DECLARATION",
         content="2024年にG20研究・イノベーション作業部会（RIWG）が発足すること", sent="2024年にG20研究"),
    dict(type="AGREE", trig="再確認", ctx="国際協力の重要性を", actors="RIO_DECLARATION",
         content="研究・イノベーションにおける、開かれた、公正で、多様かつ互恵的な国際協力の重要性", sent="2024年にG20研究"),
    dict(type="AGREE", trig="再確認", ctx="それぞれのコミットメントを", actors="RIO_DECLARATION",
         content="気候変動、生物多様性の損失、砂漠化、海洋および土地の劣化、干ばつ並びに汚染による危機や課題に対処するための緊急の行動を拡大することへの、それぞれのコミットメント",
         sent="気候変動、生物多様性"),
    dict(type="ANNOUNCE", trig="強調", ctx="はるかに小さいということを", actors="RIO_DECLARATION",
         content="気候変動の影響は、摂氏1.5度の気温上昇の方が、摂氏2度の気温上昇と比べてはるかに小さいということ",
         sent="気候変動の影響は"),
    dict(type="INTEND", trig="決意", ctx="追求することへの", actors="RIO_DECLARATION",
         content="気温の上昇を摂氏1.5度に制限するための努力を追求すること", sent="気候変動の影響は"),
    dict(type="AGREE", trig="再確認", ctx="われわれのコミットメントを", actors="RIO_DECLARATION",
         content="今世紀半ば頃までに、世界の温室効果ガス（GHG）排出量のネット・ゼロまたはカーボンニュートラルを達成するというわれわれのコミットメント",
         sent="今世紀半ば頃"),
    dict(type="ACTION", trig="強化", ctx="そのための取り組みを", actors="RIO_DECLARATION",
         content="そのための取り組み", sent="今世紀半ば頃"),
    dict(type="ANNOUNCE", trig="強調", ctx="強\n化の必要性を", actors="RIO_DECLARATION",
         content="途上国への官民の気候資金と投資の拡大、広く利用可能な技術革新の加速、強靭性および温室効果ガスの低排出経路の強化、さらには野心的なグリーン産業計画と戦略の支援を含む、国際協力と支援の強化の必要性",
         sent="途上国への官民"),
    dict(type="SUPPORT", trig="支持", ctx="サプライチェーンを", actors="RIO_DECLARATION",
         content="供給源での加工を通じた重要鉱物および原材料、半導体および技術を含むエネルギー移行のための信頼性が高く、多角的で、持続可能かつ責任あるサプライチェーン",
         sent="供給源での加工"),
    dict(type="ACTION", trig="推進", ctx="チを", actors="RIO_DECLARATION",
         content="AIに対するイノベーションを促進する規制/ガバナンスのアプローチ", sent="生成AIを含む"),
    # 6.2: agentless passive, no actor
    dict(type="MEET", trig="開催", ctx="2024年に", actors=None,
         content="G20研究・イノベーション大臣会合、G20エネルギー移行大臣会合", date="2024",
         sent="2024年に開催された関係"),
    # 6.2: agentless passive, no actor even though the meeting's name contains G20
    dict(type="MEET", trig="開催", ctx="マナウス（ブラジル）で", actors=None,
         content="G20研究・イノベーション大臣会合", date="2024-09-19", location="マナウス", sent="9月19日、G20"),
    dict(type="MEET", trig="参加", ctx="）が", actors="G20RI_PARTICIPANTS",
         content="G20研究・イノベーション大臣会合", date="2024-09-19", location="マナウス", sent="9月19日、G20"),
    dict(type="ADOPT", trig="取りまとめ", ctx="G20戦略」が", actors="G20RI_MEETING",
         content="閣僚声明および合意文書「オープンイノベーション協力を促進するためのG20戦略」",
         sent="「公正で持続可能な開発のためのオープン"),
    dict(type="ANNOUNCE", trig="指摘", ctx="有することを", actors="G20RI_STATEMENT",
         content="オープンイノベーションは、われわれが直面する現代の世界的な課題や危機に連帯して対処するために、STIにおける国家の能力を活用し、従来のビジネスモデルを変化させ、変革的な成果を達成する可能性を有すること",
         sent="オープンイノベーションは、われわれ"),
    dict(type="ANNOUNCE", trig="強調", ctx="プラットフォームの重要性を", actors="G20RI_STATEMENT",
         content="STI政策プラットフォームの重要性", sent="研究・イノベーションは、生物"),
    # 6.2: agentless passive, no actor
    dict(type="MEET", trig="開催", ctx="移行大臣会合が", actors=None,
         content="G20エネルギー移行大臣会合", date="2024-10-04", sent="10月4日、G20"),
    dict(type="ANNOUNCE", trig="発表", ctx="成果文書が", actors="G20ET_MEETING",
         content="成果文書", date="2024-10-04", sent="10月4日、G20"),
    dict(type="ACTION", trig="一致協力", ctx="加速させることで", actors="G20ET_DOCUMENT",
         content="クリーンで持続可能で公正で低廉で包摂的なエネルギー移行を加速させること", sent="クリーンで持続可能で"),
    dict(type="ACTION", trig="促進", ctx="チャネルからの投資を", actors="G20ET_DOCUMENT",
         content="あらゆる財源とチャネルからの投資", sent="エネルギー移行の資金ギャップ"),
    dict(type="ANNOUNCE", trig="強調", ctx="果たすことを", actors="G20ET_DOCUMENT",
         content="持続可能燃料および技術を開発および導入するためのアプローチが、エネルギー移行を加速させるための規模とグローバルな市場を創出する上で重要な役割を果たすこと",
         sent="持続可能燃料および"),
    dict(type="ANNOUNCE", trig="強調", ctx="横断的な重要性を", actors="G20ET_DOCUMENT",
         content="エネルギー移行へのイノベーションに対する持続的な資金提供と国際協力の横断的な重要性",
         sent="エネルギー移行へのイノベーション"),
]
