"""The complainant's name: 张三, 欧阳娜娜, 李女士, 买买提·艾力 or a Latin name."""
from __future__ import annotations

import functools
import re

from complaint.extract.brands import is_known_brand
from complaint.extract.phone import _MOBILE
from complaint.extract.spoken import answer_core
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_PARTIAL, Parsed, clean, common_word, tagged_words
from complaint.script import as_written


# Latin letters, with those of the languages written in them ("Müller", "Dubois", "Nguyễn")
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_NAME_INTRO = re.compile(
    # ("我是个老头子", "我是一名老师", "我是这家店的会员": who the consumer is, not a name)
    # ("显示本人签收", "需要本人到场": 本人 inside a sentence is whoever, no name follows)
    r"(?:我(?:就|也|本来就)?叫|俺(?:就|也)?叫|我的名字是|名字是|名字叫|姓名是?|姓名:|(?<![^\s，,。！!？?我])本人|(?<!告诉)(?<!以为)(?<!知道)(?<![说跟让给骗问当])我是(?![个位名]|一[个位名]|这|那[个家位种]))"
    rf"\s*([\u4e00-\u9fa5·]{{2,8}}|[{LATIN}][{LATIN} .]{{1,40}})")
_NAME_STOP = re.compile(
    r"(不知道|不想|不方便|保密|匿名|不告诉|没有|投诉|举报|商家|电话|手机|号码|你好|您好|谢谢|是的|对的|好的|可以)"
)
# Words no personal name contains: what a consumer says when answering another question
# ("退钱", "两万三", "星光健身房", "上周三") or a kind of thing.
_NOT_A_NAME = re.compile(
    r"\d|(?<=.)[两百千万亿]|[元块]$|退钱|退款|退货|退费|换货|换新|维修|修好|修理|赔偿|赔钱|补偿|"
    r"公司|超市|商场|商城|[店厂馆院城房铺行]$|"
    r"昨天|今天|明天|前天|上周|下周|星期|礼拜|周[一二三四五六日末](?=$|[上下晚早中那的前后吧啊呢了])|"
    r"[一二三四五六七八九十]月|[日号]$|"
    r"[的了吗呢吧啊嘛呀哦]|什么|怎么|为啥|哪|不|没|别|请|帮|算了|知道|"
    # ("那先填 131…", "先写这个": the words said with the phone, not a name)
    r"[填写]$|先[填写留给说]"
)
# Words no given name after a compound surname holds (a given name may hold 不, 无, 没: "东方不败", "上官无忌")
_NOT_A_NAME_GIVEN = re.compile(
    r"\d|[两百千万亿元块]|[店厂馆院城房铺行]$|号$|[的了吗呢吧啊嘛呀哦]|什么|怎么|为啥|哪|不[是要用想行知对会能]|"
    r"没[有事]|别[的人]|请|帮|算了|知道|公司|超市|商场")
# The common surnames (百家姓 and the most frequent others): a two-to-four character
# answer that does not start with one is more likely a word than a name.
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门", "呼延", "百里", "东郭", "澹台", "公冶", "太史",
    "申屠", "闻人", "万俟", "赫连", "第五", "拓跋", "段干", "司空", "淳于", "单于", "濮阳", "鲜于", "闾丘",
    # (those of the Manchu and other peoples, and the rarer ones of the 百家姓)
    "纳兰", "完颜", "叶赫", "爱新", "乌雅", "钮祜", "富察", "赫舍", "公羊", "梁丘", "左丘", "乐正",
    "宗政", "仲孙", "叔孙", "太叔", "亓官", "司寇", "颛孙", "巫马", "公西", "漆雕", "壤驷", "公良", "夹谷",
    "宰父", "谷梁", "羊舌", "微生", "归海", "子车", "即墨", "达奚", "褚师",
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "赖阎逄滑藏貊忻卓秘凤竺"
    # (more of the 百家姓 and of today's registers: 傅, 洪, 萧, 丘, 代, 占, 庹, 拓…)
    "昌酆傅萧贝贲洪钮荀羿汲邴糜隗宓郗仰钭韶蓟鄂莘贡扶郦璩濮郏宦庾暨殳蔚夔厍訾毋乜巢蒯桓代占庹拓丘"
)
# Of those, the ones that begin everyday words too ("代购", "占用", "拓展"): two characters of a word of the
# dictionary that is no name are that word
_RARER_SURNAMES = set("昌酆傅萧贝贲洪钮荀羿汲邴糜隗宓郗仰钭韶蓟鄂莘贡扶郦璩濮郏宦庾暨殳蔚夔厍訾毋乜巢蒯桓代占庹拓丘")
_TITLE = r"(?:先生|女士|小姐|老师|阿姨|师傅|大爷|大妈|同学)"
# The usual ways to spell a surname out by its parts, said after or instead of the name.
_SURNAME_SPELT = re.compile(
    r"[\s，,、]*(?:是|就是)?(?:弓长张|立早章|木子李|十八子李|口天吴|耳东陈|双木林|禾口程|禾呈程|古月胡|言午许|"
    r"草头黄|文刀刘|关耳郑|走肖赵|人可何|双口吕|三横王|三横一竖王|千里重|日斤晋|三点水的[\u4e00-\u9fa5]|"
    r"木易杨|女马妈|子小孙|弯弓张|立早的章)(?:的[\u4e00-\u9fa5])?")
_SURNAME_THEN_NAME = re.compile(
    r"(?:(?:我|本人)?(?:免贵)?姓\s*)?([\u4e00-\u9fa5]{1,2})[\s，,、。]+(?:我)?(?:叫|名叫|名字叫|名字是|全名|全名是|全名叫|大名)?"
    r"[\s:：]*(\1[\u4e00-\u9fa5]{1,3})[\s，,。.！!]*")


_SURNAME_FIRST = re.compile(r"(?:免贵)?姓([\u4e00-\u9fa5]{1,2})[\s，,、]*(?:叫|名叫|全名|全名是)?"
                            r"\s*(\1[\u4e00-\u9fa5]{1,3}?)"
                            r"(?=$|[\s，,。.!！、]|电话|手机|号码|联系)")


_SURNAME_MARKED = re.compile(r"(?:我|本人)?" + _SURNAME_FIRST.pattern + r"[\s，,。.！!]*")


# A bare name said with the phone, and nothing else: "王强 15900001111", "赵敏，电话186…", "138… 孙丽"
_PHONE_SAID = (r"(?:(?:电话|手机|手机号|联系电话|号码)(?:是|:|：)?\s*)?"
               r"(?:1\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-?\d{7,8})")
_NAME_BESIDE_PHONE = re.compile(rf"([\u4e00-\u9fa5]{{2,4}})[\s，,、]*{_PHONE_SAID}"
                                rf"|{_PHONE_SAID}[\s，,、]+([\u4e00-\u9fa5]{{2,4}})")


# Words of consent said with the phone asked for ("那留吧 185…", "行 写这个 139…", "那就 136…", "OK 177…"): no name
_SAYS_YES = r"(?:那|那就|就|那好|那行|好的?|好吧|好嘞|行吧?|可以的?|成|嗯+|对的?|没问题|ok|中|那你|你)"
_CONSENT_ONLY = re.compile(rf"[\s，,。.!！~～]*(?:{_SAYS_YES}[\s，,。.!！~～]*)*"
                           r"(?:(?:就|都)?(?:留|写|填|登记|记|打|用|给|发)(?:下|一下|上|个)?(?:你)?"
                           r"(?:吧|这个|这个号码?|我的|我手机|我的手机|电话|号码|手机号?)*[\s，,。.!！~～]*)?"
                           r"(?:我的)?(?:电话|手机|号码|手机号)?(?:是|号码是|:|：)?[\s，,。.!！~～]*", re.IGNORECASE)


_A_PHONE = re.compile(r"(?:\+?86)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{7,8}(?:\s*转\s*\d{1,6})?")


def said_yes_only(text: str) -> bool:
    """Whether the words (the phone taken off) only say yes to leaving it: "那留吧", "行 写这个", "可以的 电话是"."""
    return bool(_CONSENT_ONLY.fullmatch(text))


def find_name(text: str) -> str | None:
    """A name said in free text ("我叫…", a name beside a phone), as the consumer wrote it (traditional
    characters kept: every reader reads the simplified form)."""
    return as_written(_find_name(text), text)


_REAL_NAME_REFUSED_FIRST = re.compile(r"^(?:我|俺)?(?:就|还是)?(?:不想|不愿意?|不方便|不用|不要|不)(?:留|说|写|给|透露)"
                                      r"(?:我的?)?(?:真名|真实姓名|全名|名字)[了啊吧哈]*[\s，,。]+(?=\S)")


def normalise_name(text: str | None) -> Parsed:
    """A person's name: 张三, 欧阳娜娜, 李女士, 买买提·艾力 or a Latin name ("Anna Müller", "Pierre Dubois 皮埃尔"), as
    written (see _normalise_name)."""
    parsed = _normalise_name(text)
    return Parsed(as_written(parsed.value, text), parsed.error) if parsed.value else parsed


# "I" said in a dialect or the plain word of the north ("俺叫田桂香", "俺是张大山", "咱姓刘 叫刘春花", "偶叫…"):
# the consumer speaking of themselves, as 我
_FIRST_PERSON = re.compile(r"(?:(?:俺|咱)(?!们)|(?:^|(?<=[\s，,。！!？?；;：:]))偶)"
                           r"(?=(?:就|也|本来就)?(?:叫|是|姓)|的?名字|免贵)")


def as_i(text: str) -> str:
    """The words with 俺, 咱 (and 偶 at a clause's start) said of oneself before 叫, 是, 姓 or 名字 as 我."""
    return _FIRST_PERSON.sub("我", text)


def _find_name(text: str) -> str | None:
    text = as_i(answer_core(text))  # ("…叫李娜～", "我叫王芳😊": the marks after the name end it)
    if _WRITE_WHOSE.search(clean(text)) or _PUT_DOWN.search(clean(text)):
        put = normalise_name(text).value
        if put or _WRITE_WHOSE.search(clean(text)):
            return put  # "我妈叫袁桂香 我叫刘洋 写我妈的吧", "写我妈 王秀英 我是她儿子": the name to put down
    if _PARTS_TOLD.match(clean(text)):
        whole = normalise_name(text).value
        if whole:
            return whole  # "复姓濮阳 名字叫子衿 濮阳子衿": the surname and the given name told apart, then whole
    said = _SURNAME_FIRST.search(clean(text))
    if said:  # "我姓王 王建国" in the middle of a message
        found = normalise_name("我叫" + said.group(2)).value
        if found:
            return found
    m = _NAME_INTRO.search(clean(text))
    if not m:
        beside = _NAME_BESIDE_PHONE.fullmatch(clean(text).strip(" ，,。.！!"))
        if beside:  # "王强 15900001111", "13300005555 孙丽": a name and a phone, said together
            bare = str(beside.group(1) or beside.group(2))
            from complaint.extract.platform import is_retailer, platform_spans
            if platform_spans(bare) or is_retailer(bare) or _a_shop(bare):
                return None  # "海底捞 138…", "王记粥铺 138…": the shop and its phone, not the consumer
            if said_yes_only(bare):
                return None  # "那留吧 185…": consent to leave the phone, no name
            return normalise_name(bare).value
        return None
    # (a Latin name keeps the spaces between its words: "我叫Anna Müller")
    latin = re.match(f"[{LATIN}]", m.group(1))
    name = re.split(r"[，,。]|电话|手机|号码|联系" if latin else r"[，,。\s]|电话|手机|号码|联系",
                    m.group(1))[0].strip()
    parsed = normalise_name("我叫" + name)
    if parsed.value and (common_word(parsed.value, 3) or "n")[:1] in ("v", "a", "d"):
        return None  # "本人签收", "我是着急": a word of the sentence, not a name
    if parsed.value and not latin and not _NAMED_BY.match(m.group(0)) and _who_not_a_name(parsed.value):
        return None  # "我是退休老师", "本人外卖骑手", "我是司机": who the consumer is, not their name
    return parsed.value


# The intros that name ("我叫…", "名字是…"), unlike "我是…" and "本人…", which may say who the consumer is
_NAMED_BY = re.compile(r"我(?:就|也|本来就)?叫|我的名字是|名字是|名字叫|姓名")
# What people are, said after "我是": a job, a role, a relation to the business
_ROLE = re.compile(r"(?:老师|学生|司机|护士|医生|大夫|工人|农民|骑手|快递员|业主|会员|顾客|客户|家长|宝妈|车主|老板|"
                   r"员工|店主|房东|租客|患者|病人|律师|军人|消费者|用户|买家|游客|学员|住户|居民|职工|干部|上班族)$")


def _who_not_a_name(value: str) -> bool:
    """Whether what followed "我是" is who the consumer is rather than a name: a role ("司机", "退休老师"), or words
    that start with no surname and are no name of a people without surnames ("外卖骑手"). A surname with a role is
    how the consumer is called ("王老师")."""
    if "·" in value or _of_a_people_without_surnames(value):
        return False
    role = _ROLE.search(value)
    if role:
        before = value[:role.start()]
        return not (before in SURNAMES or before in COMPOUND_SURNAMES)
    return not _has_surname(value)


# Said before a name given in Latin letters or with its pinyin ("我叫", "名字是", "本人")
_SAID_AS_NAME = r"(?:我叫|我是|我的名字是|名字是|名字叫|姓名是?|姓名:|本人)?"
# One syllable of pinyin, without tones ("lin", "yue", "zhang", "lv")
_PINYIN_SYLLABLE = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
                              r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|"
                              r"ua|uo|ui|ue|ve|a|o|e|i|u|v|ü)", re.IGNORECASE)
_NAME_THEN_PINYIN = re.compile(rf"{_SAID_AS_NAME}\s*([\u4e00-\u9fa5]{{2,4}})"
                               r"[\s，,、/]*[(（]?\s*([A-Za-z]+(?: [A-Za-z]+){0,3})\s*[)）]?")


def _spelt_in_pinyin(latin: str, chinese: str) -> bool:
    """Whether Latin words are the pinyin of a Chinese name, a syllable a character ("Lin Yue" of 林悦;
    "Pierre Dubois" of 皮埃尔 is a foreign name and its transliteration, kept whole)."""
    words = latin.split()
    syllables = [w for word in words for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+", word)] if len(words) < len(chinese) \
        else words
    return (len(syllables) == len(chinese) and all(_PINYIN_SYLLABLE.fullmatch(w) for w in syllables)
            and (chinese[0] in SURNAMES or chinese[:2] in COMPOUND_SURNAMES))


_LATIN_NAME = re.compile(rf"{_SAID_AS_NAME}\s*"
                         rf"([{LATIN}](?:[{LATIN}'\-]|[ .](?=[{LATIN}]))*\.?)"
                         # (the name in Chinese characters after it: "艾哈迈德", "安娜·米勒", in brackets or not)
                         r"(?:[\s，,、/]*[(（]?\s*([\u4e00-\u9fa5]{2,6}(?:·[\u4e00-\u9fa5]{1,8})*)\s*[)）]?)?")


def _has_surname(name: str) -> bool:
    return name[:2] in COMPOUND_SURNAMES or name[0] in SURNAMES


def _normalise_name(text: str | None) -> Parsed:
    """A person's name: 张三, 欧阳娜娜, 李女士, 买买提·艾力 or a Latin name.

    A bare answer must look like a name (a common surname, two to four characters);
    "我叫…" / "姓名…" vouches for an uncommon one. Answers to other questions
    ("退钱", "两万三", "星光健身房") are not names.
    """
    raw = answer_core(text)  # "曾一帆！！", "柯志明，谢谢", "胡冰😊": the name, without what is said around it
    # the dots typed between the parts of a name ("米日古丽•依明", "阿依・努尔") are its middle dot
    raw = _OTHER_DOTS.sub("·", raw)
    # how to address the consumer, in brackets after the name ("杨帆（杨先生）", "张伟(老张)"): a part said apart
    raw = _BRACKETED.sub(r" \1", raw)
    if _A_PHONE.search(raw) and said_yes_only(_A_PHONE.sub("", raw)):
        return Parsed(None, ERR_EMPTY)  # "那留吧 185…", "那就 136…": the phone, said yes to, and no name
    raw = _FILLER_FIRST.sub("", _MOBILE.sub("", raw))  # "嗯 杨丽萍", "哎 叫我…": a sound said before the answer
    # "我不想留真名 叫我陈女士就行": the real name refused first, then how to be called (that is the name given)
    raw = _REAL_NAME_REFUSED_FIRST.sub("", raw)
    raw = _SAID_FIRST.sub("", raw)  # "那个汪晓晓", "就是林浩", "是卓玛": no surname starts so
    raw = re.sub(r"^(?:我(?:就|也|本来就))叫", "我叫", as_i(raw))  # "我就叫万里", "俺叫田桂香": the name
    written = _WRITE_AS.fullmatch(raw)
    if written and not _WRITE_WHOSE.search(raw):
        raw = "我叫" + written.group(1)  # "那就写王先生", "填张女士吧": the name to put down
    put_down = _name_put_down(raw)
    if put_down:
        return normalise_name("我叫" + put_down)  # of two names said, the one the consumer asks to put on the ticket
    whose = _WRITE_WHOSE.search(raw)
    if whose:
        # "我妈叫袁桂香 我叫刘洋 写我妈的吧": of two names said, the one the consumer says to put down
        mine = whose.group(1) in ("我", "我自己", "自己")
        said = re.search(r"我(?:的名字)?(?:叫|是)\s*([\u4e00-\u9fa5]{2,4}?)(?=[\s，,。]|$)", raw) if mine else \
            re.search(r"(?:妈妈?|母亲|爸爸?|父亲|老公|老婆|爱人|儿子|女儿|奶奶|爷爷|老人)(?:的名字)?(?:叫|是)\s*"
                      r"([\u4e00-\u9fa5]{2,4}?)(?=[\s，,。]|$)", raw)
        if said:
            return normalise_name("我叫" + said.group(1))
    called = _CALLED_BY.search(raw)
    if called:  # "我妈叫闫凤兰", "Ethan 中文名叫 周奕辰": the name the words introduce
        raw = "我叫" + raw[called.end():]
    # a name in Latin letters, with its Chinese transliteration after it or not ("Anna Müller", "Pierre Dubois 皮埃尔")
    latin = _LATIN_NAME.fullmatch(raw)
    if latin and not (latin.group(2) and (_NAME_STOP.search(latin.group(2)) or _NOT_A_NAME.search(latin.group(2)))):
        if latin.group(2) and _spelt_in_pinyin(latin.group(1), latin.group(2)):
            return Parsed(latin.group(2))  # "Lin Yue 林悦": the Chinese name with its pinyin, the name itself
        return Parsed(" ".join(g for g in latin.groups() if g))
    pinyin_after = _NAME_THEN_PINYIN.fullmatch(raw)
    if pinyin_after and _spelt_in_pinyin(pinyin_after.group(2), pinyin_after.group(1)):
        return Parsed(pinyin_after.group(1))  # "林悦 Lin Yue"
    # how the surname is spelt out ("弓长张", "木子李的李", "兰花的兰") adds nothing to the name
    spelt = _SURNAME_SPELT.search(raw) or _SPELT_BY_WORD.search(raw)
    raw = _SPELT_BY_WORD.sub(" ", _SURNAME_SPELT.sub(" ", raw)).strip(" ，,。.、")
    apart = re.fullmatch(r"(?:我叫|我是|我姓)?([\u4e00-\u9fa5]{1,2})[\s，,、]+(?:名字?叫?|叫)?([\u4e00-\u9fa5]{1,2})",
                         raw)
    if spelt and apart and (apart.group(1) in SURNAMES or apart.group(1) in COMPOUND_SURNAMES):
        raw = "我叫" + apart.group(1) + apart.group(2)  # "郑 关耳郑 国强": the surname, spelt, then the given name
    # "我是她儿子 李海涛", "小兰 纪小兰": the part that is the whole name, without who the caller is to
    # someone or the given name said first
    parts = [p for p in re.split(r"[\s，,、]+", re.sub(r"^(?:我叫|我是|本人|名字是|姓名是?)", "", raw)) if p]
    marked = [m.group(2) for m in map(_SURNAME_MARKED.fullmatch, parts) if m]
    if marked and all(p == marked[0] or _SURNAME_MARKED.fullmatch(p) for p in parts):
        return normalise_name("我叫" + marked[0])  # "李娜 我姓李叫李娜": the name, said again with its surname
    latin_then = re.fullmatch(rf"[{LATIN}][{LATIN} .'\-]*[\s，,]+(?:我叫|我的名字是|名字是|中文名字?(?:叫|是)?|大名)"
                              r"\s*([\u4e00-\u9fa5·]{2,8})", raw)
    if latin_then:
        return normalise_name("我叫" + latin_then.group(1))  # "Lily 我叫 李莉": the name introduced after a nickname
    if len(parts) > 1:
        parts = [p for p in parts if not _RELATION.search(p)] or parts
        # "填我 我是家长 虞佳": whose name to put down and who the caller is are no parts of the name
        parts = [p for p in parts if not _WHOSE_OR_WHO.fullmatch(p)] or parts
        # "复姓濮阳 名字叫子衿 濮阳子衿": the surname and the given name, each said with its word, then the whole
        whole = next((p for p in reversed(parts) if all(_NAME_PART_SAID.sub("", q) in p for q in parts)), None)
        if whole:
            raw = "我叫" + _NAME_PART_SAID.sub("", whole)
        else:  # "叫我小周 周晓梅", "李先生 李明": the part that is a whole name, not a nickname or a title
            full = [v for v in (normalise_name(p).value for p in parts)
                    if v and not re.match(r"[小老阿]", v) and not re.search(_TITLE + "$", v)
                    and not _ADDRESSED_AS.fullmatch(v)]
            if len(set(full)) == 1:
                raw = "我叫" + full[0]
    if spelt and not raw:
        return Parsed(None, ERR_PARTIAL)  # "木子李": the surname only
    # the name, then its surname said to confirm it: "金城，我姓金", "格日勒 姓格" (no spelling of it)
    then = _NAME_THEN_SURNAME.fullmatch(raw)
    confirmed = bool(then and then.group(1).startswith(then.group(2)))
    if then and confirmed:
        raw = "我叫" + then.group(1)
    # any other spelling after the name ends with its surname: "叶青 口十叶", "邓超，双又邓的邓"
    raw = re.sub(r"^((?:我叫|我是|叫我)?([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,3})[\s，,、]+(?:是|就是)?"
                 r"[\u4e00-\u9fa5]{1,3}\2(?:的\2)?(?=$|[\s，,。.！!]|电话|手机)", r"\1", raw)
    # the surname first, then the whole name: "我姓王 王建国", "免贵姓张 叫张伟"; after 姓
    # no space is needed ("我姓王王建国"): the marker says where the surname stops
    m = _SURNAME_THEN_NAME.fullmatch(raw) or _SURNAME_MARKED.fullmatch(raw)
    if m:
        raw = "我叫" + m.group(2)
    confirmed = confirmed or bool(m)
    introduced = bool(re.match(r"^(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|本人|我是|叫我|免贵姓|我姓)", raw))
    named = bool(re.match(r"^(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|叫我)", raw))  # (not "我是…")
    raw = re.sub(r"^(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|本人|我是|叫我|免贵姓|我姓)", "",
                 raw).strip(" ，,。.：:")
    raw = re.split(r"[，,。]|电话|手机|号码", raw)[0].strip()
    if introduced and re.match(r"(?:一|这|那)?[个位名]", raw):
        return Parsed(None, ERR_FORMAT)  # "我是个退休老师", "我是一名学生": who, not a name
    # "叫我张鹏就行", "王芳吧": what follows the name is not part of it
    raw = re.sub(r"(?:就行了?|就好了?|就可以了?|即可|吧|哈|啊|呀|哦|嘛|啦)+[。.!！]*$", "", raw).strip()
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if _NAME_STOP.search(raw):
        return Parsed(None, ERR_FORMAT)
    if re.fullmatch(r"[A-Za-z][A-Za-z .'-]{1,40}", raw):
        return Parsed(raw)
    if re.fullmatch(r"[\u4e00-\u9fa5]", raw) or re.fullmatch(r"姓[\u4e00-\u9fa5]{1,2}", raw):
        return Parsed(None, ERR_PARTIAL)  # only a surname
    if re.fullmatch(r"[\u4e00-\u9fa5]{2,12}·[\u4e00-\u9fa5·]{1,20}", raw):
        return Parsed(raw)  # 买买提·艾力: names of several parts
    if _of_a_people_without_surnames(raw):
        return Parsed(raw)  # "格桑", "阿不都", "扎西多吉": a name with no Han surname, said alone
    if confirmed and len(raw) <= 4 and not _NOT_A_NAME_GIVEN.search(re.sub(r"[城行]$", "", raw[1:])):
        return Parsed(raw)  # "金城，我姓金": the consumer vouches for where the surname is
    if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", raw):
        return Parsed(None, ERR_FORMAT)
    person = re.sub(_TITLE + "$", "", raw)
    if len(person) == 1 and person in SURNAMES and person != raw:
        return Parsed(raw)  # 李女士
    compound = person[:2] in COMPOUND_SURNAMES
    if compound and len(person) == 2:
        return Parsed(None, ERR_PARTIAL)  # "欧阳": the surname only, as "王" is
    # after a compound surname the given name is one or two characters, any of them ("东方不败", "上官无忌"):
    # only the words of a sentence refuse it
    # ("我叫金城": after 我叫, a surname and 城 or 行 is a given name, not a shop's ending)
    given = re.sub(r"[城行]$", "", person) if named and len(person) == 2 and person[0] in SURNAMES else person
    if len(person) < 2 or len(person) > 4 or (_NOT_A_NAME_GIVEN if compound else _NOT_A_NAME).search(
            person[2:] if compound else given):
        return Parsed(None, ERR_FORMAT)
    if not _has_surname(person) and not introduced:
        return Parsed(None, ERR_FORMAT)
    if not introduced and is_known_brand(person, not_a_person=True):
        return Parsed(None, ERR_FORMAT)  # "海底捞", "周大福": a brand, though it starts with a surname
    if _RELATION.search(person) or (not introduced and person[:2] not in COMPOUND_SURNAMES
                                     and (_everyday_word(person) or _a_thing(person))):
        return Parsed(None, ERR_FORMAT)  # "她儿子"; "高跟鞋", "石头", "方便面": a word, not a name
    return Parsed(raw)


# A dot other than the middle dot, between two characters of a name
_OTHER_DOTS = re.compile(r"(?<=[\u4e00-\u9fa5])\s*[•・‧∙⋅．.]\s*(?=[\u4e00-\u9fa5])")
# A short part in brackets after the name: how to address the consumer ("（杨先生）", "(老张)", "（葛姐）")
_BRACKETED = re.compile(r"[(（]\s*([\u4e00-\u9fa5]{2,4})\s*[)）]")
# The surname with a word of address, not a whole name: "樊姐", "王哥", "李工", "刘总", "赵阿姨"
_ADDRESSED_AS = re.compile(r"(?:[\u4e00-\u9fa5]|" + "|".join(COMPOUND_SURNAMES) + r")"
                           r"(?:姐|哥|姨|叔|婶|嫂|伯|总|工|老板|经理|大姐|大哥|阿姨|姐姐|哥哥|叔叔|老师|师傅)")


_NAME_THEN_SURNAME = re.compile(r"(?:我叫|我是)?([\u4e00-\u9fa5]{2,4})[\s，,、。]+(?:我|本人)?(?:免贵)?姓"
                                r"([\u4e00-\u9fa5]{1,2})(?:的)?[\s，,。.！!]*")
# The parts most names of the peoples with no Han surname (Tibetan, Uyghur, Kazakh, Mongolian) are made of: such a
# name starts with none of SURNAMES ("格桑", "阿不都", "次仁卓玛"), and one of them vouches for it as "张" does
_NAME_PARTS = (
    # Tibetan
    "扎西 卓玛 格桑 次仁 达瓦 尼玛 多吉 央金 拉姆 旦增 丹增 洛桑 平措 措姆 强巴 索朗 顿珠 白玛 次旦 巴桑 普布 边巴 "
    "德吉 央宗 曲珍 卓嘎 益西 罗布 米玛 贡布 仁增 才让 才旦 拉巴 土登 嘎玛 旺堆 旺姆 德庆 久美 桑杰 琼达 次珍 "
    # Uyghur, Kazakh, Uzbek
    "阿不都 阿布都 阿卜杜 买买提 麦麦提 艾力 艾尔肯 阿依 古丽 热合曼 吐尔逊 吐逊 依明 库尔班 阿里木 努尔 帕提 迪丽 "
    "玉素甫 玉苏甫 热依 艾山 吾买尔 肉孜 托合提 木合塔尔 亚森 阿迪力 艾合买提 赛买提 叶尔兰 哈力木 阿曼 巴合提 "
    "阿娜尔 阿斯哈尔 "
    # Mongolian
    "巴特尔 其其格 乌兰 乌云 斯琴 额尔敦 巴雅尔 呼和 苏和 宝音 朝鲁 图雅 萨仁 格日勒 那仁 孟和 敖登 阿拉坦 苏日娜 "
    "乌日娜 娜仁 通拉嘎 布和 特木尔 毕力格 其木格 塔娜"
).split()
_A_NAME_PART = re.compile("|".join(sorted(_NAME_PARTS, key=len, reverse=True)))
_A_PEOPLES_NAME = re.compile(rf"(?:{_A_NAME_PART.pattern})[\u4e00-\u9fa5]*")


def _of_a_people_without_surnames(name: str) -> bool:
    """"格桑", "阿不都", "次仁卓玛", "买买提江": a name made of the parts a name of those peoples is made of (a part
    first, at most two other characters), no word of a sentence or a place ("呼和浩特" is a city) in it."""
    if not 2 <= len(name) <= 8 or not _A_PEOPLES_NAME.fullmatch(name):
        return False
    rest = _A_NAME_PART.sub("", name)  # "江" of 买买提江
    return not rest or (len(rest) <= 2 and not re.search(r"[我你他她它]", rest)
                        and not _NOT_A_NAME.search(rest) and (common_word(name, 3) or "")[:2] != "ns")


# Sounds and yeses said before an answer: "嗯", "哎", "好的"
_FILLER_FIRST = re.compile(r"^(?:(?:嗯+|哦+|噢+|哎+|唉+|诶+|欸+|啊+|呃+|额+|emm+|好的?|好吧|行|对|是的|那个)"
                           r"(?=[\s，,。.！!~～]|我|叫|姓|名)[\s，,。.！!~～]*)+")
# What to write down as the name: "那就写王先生", "就填李女士吧", "登记成张伟"
_WRITE_AS = re.compile(r"(?:那|那就|就|你就|那你就)?(?:写|填|登记|记)(?:成|为|上|作)?\s*([\u4e00-\u9fa5]{2,5}?)"
                       r"(?:吧|就行了?|就好了?|就可以了?)?[。.!！]*")
# Words said before a bare name in speech (none of them a surname): "那个", "就是", "就", "是"
_SAID_FIRST = re.compile(r"^(?:那个|这个|就是|就|是)+(?=[\u4e00-\u9fa5A-Za-z]{2})")
# A name introduced as whose it is or in which language: "我妈叫…" (the one the complaint is for),
# "中文名叫…", "身份证上是…"
_CALLED_BY = re.compile(r"(?:(?:我的?|俺)?"
                        r"(?:妈妈?|母亲|爸爸?|父亲|老公|老婆|爱人|儿子|女儿|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|公公|家里老人)"
                        r"(?:的)?(?:名字|姓名)?)"
                        r"\s*(?:叫|是)\s*(?=\S)"
                        # "Kevin 中文名 曾凯文": after the language or the papers, 叫 or 是 may be left out
                        r"|(?:中文名字?|大名|真名|全名|身份证上(?:的名字)?)\s*(?:叫|是|[:：])?\s*(?=[\u4e00-\u9fa5])")
# Whose name to put down, of two said: "写我妈的吧", "登记她的", "用我自己的"
_WRITE_WHOSE = re.compile(r"(?:写|登记|填|用|留)(?:成|上)?(我自己|自己|我妈妈?|我爸爸?|我母亲|我父亲|我老公|我老婆|"
                          r"我爱人|我儿子|我女儿|我奶奶|我爷爷|她|他|老人|我)的(?:名字|吧|就行|$)")
# Whose name to put on the ticket, said with 写/登记/填/用: "写我妈 王秀英", "登记我爸的名字 叫张国庆", "用我自己的"
_RELATIVE = (r"(?:妈妈?|母亲|老妈|爸爸?|父亲|老爸|老公|老婆|爱人|媳妇|丈夫|妻子|儿子|女儿|闺女|奶奶|爷爷|"
             r"姥姥|姥爷|外婆|外公|婆婆|公公|岳父|岳母|老丈人|丈母娘|老伴|孩子|哥哥?|姐姐?|弟弟?|妹妹?|家里老人|老人)")
_PUT_DOWN = re.compile(r"(?<![不别甭])(?<!不要)(?<!不用)(?<!不想)(?<!不能)(?:名字|姓名)?(?:就|那就|你就|麻烦)?"
                       r"(?:写|登记|填|用|留|记)(?:成|上|的是|的)?\s*"
                       rf"(?P<who>我自己|自己|(?:我|俺)?的?{_RELATIVE}|我|她|他)(?![们叫是])(?:的)?"
                       r"(?!电话|手机|号码|联系|信息|地址|身份证)(?:名字|姓名|名)?"
                       r"(?:吧|就行了?|就好|就可以)?")
# The name said right after whose it is ("写我妈 王秀英", "用我爸的名字张国庆", "写我女儿的 叫陈思雨")
_NAME_RIGHT_AFTER = re.compile(r"[\s，,:：]*(?:她|他)?(?:的)?(?:名字|姓名)?(?:叫|是|为)?[\s:：]*"
                               r"(?![我你她他])([\u4e00-\u9fa5·]{2,8}?)(?=$|[\s，,。.!！]|我|电话|手机)")


_MINE_SAID = re.compile(r"我(?:的名字)?(?:叫|是)\s*([\u4e00-\u9fa5·]{2,8}?)(?=$|[\s，,。.!！]|电话|手机)")


def _name_put_down(raw: str) -> str | None:
    """The name the consumer asks to put on the ticket, where two are said (a parent's and the caller's): the one
    right after whose it is ("写我妈 王秀英 我是她儿子李强"), or the one said as theirs elsewhere
    ("我叫孙建军 我妈叫王秀英 写我就行"); None when the words say no such thing."""
    m = _PUT_DOWN.search(raw)
    if not m:
        return None
    after = _NAME_RIGHT_AFTER.match(raw, m.end())
    if after and not _RELATION.search(after.group(1)) and normalise_name(after.group(1)).value == after.group(1):
        return after.group(1)
    who = m.group("who")
    if who in ("我", "我自己", "自己"):
        # ("我是家长", "我是她儿子": who the caller is, no name)
        said = next((n for n in _MINE_SAID.finditer(raw) if not _who_not_a_name(n.group(1))), None)
    else:
        kin = re.sub(r"^(?:我|俺)?的?", "", who)
        said = re.search(rf"{re.escape(kin)}(?:的名字|的姓名)?(?:叫|是)\s*([\u4e00-\u9fa5·]{{2,8}}?)"
                         r"(?=$|[\s，,。.!！]|我|电话|手机)", raw) if kin not in ("她", "他") else None
    if said and not _RELATION.search(said.group(1)) and normalise_name("我叫" + said.group(1)).value:
        return said.group(1)
    return None


# A part of the answer that says whose name to put down ("填我", "写我的") or who the caller is ("我是家长")
_WHOSE_OR_WHO = re.compile(r"(?:就|那就)?(?:填|写|登记|用)(?:我|我自己|自己)(?:的)?(?:名字)?(?:吧|就行)?|"
                           r"我是" + _ROLE.pattern.replace("$", ""))
# An answer that tells the surname, then the given name, each with its word
_PARTS_TOLD = re.compile(r"(?:我|本人)?(?:复姓|姓)[\u4e00-\u9fa5]{1,2}[\s，,、]+(?:名字?(?:叫|是)|名叫|单名)")
# The word said before a part of a name: "复姓濮阳", "姓王", "名字叫子衿", "名叫晓东"
_NAME_PART_SAID = re.compile(r"^(?:我|本人)?(?:复姓|姓|名字?(?:叫|是)|名叫|单名(?:一个)?|叫)")
# How the caller is related to someone, said instead of or before the name
_RELATION = re.compile(r"[她他它]|儿子|女儿|老公|老婆|爱人|妈妈|爸爸|家属|朋友|同事|邻居|亲戚|本人|自己")
# A character spelt by a word that holds it: "兰花的兰", "晓岚的岚"
_SPELT_BY_WORD = re.compile(r"(?:是)?[\u4e00-\u9fa5]{0,3}?([\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,3}?的\1"
                            r"(?![\u4e00-\u9fa5])")


# The surnames most people have: a two-character answer starting with one is most likely a name even
# where it is also a word ("黄海", "高远", "万里", "江南"), unless the word is a thing or a deed
_COMMON_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
                       "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
                       "邵万钱严覃武戴莫孔向汤")
_NAME_LIKE_TAGS = {"ns", "m", "d", "a", "ad", "an", "nz", "i", "l", "z"}
# Characters most often the given name (芳, 静, 涛, 花, 圆…): a surname and one of them is most likely a name even
# where the two make a word of the dictionary ("金花", "文静", "方圆"), unless a thing one buys
_GIVEN_CHARS = set("芳静丽娜敏艳娟霞秀英玉萍红玲芬燕菊兰凤洁梅琳莲雪荣妹莉桂婷倩颖涛磊伟强军杰勇刚斌鹏浩亮峰辉波"
                   "宇鑫俊帆坤翔旭凯龙彬鸿晨昊花圆霖珍琴蓉薇")
# Words said as an answer, not a name, though they start with a surname's character
_ANSWER_WORDS = re.compile(r"马上|方便|常常|安全|高速|万能|周到|明白|严重|着急|简单|白白|高高|常规|平常|正常|"
                           r"万一|金贵|高档|高级|陆续|向来|何必|何况|石化|江湖")


@functools.cache
def _shop_ending() -> re.Pattern[str]:
    """The endings of a shop's name, from merchant's kinds of seller (built once; merchant reads the name rules,
    so it is imported here, not at the top)."""
    from complaint.extract.merchant import MERCHANT_KIND
    kinds = "|".join(k for k in MERCHANT_KIND.pattern.split("|") if len(k) > 1 or k in "店铺馆摊")
    return re.compile(rf"(?:{kinds})$")


def _a_shop(word: str) -> bool:
    """A well-known brand or chain ("海底捞", "小米"), or a name ending as a shop's does ("王记粥铺", "李氏推拿")."""
    return is_known_brand(word, not_a_person=True) or bool(_shop_ending().search(word)) \
        or bool(re.match(r"[\u4e00-\u9fa5][氏记]..", word))  # ("李氏推拿", "王记粥铺": a family's shop)


def _a_thing(word: str) -> bool:
    """A thing one buys ("毛巾", "龙虾"), whatever the dictionary tags it."""
    from complaint.extract.product import PRODUCTS, find_product  # (product reads the merchant rules)
    return word in PRODUCTS or find_product(word) == word


def _everyday_word(word: str) -> bool:
    """An everyday word of the dictionary, not a name: one word ("高跟鞋", "方向盘", "随便") or
    words of no name ("黄金手镯", "游泳卡"). Names the dictionary holds are tagged as names
    ("欧阳修", "李娜"); a name that is also a word ("文静") is taken when said again."""
    if len(word) == 2 and word[0] in _RARER_SURNAMES and (common_word(word, 3) or "nr")[:2] != "nr":
        return True  # "代购", "占用": a word, though its first character is a surname too
    tag = common_word(word, 3 if len(word) > 2 else 50)
    if tag is not None:  # (the dictionary holds some names as places: "马建国")
        if len(word) == 2 and word[0] in _COMMON_SURNAMES and tag in _NAME_LIKE_TAGS \
                and not _ANSWER_WORDS.fullmatch(word):
            return False  # "黄海", "高远", "万里": a common surname and a word of a place, a number or a manner
        if len(word) == 2 and word[0] in SURNAMES and word[1] in _GIVEN_CHARS and tag in ("n", "a", "an", "nz") \
                and not _ANSWER_WORDS.fullmatch(word):
            return False  # "金花", "文静", "方圆": a surname and a given name's character, though a word
        return not tag.startswith("nr") and (tag != "ns" or len(word) == 2)
    if len(word) < 3:
        return False
    tokens = tagged_words(word)  # [] without the dictionary: no word is known
    # (a one-character part is most often a surname: "章 立新")
    return len(tokens) > 1 and all(len(w) > 1 and common_word(w, 3) and not flag.startswith("nr")
                                   for w, flag in tokens)

