"""Entity mentions of 001, regions G7 2024 and G20 2024, in reading order, as read by hand.

One line per mention: `text | LABEL | canonical | ctx=<left context> | rctx=<right context>`.
canonical defaults to ALIAS.get(text, text). Line breaks inside a mention need
not be written (the locator allows them between any two characters).
"""

ALIAS = {
    "AI": "人工知能", "UN": "国際連合", "AfDB": "アフリカ開発銀行", "IMF": "国際通貨基金",
    "OECD": "経済協力開発機構", "WB": "世界銀行", "UNDP": "国際連合開発計画",
    "DFFT": "信頼性のある自由なデータ流通", "GST": "グローバル・ストックテイク",
    "IEA": "国際エネルギー機関", "CMA5": "パリ協定第5回締約国会合", "豪州": "オーストラリア",
    "AU": "アフリカ連合", "EU": "欧州連合", "AIIB": "アジアインフラ投資銀行",
    "CAF": "ラテンアメリカ開発銀行", "FAO": "国連食糧農業機関", "FSB": "金融安定委員会",
    "IDB": "米州開発銀行", "ILO": "国際労働機関", "LAS": "アラブ連盟", "NDB": "新開発銀行",
    "UNCTAD": "国連貿易開発会議", "UNESCO": "国際連合教育科学文化機関", "WHO": "世界保健機関",
    "WTO": "世界貿易機関", "RIWG": "G20研究・イノベーション作業部会",
    "CSAR": "Chief Science Advisers’ Roundtable",
    # GUIDELINES 6.4 / 5.3: 001 writes 欧州連合（EU） and 国際連合教育科学文化機関（UNESCO） elsewhere,
    # so EU and every UNESCO name take those fullest forms across the report
    "国連教育科学文化機関": "国際連合教育科学文化機関",
}

PUGLIA = "G7プーリア・サミット"
TURIN = "G7トリノ気候・エネルギー・環境大臣会合"
BOLOGNA = "G7ボローニャ科学技術大臣会合"
COMO = "G7チェルノッビオ（コモ）デジタル・技術大臣会合"
RIO = "G20リオデジャネイロ・サミット"
G20RI = "G20研究・イノベーション大臣会合"
G20ET = "G20エネルギー移行大臣会合"

REGION_G7 = f"""
# 第3目 2024年の主な動向 / （1）G7サミット（首脳会合）
G7サミット | EVENT
# 2024年6月12日から15日にかけて、イタリア・プーリアで「G7プーリア・サミット2024（第50回先進国首脳会議）」が開催された
イタリア | GPE
プーリア | GPE
G7プーリア・サミット2024 | EVENT | {PUGLIA}
第50回先進国首脳会議 | EVENT | {PUGLIA}
# 〇出席者 【G7】
G7 | ORG
日本 | GPE
岸田 | PERSON
イタリア | GPE
メローニ | PERSON
カナダ | GPE
トルドー | PERSON
フランス | GPE
マクロン | PERSON
米国 | GPE
バイデン | PERSON
英国 | GPE
スナク | PERSON
ドイツ | GPE
ショルツ | PERSON
EU | ORG
ミシェル | PERSON
欧州理事会 | ORG
フォン・デア・ライエン | PERSON
欧州委員会 | ORG
# 【招待国】
アルジェリア | GPE
アルゼンチン | GPE
ブラジル | GPE
G20 | ORG
バチカン | GPE
インド | GPE
ヨルダン | GPE
ケニア | GPE
モーリタニア | GPE
アフリカ連合 | ORG
チュニジア | GPE
トルコ | GPE
アラブ首長国連邦 | GPE
# 【招待機関】
国際連合 | ORG
UN | ORG
アフリカ開発銀行 | ORG
AfDB | ORG
国際通貨基金 | ORG
IMF | ORG
経済協力開発機構 | ORG
OECD | ORG
世界銀行 | ORG
WB | ORG
# 【ゲスト】
ウクライナ | GPE
ゼレンスキー | PERSON
# 〇セッション
アフリカ | LOC
中東 | LOC
ウクライナ | GPE
インド太平洋 | LOC
AI | TECHNOLOGY
アフリカ | LOC
地中海 | LOC
# 〇成果文書
G7プーリア首脳コミュニケ | DOCUMENT
# footnote 11
内閣府 | ORG
研究セキュリティと研究インテグリティに関するG7共通の価値観と原則 | DOCUMENT
# footnote 12
内閣府 | ORG
安全で開かれた研究のためのG7ベストプラクティス | DOCUMENT
# footnote 13
外務省 | ORG
G7プーリア・サミット | EVENT | {PUGLIA}
# 成果文書 (cont.): G7および招待国首脳による個別声明（「『…』イニシアティブに関する共同声明」）
G7 | ORG
『アフリカにおける成長のためのエネルギー』イニシアティブに関する共同声明 | DOCUMENT
# 「G7プーリア首脳コミュニケ」のうち、STI政策に関するポイントは以下の通り
G7プーリア首脳コミュニケ | DOCUMENT
# bullets
AI | TECHNOLOGY
AI | TECHNOLOGY
AI | TECHNOLOGY
高度なAIシステムを開発する組織向けの国際行動規範 | DOCUMENT
広島AIプロセス | DOCUMENT
公的部門における人工知能のためのG7ツールキット | DOCUMENT
SDGs | DOCUMENT
AI | TECHNOLOGY
国際連合開発計画 | ORG
UNDP | ORG
持続可能な開発のためのAIハブ | ORG
AIと軍事と自律性の責任ある軍事利用に関する政治宣言 | DOCUMENT
軍事領域における責任あるAI利用（REAIM）宣言 | DOCUMENT
信頼性のある自由なデータ流通 | DOCUMENT
DFFT | DOCUMENT
半導体 | TECHNOLOGY
G7半導体コンタクトグループ | ORG
G7 | ORG
G7 | ORG | G7 | ctx=非
G7バーチャルアカデミー | ORG
AI | TECHNOLOGY
G7ヴェネツィア司法グループ | ORG
# （2）G7関係閣僚会合
G7 | ORG
{TURIN} | EVENT
{BOLOGNA} | EVENT
{COMO} | EVENT
# ■ Turin
{TURIN} | EVENT
{TURIN} | EVENT
G7広島サミット | EVENT
COP28 | EVENT
第28回気候変動枠組条約締約国会議 | EVENT | COP28
グローバル・ストックテイク | DOCUMENT
GST | DOCUMENT
# footnote 14
外務省 | ORG
G7広島サミット | EVENT
# bullets of the Turin outcome document
G7 | ORG
COP30 | EVENT
G7広島サミット | EVENT
国際エネルギー機関 | ORG
IEA | ORG
ガスリザーブメカニズム | DOCUMENT
IEA | ORG
パリ協定第5回締約国会合 | EVENT
CMA5 | EVENT
GST | DOCUMENT
ナイロビ宣言 | DOCUMENT
# ■ Bologna
{BOLOGNA} | EVENT
{BOLOGNA} | EVENT
アンナ・マリア・ベルニーニ | PERSON
原子力 | TECHNOLOGY
フュージョンエネルギー | TECHNOLOGY
アフリカ | LOC
G7科学大臣コミュニケ | DOCUMENT
G7 | ORG
OECD科学技術政策委員会（CSTP）閣僚級会合 | EVENT | CSTP閣僚級会合
# footnote 15
経済産業省 | ORG
齋藤 | PERSON
G7気候・エネルギー・環境大臣会合 | EVENT
# footnote 16
資源エネルギー庁 | ORG
G7 | ORG
経済産業省 | ORG
G7気候・エネルギー・環境大臣会合コミュニケ | DOCUMENT
# footnote 17
内閣府 | ORG
{BOLOGNA} | EVENT
G7 Science and Technology Ministers’ Meeting Communique | DOCUMENT | G7科学大臣コミュニケ
# Bologna bullets (cont.)
G7のグローバルな研究エコシステムにおけるセキュリティとインテグリティ（SIGRE）ワーキンググループ | ORG
G7バーチャルアカデミー管理委員会 | ORG
G7 | ORG
半導体連絡窓口グループ | ORG | G7半導体コンタクトグループ
G7 | ORG
# ■ Cernobbio (Como)
{COMO} | EVENT
{COMO} | EVENT
G7 | ORG
公的部門におけるAIツールキット | DOCUMENT | 公的部門における人工知能のためのG7ツールキット
AI | TECHNOLOGY
AI | TECHNOLOGY
公的部門におけるAIツールキット | DOCUMENT | 公的部門における人工知能のためのG7ツールキット
デジタル政府に関する大綱 | DOCUMENT
クラウドコンピューティング | TECHNOLOGY
デジタル政府に関する大綱 | DOCUMENT
G7 | ORG
デジタル・アイデンティティ・マッピングエクササイズ | DOCUMENT
G7 | ORG
デジタル・アイデンティティ・マッピングエクササイズ | DOCUMENT
# footnote 18
総務省 | ORG
デジタル庁 | ORG
G7デジタル・技術大臣会合 | EVENT
Ministerial Meeting On Technology and Digital G7 Joint Statement | DOCUMENT
# 第2項 G20 (heading line before the G20 section)
G20 | ORG
"""

REGION_G20 = f"""
# （1）G20サミット（首脳会合）
G20サミット | EVENT
# 2024年11月、議長国ブラジルの主催により、同国リオデジャネイロにおいてG20リオデジャネイロ・サミットが開催された
ブラジル | GPE
リオデジャネイロ | GPE
{RIO} | EVENT
# 【G20メンバー】
G20 | ORG
日本 | GPE
ブラジル | GPE
アルゼンチン | GPE
豪州 | GPE
カナダ | GPE
中国 | GPE
フランス | GPE
ドイツ | GPE
インド | GPE
インドネシア | GPE
イタリア | GPE
メキシコ | GPE
韓国 | GPE
ロシア | GPE
サウジアラビア | GPE
南アフリカ | GPE
トルコ | GPE
英国 | GPE
米国 | GPE
AU | ORG
EU | ORG
# 【招待国】
アンゴラ | GPE
ボリビア | GPE
チリ | GPE
コロンビア | GPE
エジプト | GPE
マレーシア | GPE
モザンビーク | GPE
ナイジェリア | GPE
ノルウェー | GPE
パラグアイ | GPE
ポルトガル | GPE
カタール | GPE
シンガポール | GPE
スペイン | GPE
タンザニア | GPE
アラブ首長国連邦 | GPE
ウルグアイ | GPE
ベトナム | GPE
バチカン | GPE
# 【国際機関】
アフリカ開発銀行 | ORG
AfDB | ORG
アジアインフラ投資銀行 | ORG
AIIB | ORG
ラテンアメリカ開発銀行 | ORG
CAF | ORG
国連食糧農業機関 | ORG
FAO | ORG
金融安定委員会 | ORG
FSB | ORG
米州開発銀行 | ORG
IDB | ORG
国際労働機関 | ORG
ILO | ORG
国際通貨基金 | ORG
IMF | ORG
アラブ連盟 | ORG
LAS | ORG
新開発銀行 | ORG
NDB | ORG
国際連合 | ORG
UN | ORG
国連貿易開発会議 | ORG
UNCTAD | ORG
国連教育科学文化機関 | ORG
UNESCO | ORG
世界銀行 | ORG
WB | ORG
世界保健機関 | ORG
WHO | ORG
世界貿易機関 | ORG
WTO | ORG
# ○成果文書
G20リオデジャネイロ首脳宣言 | DOCUMENT
# footnote 26
Office of the Principal Scientific Adviser | ORG
Chief Science Advisers’ Roundtable | EVENT
CSAR | EVENT
# footnote 27
International Science Council | ORG
International Decade of Sciences for Sustainable Development | EVENT
United Nations General Assembly | ORG | 国連総会
# footnote 28
外務省 | ORG
G20ニューデリー・サミット | EVENT
# footnote 29
外務省 | ORG
G20 Rio de Janeiro Leaders’ Declaration | DOCUMENT | G20リオデジャネイロ首脳宣言
# Rio declaration bullets
G20研究・イノベーション作業部会 | ORG
RIWG | ORG
半導体 | TECHNOLOGY
生成AI | TECHNOLOGY
AI | TECHNOLOGY
AI | TECHNOLOGY
AI | TECHNOLOGY
# （2）G20関係閣僚会合
G20 | ORG
{G20RI} | EVENT
{G20ET} | EVENT
# ■ G20研究担当イノベーション大臣会合
G20研究担当イノベーション大臣会合 | EVENT | {G20RI}
{G20RI} | EVENT
マナウス | GPE
ブラジル | GPE
アンゴラ | GPE
ノルウェー | GPE
ポルトガル | GPE
シンガポール | GPE
スペイン | GPE
スイス | GPE
アラブ首長国連邦 | GPE
EU | ORG
OECD | ORG
UNCTAD | ORG
UNESCO | ORG
国際エネルギー機関 | ORG
アマゾン協力条約機構 | ORG
ベルモント・フォーラム | ORG
地球規模生物多様性情報機構 | ORG
# 議論のテーマ: クリーンエネルギー技術と政策 (a named field, cf. クリーンエネルギー生産・貯蔵技術 in GUIDELINES)
クリーンエネルギー技術 | TECHNOLOGY
オープンイノベーション協力を促進するためのG20戦略 | DOCUMENT
# footnote 30
内閣府 | ORG
{G20RI} | EVENT
ブラジル | GPE
マナウス | GPE
# footnote 31
内閣府 | ORG
G20 Research Ministerial Meeting Outcome Document and Chair’s Summary | DOCUMENT
# bullets
G20 | ORG
# ■ G20エネルギー移行大臣会合
{G20ET} | EVENT
{G20ET} | EVENT
"""
