"""Well-known brands and chains whose names are everyday words or very short ("美的", "小米", "格力",
"苏宁", "安踏", "海底捞"): the dictionary reads them as a thing, a place or a verb, and the rules that
refuse a bare word as a shop's or a person's name would refuse them too. Said as the shop, they are
the shop; said beside a phone, they are no person's name.

Only names a consumer says bare are here, and none that is as often an everyday word said for
itself in a complaint ("苹果", "石头", "理想", "长城", "全家", "老板", "大众").
"""
from __future__ import annotations

import re

from complaint.extract.text import clean

KNOWN_BRANDS = frozenset((
    # household appliances and electronics
    "美的", "格力", "海尔", "海信", "长虹", "创维", "康佳", "奥克斯", "志高", "方太", "华帝", "万和", "万家乐",
    "苏泊尔", "九阳", "格兰仕", "西门子", "松下", "索尼", "飞利浦", "戴森", "科沃斯", "追觅", "云鲸", "TCL",
    # phones and computers
    "小米", "红米", "华为", "荣耀", "OPPO", "vivo", "一加", "魅族", "联想", "三星", "戴尔", "惠普", "华硕",
    # sportswear and clothing
    "安踏", "李宁", "特步", "匹克", "鸿星尔克", "耐克", "阿迪达斯", "彪马", "斐乐", "优衣库", "海澜之家",
    "森马", "太平鸟", "波司登", "以纯", "美特斯邦威",
    # supermarkets, stores, chemists
    "苏宁", "国美", "永辉", "大润发", "沃尔玛", "家乐福", "华润万家", "物美", "盒马", "山姆", "麦德龙",
    "罗森", "美宜佳", "便利蜂", "名创优品", "屈臣氏", "万宁", "大参林", "益丰", "一心堂", "同仁堂",
    # restaurants, tea and bakeries
    "海底捞", "肯德基", "麦当劳", "必胜客", "德克士", "华莱士", "汉堡王", "星巴克", "瑞幸", "喜茶", "奈雪",
    "蜜雪冰城", "古茗", "茶百道", "霸王茶姬", "沪上阿姨", "西贝", "真功夫", "老乡鸡", "杨国福", "呷哺呷哺",
    "巴奴", "小龙坎", "太二", "全聚德", "稻香村", "好利来", "味多美", "鲍师傅", "良品铺子", "三只松鼠",
    # jewellers
    "周大福", "周生生", "老凤祥", "周六福", "潮宏基",
    # cars and electric bikes
    "比亚迪", "奇瑞", "丰田", "本田", "日产", "宝马", "奔驰", "奥迪", "特斯拉", "蔚来", "小鹏", "五菱",
    "雅迪", "爱玛", "台铃", "新日", "绿源",
    # schools, gyms, hotels
    "新东方", "学而思", "乐刻", "汉庭", "全季", "亚朵", "锦江之星",
    # internet companies whose own service is bought (a membership, storage, a subscription): the seller itself
    "百度", "网易", "爱奇艺", "优酷", "芒果TV", "腾讯视频", "腾讯", "字节跳动", "喜马拉雅", "网易云音乐", "QQ音乐",
    "酷狗", "酷狗音乐", "迅雷", "WPS", "知乎", "微博", "百度网盘", "夸克", "咪咕",
    # companies that buy, let or broker on their own account (their app is no marketplace)
    "爱回收", "链家", "我爱我家", "自如",
))
_FOLDED = frozenset(b.lower() for b in KNOWN_BRANDS)
# Brands that are as often a person's name ("李宁", "苏宁", "康佳"): said beside a phone, the consumer's name
LIKE_A_PERSON = frozenset(("李宁", "杨国福", "康佳", "万宁", "罗森", "苏宁", "万和", "戴森", "周生生", "华为"))


def is_known_brand(word: str | None, not_a_person: bool = False) -> bool:
    """The word, as said (filler and 的 of "是美的的" aside), is one of the well-known brands or chains;
    `not_a_person`: and none that is as often a person's name."""
    raw = re.sub(r"^(?:就是|是|就|那个|这个)+|(?<=..)的$|[吧啊呀哦嘛呢]+$", "", clean(word or "").strip(" ，,。.！!"))
    return raw.lower() in _FOLDED and not (not_a_person and raw in LIKE_A_PERSON)
