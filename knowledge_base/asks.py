"""What a consumer's question asks, so that the answer's first sentence answers it.

A question asks one thing (`ask_of`): whether the goods can be returned or exchanged
("能退吗", "可以换货吗"), whether a claim stands ("能赔吗", "可以要求赔偿吗"), how much
("赔多少", "几倍"), how long ("要多久", "几天"), or whom to turn to ("找谁", "找商家还是
平台"). Its facts (`facts_of`: a quality problem or none, bought online, in a live stream or
in a shop, past the seven days ...) and the ask select the answer's opening sentence:

- `direct_lead`: a sentence of data/answer_leads.yaml that says yes, no or who first and
  names the article it rests on (a return past the seven days with a fault: yes, 消法24);
- `answers`: whether a sentence (a type's remedy) answers the ask, so that an answer whose
  best remedy does not (a live-stream type's "who is liable" for "can I return it") can
  open with one of its type's remedies that does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .settings import PACKAGE_DATA

# (a demand of three or ten times the price is a claim, not a return)
_NOT_RETURN = re.compile(r"退一赔[三十]|假一赔[三十]|退还|退役|退休|退出|退订|退票|退房|退租|退团|退费|退学|"
                         r"退保|退税|退押金")
ASKS: tuple[tuple[str, re.Pattern], ...] = (
    ("how_much", re.compile(r"赔多少|(?:赔|赔偿|补偿|索赔|退|要求|罚)[^。？！，,]{0,6}多少|几倍|怎么赔|如何赔|"
                            r"赔偿标准|怎么算|赔(?:偿)?(?:金额|数额)")),
    ("who", re.compile(r"找谁|向谁|谁(?:来)?(?:负责|赔|承担|管|的责任)|(?:找|告|起诉|投诉)(?:商家|平台|厂家|"
                       r"主播|卖家|店家|"
                       r"生产商|厂商|直播间|商场|超市)还是|责任(?:在|归|是)谁|该由谁|由谁")),
    ("how_long", re.compile(r"多久|多长时间|几天(?:内|之内)?(?:能|可以|会|要|才)|什么时候(?:能|可以|会|才)|"
                            r"期限是多|时效|(?:要|得|能|可以|才|最多|最长)[^。？！，,]{0,4}(?:多少|几)(?:天|日|个月)|"
                            r"(?:时间|期限|天数)(?:有没有|有无|是否有)(?:上限|限制|规定)|"
                            r"(?:有没有|有无|是否有)(?:时间|期限|天数)(?:上的)?(?:上限|限制|规定)")),
    ("return", re.compile(r"(?:能|可以|可不可以|能不能|可否|还能|还可以|是否(?:可以|能)|让不让|给不给|支持|允许)"
                          r"[^。？！，,]{0,8}(?:退|换)(?:货|款|钱|掉|回|了|换|新)?|"
                          r"退(?:货|款|钱|掉|换)?(?:吗|么|嘛|不了|得了)|换(?:货|新)(?:吗|么|嘛)|"
                          r"想退[^。？！，,]{0,4}(?:可以|行|能)(?:吗|么|不)|"
                          # the seven days' return named without 退 ("还能七天无理由吗")
                          r"(?:能|可以|还能|还可以|能不能|可不可以)[^。？！，,]{0,4}(?:七天|7天|七日)?无理由")),
    ("claim", re.compile(r"(?:能|可以|可不可以|能不能|可否|有权|是否(?:可以|能)|还能)[^。？！，,]{0,10}"
                         r"(?:赔|索赔|赔偿|补偿|退一赔三|十倍|三倍)|(?:赔|赔偿|索赔|补偿)(?:吗|么|嘛)|"
                         # a multiple claimed as a guess to confirm ("应该退一赔三吧", "能赔三倍吧")
                         r"(?:退一赔[三十]|假一赔[三十]|赔三(?![万千百十块元])|三倍|十倍)[^。？！，,]{0,4}(?:吗|么|嘛|吧)|"
                         r"应该[^。？！，,]{0,8}(?:赔|退一赔|假一赔)|"
                         # or as the demand to weigh ("我想要求退一赔三")
                         r"(?:想|要)(?:要求|让[^。？！，,]{0,4})(?:[^。？！，,]{0,4})(?:退一赔[三十]|假一赔[三十]|三倍|十倍)")),
    # whether what the business did or charges is allowed ("退票扣80%合法吗", "收600违约金合理吗"):
    # asked last, so that a return, a claim or a sum asked beside it is answered first
    ("lawful", re.compile(r"合理(?:吗|么|嘛|不)|合法(?:吗|么|嘛|不)|合不合(?:理|法)|是否(?:合理|合法|有效)|"
                          r"有没有道理|违法(?:吗|么|嘛)|(?:算不算|是不是|算)(?:违法|违规|霸王条款)|违规(?:吗|么)|"
                          r"(?:能|可以|允许)(?:这么|这样)(?:收|扣|做|干|要)[^。？！，,]{0,4}(?:吗|么)|"
                          r"(?:条款|规定)[^。？！，,]{0,4}有效(?:吗|么)")),
)


def ask_of(question: str) -> str | None:
    """The one thing the question asks (the first of ASKS' order it shows), or None."""
    for name, pattern in ASKS:
        text = _NOT_RETURN.sub("", question) if name == "return" else question
        if pattern.search(text):
            return name
    return None


_NO_PROBLEM = r"没有?(?:什么)?质量问题|不是质量问题|质量没(?:有|什么)?问题|没(?:有)?坏|没毛病|不是坏"
FACTS: dict[str, re.Pattern] = {name: re.compile(pattern) for name, pattern in {
    "quality": r"质量(?:问题|不好|太差|很差|差|不行|有问题|不合格)|坏了|坏的|是坏|故障|(?<!能)不能用|用不了|"
               r"没法用|失灵|"
               r"开胶|开线|脱线|漏水|漏气|漏电|漏油|裂了|裂开|有裂|破损|破了|有破|瑕疵|次品|残次|不合格|"
               r"毛病|掉色|褪色|"
               r"起球|异响|死机|黑屏|花屏|断了|碎了|发霉|变质|不工作|不制冷|不制热|不通电|开不了机|开不开机|充不进电|"
               r"掉漆|生锈|缩水|有洞|破洞|跳闸|卡顿|闪屏|不转|不出水|没反应|有问题|没(?:有)?声音|不响|不亮|不加热|不启动|"
               r"充不了电|打不开|没信号|坏掉|烂了|腐烂|臭了|越来越(?:小|差|弱|慢)|不好用",
    "no_fault": r"不合适|不喜欢|不想要|不要了|尺码|码数|(?:大|小|肥|瘦|长|短)了|颜色|色差|不舒服|买多了|后悔|买错|"
                r"拍错|不需要|用不上|跟想象|和想象|效果一般|不满意|不好看|不适合|不太合|不合身|不搭|冲动|"
                r"" + _NO_PROBLEM,
    "online": r"网购|网上|网店|淘宝|天猫|京东|拼多多|抖音|快手|直播|小红书|唯品会|得物|电商|官网|旗舰店|小程序|"
              r"[Aa][Pp][Pp]|电视购物|电话购物|邮购|下单|收到货|到货|快递|包裹|团购|微店",
    "live": r"直播",
    "offline": r"实体店|商场|超市|店里|门店|专卖店|专柜|柜台|商店|卖场|店内|线下|现场买|在店|药店|便利店|市场买",
    "after7": r"过了?(?:规定的?)?(?:七|7|无理由)(?:天|日)|超过了?(?:七|7)(?:天|日)|超了?(?:七|7)天|(?:七|"
              r"7)(?:天|日)(?:以|之)?后|"
              r"(?:七|7)(?:天|日)(?:已经)?过了|(?:第)?(?:八|九|十|十[一二三四五六七八九]|二十|三十|[89]|"
              r"[1-9]\d)(?:多)?(?:天|日)"
              r"(?!内|之内|以内)|半个月|[一两二三四五六]个(?:多)?月|一年|两年|十几天|二十多天|一周多|两周|"
              r"两个(?:多)?星期|"
              r"过了退货期|过了无理由",
    "excluded": r"定制|定做|订做|刻字|生鲜|水果|海鲜|蔬菜|鲜花|蛋糕|鲜肉|活鱼|活虾|螃蟹|光盘|CD|软件|激活码|序列号|"
                r"电子书|报纸|杂志|期刊",
    "harm": r"受伤|烧焦|电到|被电|电了一下|烫到|伤到|烫伤|烧伤|炸伤|划伤|割伤|过敏|中毒|住院|起火|着火|爆炸|"
            r"炸了|自燃|触电|烧坏|泡坏|拉肚子|腹泻|呕吐",
    "fraud": r"假货|是假的|假的|仿冒|山寨|冒牌|高仿|欺诈|虚假宣传|以次充好|翻新|二手货|冒充|三无",
    "service": r"定金|订金|意向金|预付款|尾款|打赏|"
               r"课|培训|会员|健身|美容|美发|理发|餐厅|饭店|外卖|酒店|民宿|机票|车票|火车票|门票|旅游|旅行|"
               r"装修|充值|游戏|"
               r"办卡|年卡|次卡|储值|话费|流量|宽带|保险|演唱会|电影|家政|保姆|月嫂|洗衣|干洗|寄快递|物业|"
               r"租房|房东|中介|"
               r"修车|驾校|医院|诊所|体检|摄影|婚纱|酒席|打车|网约车|停车|服务费|押金",
    "goods": r"买|购|商品|产品|东西|货",
    "refund": r"退款|退钱|钱[^。？！，]{0,6}退|退回的钱|货款|到账",
    # goods or a car handed in for repair (not a home's decoration: 装修)
    "repair": r"维修|修理|返修|送修|报修|返厂|检修|保修|修车|(?<![装翻])修(?:了|好|完|不好|一下|多久)",
    # the seller an individual selling their own things (a second-hand app, a friend): maybe no
    # business operator, whom the consumer law's multiples bind
    "private": r"个人卖家|个人闲置|自用闲置|闲置(?:物品|转让|转卖|出售)|个人(?:转让|出售|转卖|二手)|私人卖家|"
               r"闲鱼|咸鱼|转转|"
               r"(?:朋友|熟人|邻居|同事|同学|网友|亲戚)(?:那|那里|那儿|手里|手上)?(?:买|转|卖给|转给|出给)",
    "secondhand_app": r"闲鱼|咸鱼|转转|二手(?:交易)?(?:平台|[Aa][Pp][Pp])",
    # a multiple of the price claimed (the consumer law's or the food law's punitive damages)
    "multiple": r"退一赔[三十]|假一赔[三十]|赔三(?![万千百十块元])|三倍|十倍|惩罚性赔偿",
    # the goods' tag or label cut off or thrown away (whether they are still 完好 for a return)
    # (not one kept: "没拆吊牌", "吊牌没剪")
    "tag_cut": r"(?:吊牌|标签|水洗标|洗标|商标|防伪扣)[^。？！，,没未不]{0,4}(?<![没未不])(?:剪|撕|拆|扔|摘|弄丢|丢了)|"
               r"(?<![没未不还])(?:剪|撕|拆|扔|摘)(?:掉|了|下)?(?:了)?[^。？！，,]{0,2}(?:吊牌|标签|水洗标|洗标)",
    # the seller's own notice that nothing is taken back ("特价不退", "不支持七天无理由"): such a
    # notice cannot take away a return the law gives (消法26)
    "no_return_notice": r"不退不换|概不退换|恕不退换|不退换|一经售出|售出(?:概|一律)?不退|(?:特价|折扣|清仓|活动|"
                        r"促销|秒杀|福利|专享|直播)(?:款|品|价|商品|产品)?[^。？！，,]{0,4}(?:不退|不换|不能退|不可退|"
                        r"不给退|不予退)|(?:不支持|不参与|不享受|不适用|不能|不可以|没有)[^。？！，,]{0,2}(?:七天|7天|七日)"
                        r"无理由|拍下(?:就|后|了)?(?:不退|不能退|不支持退)",
    "car": r"汽车(?!票|站)|轿车|新车|车子|爱车|我的车|提车|买的车|[4４][sS]店|SUV|越野车|电动汽车|新能源车",
}.items()}


def facts_of(question: str) -> set[str]:
    """The facts the question tells (FACTS' names): a quality problem denied is none, and a
    shop is "offline" only where nothing tells of buying online."""
    found = {name for name, pattern in FACTS.items() if pattern.search(question)}
    if re.search(_NO_PROBLEM, question):
        found.discard("quality")
    if "online" in found:
        found.discard("offline")
    return found


# Whether a sentence answers the ask: says yes or no to a return or a claim, names a sum or
# a multiple, a period, or whom the claim goes to.
ANSWERS: dict[str, re.Pattern] = {
    "return": re.compile(r"(?:可以|有权|能)[^。；]{0,14}(?:退货|退款|退还|退换|退回)|无理由退货"),
    "claim": re.compile(r"(?:可以|有权)[^。；]{0,18}(?:赔|索赔|补偿|退一赔三)|承担[^。；]{0,8}(?:赔偿)?责任"),
    "how_much": re.compile(r"\d+元|医疗费|误工费|赔偿金|[一二三四五六七八九十两\d]倍|价款|"
                           r"损失的?[^。；]{0,4}倍|不足[^。；]{0,8}的?按"),
    "how_long": re.compile(r"\d+\s*(?:日|天|个月|年)|[一二三四五六七八九十两]+(?:日|天|个月|年)|之日起|期限|时效"),
    "who": re.compile(r"向[^。；]{0,14}(?:要求|主张|追偿|索赔)|由[^。；]{0,12}(?:承担|负责|赔偿)|连带责任|"
                      r"承担[^。；]{0,8}责任|(?:找|联系)[^。；]{0,6}(?:商家|平台|厂家|销售者|生产者|经营者)"),
    # whether it is allowed: void, unfair, too high, unlawful, or what may not be charged
    # (a rule's bare "不得…" says what is barred, not whether this charge is)
    "lawful": re.compile(r"无效|不公平|不合理|过分高于|明显过高|适当减少|违法|不应(?:当)?收"),
}


def answers(ask: str | None, sentence: str) -> bool:
    """Whether the sentence answers the ask (any sentence does when nothing is asked)."""
    return ask is None or bool(ANSWERS[ask].search(sentence))


@dataclass(frozen=True)
class DirectLead:
    id: str
    asks: tuple[str, ...]
    facts: tuple[str, ...]  # all must hold; "!name": must not
    text: str
    articles: tuple[str, ...]

    def holds(self, ask: str | None, found: set[str]) -> bool:
        return ask in self.asks and all(
            (f[1:] not in found) if f.startswith("!") else (f in found) for f in self.facts)


@lru_cache(maxsize=1)
def direct_leads() -> tuple[DirectLead, ...]:
    import yaml

    with open(PACKAGE_DATA / "answer_leads.yaml", encoding="utf-8") as fh:
        entries = yaml.safe_load(fh) or []
    return tuple(DirectLead(id=e["id"], asks=tuple(e["ask"]), facts=tuple(e.get("facts", [])),
                            text=re.sub(r"\s+", "", e["text"]), articles=tuple(e.get("articles", [])))
                 for e in entries)


def direct_lead(question: str) -> DirectLead | None:
    """The opening sentence the question's ask and facts call for, or None."""
    ask = ask_of(question)
    if ask is None:
        return None
    found = facts_of(question)
    return next((d for d in direct_leads() if d.holds(ask, found)), None)


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\W", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


# A lead's sentence about the other case than the one told: goods with no fault when a fault
# is told, a shop when the goods were bought online, and the other way round.
_OTHER_CASE = {"quality": re.compile(r"没有质量问题|只是不想要"),
               "online": re.compile(r"^在实体店"),
               "offline": re.compile(r"^(?:网络、电视、电话、邮购|网上|直播)")}


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")


def focused(opening: str, lead: str, question: str = "", limit: int = 3) -> str:
    """The opening sentence, then the lead's sentences that do not repeat it (most of their
    character pairs in it, or the first article they name named in it) nor speak of the
    other case than the question's, `limit` sentences in all; a second issue's sentence
    ("另外，…") is kept beyond them."""
    said = _bigrams(opening)
    found = facts_of(question)
    rest = [s for s in re.split(r"(?<=[。！？])", lead) if s.strip()]
    named = set(_ARTICLE.findall(opening))
    rest = [s for s in rest if len(_bigrams(s) & said) < 0.5 * max(1, len(_bigrams(s)))
            # (nor one whose main rule the opening names)
            and not ((first := _ARTICLE.search(s)) and first.group() in named)
            and not any(f in found and p.search(s) for f, p in _OTHER_CASE.items())]
    kept = rest[:limit - 1]
    kept += [s for s in rest[limit - 1:] if s.startswith("另外")][:1]
    return opening + "".join(kept)
