"""The consumer's demand: 退货 / 换货 / 维修 / 退款 / 赔偿, or their own words."""
from __future__ import annotations

import re

from complaint.extract.dates import find_date
from complaint.extract.numbers import parse_number
from complaint.extract.phone import find_phone
from complaint.extract.spoken import answer_as_said, answer_core
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean
from complaint.extract.text import plain as as_said


# A bare verb said as the demand ("修不好就退", "要么换要么退", "该怎么赔就怎么赔"): the verb
# with no object after it (退 not 退出/退休, 换 not 换人/换成, 修 not 装修/修改).
_BARE_RETURN = r"(?<![钱费金款额])退(?![货款钱费一押余差还回掉订课卡团票房换出休学伍烧群])|退(?:了吧|掉)"
# A part of the thing replaced ("换电池", "换个屏", "换块主板") is a repair, not goods exchanged
_PARTS = (r"(?:个|块|一块|一个|根|条|只|新的?)?(?:电池|屏幕?|外屏|内屏|零件|配件|主板|轮胎|滤芯|灯泡|镜片|拉链|鞋底|"
          r"压缩机|电机|马达|按键|摄像头|充电口|尾插|刹车片|机油|水泵|门锁|锁芯|密封圈|皮带)")
_BARE_EXCHANGE = rf"(?<![转交调替更])换(?![人成为掉老师地方])(?!{_PARTS})"
# (not upkeep the business does, "泳池检修暂停", "线路抢修")
_BARE_REPAIR = r"(?<![装汽维检抢])修(?![改饰建车])"
# A repair shop's sign or kind ("顺达汽车维修", "家电维修中心", "汽修"): a name, not a repair asked for
_REPAIR_SHOP = (r"(?<!汽车)(?<!家电)(?<!手机)(?<!电脑)(?<!电器)(?<!家具)(?<!摩托)(?<!电动车)"
                r"维修(?!中心|部|店|厂|站|铺|点|公司|行|师傅|工|人员|网点|门市)")
# What money is called when it is what should come back ("把余额退了", "剩下的退给我"): 退 then is 退款
_MONEY_THINGS = r"[钱费款金]|首付|余额|差价|差额|剩下|剩余|没用完|没用的|没上的|没做的|课|卡|会员|门票|车票|机票"
# A sum, or what was charged too much, said before 退 ("把256退给我", "多扣的2000退给我"): money comes back
_A_SUM_TOLD = r"\d|[一二两三四五六七八九十][百千万]|多收|多扣|多付|多交|多要|乱扣|乱收"
# Done as was said or promised ("按办卡时说的价钱来", "提速到承诺的网速", "瓷砖换回合同上的")
_AS_PROMISED = (r"(?:按|照|按照|依照)[^，,。；;\s]{0,8}?(?:说的|说好的?|讲好的?|谈好的?|承诺的?|约定的?|"
                r"答应的?|宣传的?|写的|标的|报的)|"
                r"(?:到|成|回)(?:当初|之前|原来|当时)?(?:他们|商家|店家|你们|店里)?"
                r"(?:承诺|说好|约定|合同上?|宣传|答应|广告上?|页面上?|写)的")
# What the consumer looks up is no investigation ("我查一下订单号", "得查查物流")
_LOOKED_UP = r"[^，,。；;\s]{0,3}(?:订单|单号|物流|快递|记录|账单|收据|发票|余额|进度)"
DEMANDS = {
    # ("拆掉退钱": what was installed goes back)
    "退货": rf"退货|退掉|退回去|退了吧|拆(?:掉|了|走)[^，,。；;\s]{{0,3}}退|"
            rf"把(?:(?!{_MONEY_THINGS}|{_A_SUM_TOLD})[^，,。；;\s]){{0,6}}退了|全退|退机|退车|退换|"
            rf"(?<!扣的)(?<!收的)(?<!付的)(?<!交的)(?<!剩下的)(?<!剩的)(?<!没用的)(?:{_BARE_RETURN})(?![^，,。；;\s]{{0,6}}(?:钱|费|款|元|块|\d|多收|差价|金|"
            # (what is left of a card or course goes back as money: "退没用完的次数", "退剩下的课时")
            rf"[百千万]|[一二两三四五六七八九]十|次数|课时|没用完|没上完|剩下|剩余|首付))",
    "换货": rf"换货|换一[台个部件双批套箱]|换个新|换新|换台|调换|更换(?!{_PARTS})|退换|{_BARE_EXCHANGE}",
    # (a damaged part made good again: "把车门给我喷好", "漆给补好", "焊好")
    "维修": rf"{_REPAIR_SHOP}|修好|修一下|修理|保修|修复|返修|{_BARE_REPAIR}|(?:更|换){_PARTS}|"
            # (an inspection asked for, "上门给我检修", "派人来检修"; not the business's own upkeep, "场地检修")
            r"(?:给我?|给俺|帮我|上门|来|过来|派人)(?:给我?|给俺|帮我)?检修|"
            r"(?:给我|帮我|给)?(?:重新)?(?:喷|补漆|喷漆|焊|粘|缝)(?:好|上)|"
            # the work that makes it good, said bare ("给补漆", "补个胎"): a repair
            r"(?<![没过])(?:补漆|喷漆|补胎|补个漆|补个胎)(?![了过])",
    # ("全部退回来", "多收的退给我": what comes back to the consumer is money; goods are sent back, 退回去)
    "退款": rf"退款|退钱|把钱退|退费|返还|退还|免单|退.{{0,4}}钱|钱退|退押金|退一赔|退余额|退差价|退回来|"
            rf"退(?:课|卡|订|团|票|房|会员|学费|定金|订金|首付|一部分|部分|一半|一点|点)|还(?:我|给我)?(?:钱|押金|定金|订金|费用|余款)|"
            rf"(?:钱|押金|定金|订金|余款|余额|费用|(?<!免)费|款)(?:给我)?(?:还|退|返)(?!工|修)|"
            rf"把(?:[^，,。；;\s]{{0,4}}?(?:{_MONEY_THINGS}))[^，,。；;\s]{{0,4}}?(?:退|还|返|给我)|"
            rf"(?:违约金|手续费|罚款|滞纳金|费用|月租|扣的钱)(?:要|得|给我)?(?:免|减|不收|别收|取消|全免)|剩余.{{0,4}}(?:费|钱|课时)|"
            # a charge not to be paid ("不交违约金", "手续费我不出")
            r"(?:不交|不付|不出|免交|免付|不给)(?:这个|这笔|那个)?(?:违约金|手续费|罚款|滞纳金|服务费|解约费)|"
            # a fee lowered ("物业费得减", "服务费应该减半")
            rf"(?<!免)费(?:用)?(?:要|得|该|应该|必须|给我)?(?:减|少收|打折)|"
            # "差价补给我", "退回多扣的话费", "要回我的钱": money back in other words
            rf"(?:差价|差额|多收的?|多扣的?|多付的?)(?:部分|钱)?(?:要|得)?(?:给我)?(?:补|退|返|还)|补(?:给我)?(?:足|齐|够)?[^，,。；;\s]{{0,4}}?(?:差价|差额)|"
            rf"(?:退回|退还|返还|要回|拿回|追回)[^，,。；;\s]{{0,6}}(?:钱|费|款|金|话费)|{_BARE_RETURN}",
    # (a penalty the merchant pays: "按合同支付逾期违约金", "违约金得给我"; not one the consumer is spared)
    "赔偿": r"赔偿|赔钱|赔付|补偿|(?<![不免无需])(?:支付|赔|付给我|给我|承担|索要|主张)[^，,。；;\s]{0,4}?违约金|"
            r"(?:赔(?:偿|我|给我)?)?[一二两三四五六七八九十双\d]{1,2}倍"
            r"|退一赔[一二三四五六七八九十\d]|假一赔[一二三四五六七八九十\d]?|"
            r"赔[一二三四五六七八九十\d]倍|赔.{0,3}损失|精神损失|赔(?!礼|个不是)|损失|医药费|误工费|"
            r"承担.{0,8}(?:费|损失|责任)|(?<![让叫要])(?:他们|商家|店家|对方|店里|厂家|公司)(?:得|要|该|应该|必须)?(?:来)?"
            r"(?:出|承担|负责|掏|报销)(?!处理|解决)|"
            # a cost the merchant is to bear ("检测费他出", "人工费让他承担", "运费由卖家付")
            # (not who paid: "运费是卖家出的")
            r"(?:费|钱|损失|成本)[^，,。；;\s是]{0,3}?(?:由|让|要|得|该|归)?(?:他们|他家|他|她|人家|卖家|老板|佢哋|佢)(?:来)?"
            r"(?:出|承担|负责|掏|报销|买单|付|包)(?![的了过])",
    # the service promised, done as agreed ("免费重做", "把课上完", "按合同来")
    # (the service brought up to what was sold: "要么达到千兆", "网速得达标")
    # (what is short made up, "补足克重", "补齐少的课时"; what was swapped put back as agreed, "换回合同约定的漆")
    "继续履行": rf"履行|兑现|补(?:足|齐|够)(?![^，,。；;\s]{{0,4}}?(?:差价|差额|钱|款|费))|"
                rf"换回(?:合同|约定|当初|原来|原定|说好)|"
                rf"(?<![没不])(?:达到|提速到|提到|升到)(?![了过])[^，,。；;\s]{{1,6}}|(?<![没不])达标|"
                rf"按(?:合同|协议|约定|承诺|当初|宣传|原来|原价|标价|之前)|{_AS_PROMISED}|补发|发货|重做|"
                # the work finished or done again ("一个礼拜给我装好", "重新给我种好", "给我弄完")
                r"(?:给我|帮我)(?:重新)?(?:装|种|做|弄|铺|贴|刷|搞|安装|布置|完成)(?:好|完)|"
                r"重新(?:给我|帮我)(?:做|弄|装|种|铺|贴|刷|搞|安装|布置)|"
                # what was missed made up ("补课", "把课补上"); used as bought ("按团购券用", "按套餐给")
                r"补(?:课|上课|课时)|补上(?![钱费款差])|把(?:课|课时)[^，,。；;\s]{0,3}补|"
                r"按(?:团购券|券|套餐|票面|卡上|订单|页面)[^，,。；;\s]{0,3}?(?:用|来|给|算|核销|执行)|"
                # a service cut off given back ("马上复机", "把号解封")
                r"复机|复通|解封|解冻|解除(?:限制|停机)|"
                r"重新(?:做|弄|装|安装|发|寄|施工|贴(?!标签|生产日期|日期|标)|铺|刷|种|搞|洗|拍|印)|"
                r"继续(?:上课|服务|用|使用|营业|施工|干|做)|继续(?:给我?|帮我?|让我?)[\u4e00-\u9fff]|完工|"
                r"把.{0,6}(?:做完|装好|弄好|上完|修完)|恢复|"
                # what is owed, done ("把话费给我充上", "给我补开发票", "把宽带给我开通")
                r"(?:开|补开|出具|补)(?:个|张|一张)?(?:发票|收据|票据)|补寄|再(?:给我)?(?:寄|发)(?:一|个|过来)|"
                # what was promised with the purchase ("返现给我", "把赠品发给我")
                r"(?:返现|返利|赠品|礼品|积分|优惠券)(?:给我|发给我|兑现|到账|补给我)|(?:兑现|给我)(?:返现|返利|赠品|礼品)|"
                # what is mine handed over or given back ("把照片给我", "把原装的零件还我")
                rf"把(?:(?!钱|费用|款|金|差价|差额|余额|押金|定金|订金|{_A_SUM_TOLD})[^，,。；;\s]){{1,8}}?"
                r"(?:还给我|还我|交给我|给我|发给我|寄给我|拿给我)(?=$|[\s，,。；;！!]|吧|就行|就好|呀|啊)|"
                # the merchant made to do its job ("让他们管", "叫物业来处理")
                r"(?:让|叫|要)(?:他们|物业|商家|店家|公司|厂家|对方)(?:来)?(?:管|负责|处理|解决)(?:一下|起来|好|管)?|把(?:发票|收据|票据)[^，,。；;\s]{0,4}(?:开|补|给)|"
                r"把(?:(?!钱|费用|款|金|差价|差额|余额)[^，,。；;\s]){1,6}?(?:给我|帮我)?"
                r"(?:充|补|开|装|发|寄|交|送)(?:上|好|齐|通|过来|到位|到账)|"
                r"让(?:我们?|我家)?(?:正常)?(?:用|使用|上课|入住|住|消费|核销)|返工|重铺|重装|重贴|"
                # what the consumer is to be let do, said first in its clause ("让我转网", "让我装", "让我过户")
                r"(?:^|(?<=[，,。；;\s]))(?:就|你们|赶紧|尽快)?让(?:我们?|我家)(?:正常)?"
                r"(?:携号转网|转网|过户|迁|安装|装(?!修)|办理?(?!卡)|开通|提车|提货|进场|施工|入户)|"
                # the time lost made up ("给我顺延", "卡延期三个月", "有效期延长"; not "不给延期")
                # (asked for, or how long: not "工程一直延期", "延期交房", which tell what went wrong)
                r"(?<![不没])(?:给我|帮我|给|要求|要|得|该|应该|必须)(?:把[^，,。；;\s]{0,6})?(?:顺延|延期|延长)(?!了|过)|"
                r"(?<![不没])(?:顺延|延期|延长)(?:[一二两三四五六七八九十几\d]+个?(?:月|天|周|星期|年|次|节)|有效期|期限)|"
                # a paper the merchant owes ("给我出证明", "开个同意书", "盖章")
                r"(?<![不没])(?:出|开|出具|补开)(?:个|张|一张|一份)?(?:证明|同意书|手续)|(?<![不没肯])盖(?:个)?章|"
                r"(?:赶紧|尽快|马上|按时|抓紧)?安排(?:上课|练车|考试|发货|施工|入住|出行|交付)|"
                # said bare: "退钱或者马上安排", "尽快安排吧"
                r"(?:赶紧|尽快|马上|按时|抓紧)安排(?=$|[\s，,。；;！!]|吧|一下|好)|"
                # a service switched on as bought ("开通我的卡", "把会员开通"; not "被开通了", "不给开通")
                r"(?<![没不已被给])开通(?![了过的])|"
                # a charge not to be made again ("以后不能再收", "以后别再扣了"): the service as it should be
                r"(?:以后|今后|往后|下次)(?:不能|不准|不许|不要|别|不得|不可以|不应该)再?(?:乱)?(?:收|扣|涨|加价)|"
                # what was bought, handed over, said bare in its clause ("给我车位", "赶紧给我钥匙")
                r"(?:^|(?<=[，,。；;\s]))(?:就|赶紧|尽快|马上|你们)?(?:给我|还我)(?!(?:个|一个)?(?:说法|交代|解释|答复|回复|"
                r"道歉|道个歉|钱|退款|赔偿|处理|解决|优惠|打折|便宜|发票)|[退换修赔办装转迁开接通补发寄送减免看道取解处弄搞做查说答回打联安重整出]|"
                # (for whom it was bought is no thing asked for: "给我老伴的", "给我妈")
                r"(?:老伴|老婆|老公|爱人|对象|妈|爸|儿子|女儿|孩子|小孩|家人|爷爷|奶奶|外公|外婆|姥姥|姥爷|朋友|同事))"
                r"(?:个|一个)?[\u4e00-\u9fa5]{1,4}(?<!的)(?=$|[，,。；;！!\s])|"
                # (the work come to do at once: "马上来装", "赶紧上门给装", "快点派人来装")
                r"(?:赶紧|尽快|马上|按时|抓紧|赶快|快点|立刻|立即|尽早|早点)(?:派人|安排人|叫人)?(?:来|过来|上门)?"
                r"(?:给我?|帮我)?(?:发货|上课|开课|施工|完工|交付|交房|送到|送来|送过来|寄到|"
                r"派送|装上|安装|装(?!修)|"
                r"来水|来电|通水|通电|通网|来气|供水|供电|供暖)|送货上门|送上门|送到家|"
                # what was asked for, done ("携号转网 给我转", "把户给我过户")
                r"(?:给我|帮我)(?:转|迁|过户)(?!账|钱|人工|接|告|达)|(?:给我|帮我)(?:开通|接通|通上)(?![了过的])|"
                r"(?:给我|帮我|给)办(?!卡)|把.{0,6}办了|(?:改|换)回(?:原来|以前)|"
                # the service as it should be: "正常给洗", "找到货", "送上楼", "免费重配", "让我销号"
                r"正常(?:给我?|让我?)?(?:洗|上课|用|营业|服务|供|发|送|开|办)|找(?:到|回)(?!收据|发票|小票|账单|记录|凭证|合同|截图|了)|送(?:上楼|到楼上|到家|过来|回来)|"
                r"重(?:新)?(?:配|做|装|发|寄|拍|印|染|烫|剪)|"
                # done again for free ("免费给我洗掉", "免费修复", "免费重配")
                r"免费(?:给我|帮我|为我|给)?(?:重|再|补|配|做|装|换|修|洗|弄|去掉|处理|改)|"
                r"(?:给我|让我|帮我)?(?:直接|马上)?(?:销号|销户|注销|解约|解绑|退订(?!金)|取消(?:合约|套餐|会员|订阅|自动续费|业务|贷款|分期|包月))|"
                # the work that makes it safe, done ("治理甲醛", "把甲醛除掉", "除异味")
                r"(?:治理|去除|清除|除掉|除)(?:好|干净|掉)?(?:室内)?(?:甲醛|异味|污染|霉菌)|(?:甲醛|异味)[^，,。；;\s]{0,3}(?:治理|去除|除掉|处理掉)",
    # the merchant dealt with by the bureau ("依法处理", "该罚就罚")
    # asking the bureau to look into the business ("这种秤你们得查一下", "管管他们")
    # (a seal broken on the goods is no shop sealed: "拆封了不能退", "开封过的", "塑封")
    "依法查处": r"查处|处罚|罚款|该罚|罚他|整改|取缔|依法处理|严肃处理|严查|吊销|曝光|立案|"
                # the person or business itself dealt with ("处理这个导游", "把那个司机处理了"; not 处理这个问题)
                r"处理(?:一下)?(?:这个|那个|这家|那家|这些|那些|这帮|那帮)?(?:导游|商家|店家|老板|司机|店员|销售|骗子|黑店|"
                r"中介|无良商家|他们|这帮人|这些人)|"
                r"把(?:这个|那个|这家|那家)?(?:导游|商家|店家|老板|司机|店员|销售|骗子|黑店|中介)[^，,。；;\s]{0,2}处理(?:了|掉|一下)|"
                r"(?<![拆启开塑密原])封(?:了|号|店|掉)|下架|"
                r"(?:你们|部门|工商|市场监管|政府).{0,6}(?:查一下|查一查|查查|查他|管一管|管管|管一下)|"
                r"(?:查一下|查一查|查查|好好查|管一管|管管|管一下)(?:他们|这家|那家|商家|店家|这种|他家)|"
                # "把这帮人查了", "把那个黑店封了": the business dealt with
                r"把[^，,。；;\s]{0,6}?(?:查了|查处|查封|查一查|罚了|抓起来|抓了|处理了|端了|关了)|"
                r"查(?:一下|查|一查)?(?:这帮|这些|这伙|那帮|那些|那伙)|"
                # "这种得查", "查一查", "查查是不是冒充的": looked into, said with 查 alone
                # (not the consumer looking something up: "我查一下订单号")
                rf"(?<![我再])(?:得|要|该|必须|应该|好好|严格)查(?![询到看收了过出验])(?!{_LOOKED_UP})|"
                rf"(?<![检调审核复排搜追抽我去再])查(?:一查|查|一下)(?![询到看收了过出验])(?!{_LOOKED_UP})",
}
DEMAND_CHOICES = tuple(DEMANDS)
# Said with the demands above, an apology is asked for too ("再道个歉", "赔礼道歉").
APOLOGY = "赔礼道歉"
# ("给个说法", "讨个说法", "给我个交代": the merchant to own up to it, which the case officer records as an apology)
_APOLOGY = r"道歉|赔礼|道个歉|赔个不是|(?:给|要|讨)(?:我|我们)?(?:个|一个)?(?:说法|交代)"
# The multiple a compensation claim names ("退一赔三", "十倍赔偿", "赔3倍"): the case
# officer needs it, so 赔偿 is stored as "三倍赔偿".
_MULTIPLE = re.compile(r"(?:退|假|买|卖)一赔([一二两三四五六七八九十\d]{1,2})|"
                       r"([一二两三四五六七八九十双\d]{1,2})倍(?:的)?(?:赔偿|赔付|赔|索赔|价款|罚)?|"
                       r"赔(?:偿|我|给我)?([一二两三四五六七八九十双\d]{1,2})倍")
_DIGITS = dict(zip("123456789", "一两三四五六七八九"), **{"10": "十", "2": "两"})


def _multiple(raw: str) -> str | None:
    m = _MULTIPLE.search(raw)
    if not m:
        return None
    n = next(g for g in m.groups() if g)
    return _DIGITS.get(n, n) if n.isdigit() else n


# What the merchant refused is no demand ("商家不给退", "拒绝赔偿", "不肯换"); "修不好就退"
# keeps its 退 (不 goes with 好).
# ("要不退钱", "不然退钱": or else, no refusal)
_REFUSED = re.compile(r"(?:(?<!要)(?<!不然)不|没|没有|拒绝|不肯|不愿意?|不同意|不给|不让|不予|不帮|不能|不可以|别|"
                      r"无需|不必)"
                      r"(?:给我|帮我|给|让|同意|肯|愿意?|予|我|要|想|用|需要|打算)?(?:什么|再|去)?(?:退|换|修|赔|发货|补发|履行|安排|送|寄|开发票|开票|上门|安装|顺延|延期|延长|盖章|出证明)(?!礼)(?:[货款钱费]|偿|付|给我|我)?")
# A clause that asks how or how much ("能赔多少", "一般赔几倍", "怎么赔") names no demand; one that
# asks whether the merchant must ("他们是不是要赔我") names no demand either; one that asks for a
# named one ("能要求三倍赔偿吗", "可以退货吗") still says what is wanted, and
# "该怎么赔就怎么赔", "多少赔点" say one.
# (whether what the merchant did is lawful, "他单方面退款合法吗", "这样扣钱合理吗", is a question to the law, no demand)
_ASKING = re.compile(r"(?<!^)多少|几倍|哪[些种个]|什么|是不是|是否|会不会|该不该|要不要|凭什么|"
                     # which of two the bureau will do ("你们会先联系商家还是直接处罚")
                     r"(?:你们|先)[^，,。；;\s]{0,10}还是|"
                     r"(?:合法|违法|合理|犯法|合规|违规)(?:吗|么|嘛|不|呢)|合不合法|合不合理|违不违法|算不算|"
                     r"(?<!就)(?:怎么|怎样|如何)(?!.{0,4}就(?:怎么|怎样))")
# "该赔多少赔多少", "该怎么赔就怎么赔": as much as is due, said, not asked
# "查查是不是冒充的", "查一下有没有资质": what is to be looked into, not a question
_LOOK_INTO = re.compile(r"^(?:你们|帮我|给我)?(?:好好)?查(?:查|一查|一下|清楚)?(?:他们|这家)?(?=是不是|是否|有没有)")
_SAYS_AS_MUCH = re.compile(r"多少.{0,3}多少|(?:怎么|怎样).{0,4}就?(?:怎么|怎样)")
_CLAUSE = re.compile(r"[^，,。；;！!？?\s]+[？?]?")


# A demand word that names a place or a thing ("维修档口", "退货地址", "售后电话") asks for nothing.
_NOUN_USE = re.compile(r"(?:维修|修理|退货|退款|换货|售后|赔偿)(?=店|部|点|档口|中心|站|厂|铺|公司|师傅|人员|记录|"
                       r"单|政策|地址|流程|电话|窗口|处|网点|门店|摊)|"
                       # what a repair costs ("赔偿修复的费用", "维修费他们出"): money, not a repair asked for
                       # ("赔偿后续修复的医疗费": the cost of making the body good, no repair of the thing)
                       r"(?:维修|修理|修复|返修)(?=的[^，,。；;\s]{0,3}(?:费|钱|成本|开销|花销)|(?:费|钱|成本|开销|花销))")


# What the merchant did, told in the past ("给我换了个翻新屏", "修了三次还是坏"), asks for nothing
_DONE = re.compile(r"(?:换|修|退|赔)了(?=个|一|两|几|\d|[一二三四五六七八九十]+(?:次|个|回|遍|位|家)|好几|半天|"
                   r"三次|次)|"
                   # what the merchant insisted on or did ("非要换", "硬说要修", "给我换的是半合成的")
                   r"(?:非|硬|偏|非得|硬是|强行|逼着?我)(?:说)?要?(?:给我)?(?:换|修|退)|"
                   r"(?:换|修|退)(?:的是|的时候|的那|过)|(?:换|修)(?:完|好)(?=更|又|没)|"
                   # what was taken off the thing ("换下来的旧件", "拆下来的零件"): a part told of, no exchange
                   r"(?:换|拆|修)下来的?|"
                   # what the merchant said or offered ("医生说要再花钱修复", "客服让我自费换")
                   r"(?:让|叫)(?:我|我们)自己(?:找人|花钱|掏钱)?(?:去)?(?:修|换|退)|"  # "让我们自己找人修": told to
                   r"(?:他们|商家|店家|店里|客服|医生|老板|师傅|对方|卖家|销售|经理|店员|工作人员|售后|物业)"
                   r"(?:说|让我|叫我|建议我?)(?:只能|要|可以|得|给我|帮我)?(?:再)?(?:花钱|交钱|加钱|付费|自费)?"
                   r"(?:换|修|退|修复|维修|更换|返修)")


# A refusal that is the condition for a fallback ("不给换就退", "不肯修的话就赔钱"): what it names is the
# demand said first, the fallback the second; both are kept
_FALLBACK_AFTER = re.compile(r"[^，,。；;\s]{0,4}?(?:的话)?[，,\s]*(?:那|那么)?(?:就|只能|只好|得)+"
                             r"(?:给我|让他们?|全额)?(?:退|换|修|赔)(?![了过])")


def _blank_refusals(clause: str) -> str:
    return _REFUSED.sub(lambda m: m.group(0) if _FALLBACK_AFTER.match(clause, m.end())
                        else " " * len(m.group(0)), clause)


# What someone else said the consumer must do ("燃气公司上门说要交安检费", "客服让我必须先寄回"), and the clauses
# that go on with it ("还要换他们的报警器"), until the consumer speaks for themselves ("我要退款")
# ("说我家软管不合格必须换他们的": what they said of the consumer's things, then what must be done)
_THEY_REQUIRED = re.compile(r"(?<![我你])(?:说|讲|非说|硬说|让我|叫我|逼我|要我|要求我)(?:我)?"
                            r"(?:必须|得|要|需要|一定要)|"
                            r"(?<![我你])(?:说|讲|非说|硬说)[^，,。；;！!？?\s]{1,12}?(?:必须|非得|一定要|只能)")
_GOES_ON = re.compile(r"^(?:还|又|另外|再|而且|并且|同时)(?:要|得|必须|让|叫)")


def _their_requirements_left_out(clauses: list[str]) -> list[str]:
    kept, theirs = [], False
    for c in clauses:
        theirs = bool(_THEY_REQUIRED.search(c)) or (theirs and bool(_GOES_ON.match(c)))
        if not theirs:
            kept.append(c)
    return kept


# How much more something was than it should be ("甲醛超标两倍多", "比别家贵了三倍"): a comparison told in the
# story, no multiple of compensation claimed
_TIMES_MORE = re.compile(r"(?:超标|超过|超出|高出|高了|贵了|多了|涨了|翻了|比[^，,。；;\s]{1,8}?(?:贵|高|多|大))"
                         r"(?:了|出|将近|近|快)?[一二两三四五六七八九十\d]{1,2}倍(?:多|以上|左右)?")


def _said_demands(raw: str) -> str:
    """The words that state a demand: clauses that ask are left out, refusals and past acts blanked."""
    raw = _DONE.sub(lambda m: " " * len(m.group(0)), raw)
    raw = _TIMES_MORE.sub(lambda m: " " * len(m.group(0)), raw)
    clauses = [_NOUN_USE.sub(lambda m: " " * len(m.group(0)), c)
               for c in _their_requirements_left_out(_CLAUSE.findall(raw))
               if not _ASKING.search(c) or _SAYS_AS_MUCH.search(c) or _LOOK_INTO.search(c)]
    return "，".join(_blank_refusals(c) for c in clauses)


_NOT_GIVEN_AN_ACCOUNT = re.compile(r"(?:不|没|没有|不肯|不愿意?|拒绝)(?:给|肯给|愿意给)?(?:我|我们)?(?:个|一个)?"
                                   r"(?:说法|交代)")


def find_demands(text: str) -> list[str]:
    """The demands the words state, in the order said ("修不好就退": 维修, then 退货、退款)."""
    raw = _said_demands(answer_core(text))  # ("把多收的退给我哦🙏": the words wanted, not the sound after them)
    where = {}
    for name, pattern in DEMANDS.items():
        for m in re.finditer(pattern, raw):
            before = re.split(r"[，,。；;\s]", raw[max(0, m.start() - 8):m.start()])[-1]
            if name == "退货" and m.group() == "退" and re.search(rf"{_MONEY_THINGS}|{_A_SUM_TOLD}", before):
                continue  # "把快递费给我退了": the money comes back, no goods go back
            where[name] = m.start()
            break
    found = sorted(where, key=lambda name: (where[name], list(DEMANDS).index(name)))
    times = _multiple(raw) if "赔偿" in found else None
    if times:
        found[found.index("赔偿")] = f"{times}倍赔偿"
        if len(found) == 1 and not re.search(r"不(?:用|要|必|需要)?退|无需退|(?:东西|货)[^，,。\s]{0,2}留着|"
                                             r"吗|[?？]|能不能|可不可以|可以.{0,6}不", text):
            # "我要十倍赔偿": a multiple of the price is claimed on top of the price itself (退一赔十), so the
            # money paid comes back too
            found.insert(found.index(f"{times}倍赔偿"), "退款")
    declined = re.search(r"(?:不|没|没有|拒绝|别)(?:肯|愿意?|给我|要|用|需要|想)?(?:道歉|赔礼)", raw)
    # an account the business would not give, told ("也不给说法", "一直没个交代"), is no account asked for
    asked = _NOT_GIVEN_AN_ACCOUNT.sub(" ", raw)
    if re.search(_APOLOGY, asked) and not declined:
        found.append(APOLOGY)
    return found


def _pattern(name: str) -> str:
    return _APOLOGY if name == APOLOGY else DEMANDS["赔偿" if name.endswith("倍赔偿") else name]


# A sum said with no demand word beside it ("准确是三千二百八", "收据上是432块"): the amount, told again
_STATES_A_SUM = re.compile(r"(?:\d{2,}|[一二两三四五六七八九十]?[十百千万][零一二两三四五六七八九十百千万]*)"
                           r"(?:\.\d+)?\s*(?:元|块|$|[\s，,。！!]|没(?:用|花|消费))")


_ASKS_FOR = re.compile(r"^(?:(?:那个|这个|就是|就|我的?要求是|我(?:就|只)?(?:要求|希望|想要|想|要)|要求|希望|想要)"
                       r"[，,：:\s]*)+")


# Asked what is wanted, to report the business to the bureau ("退款 举报他们", "我还要检举这家店", "顺便举报一下")
# is to have it dealt with (依法查处); not a report made already or asked about ("举报过了", "举报电话")
_REPORT_IT = re.compile(r"(?<![已被去曾])(?:举报|检举|告发)(?![过了的人者电话热线信箱奖])")


def normalise_demand(text: str | None) -> Parsed:
    """退货 / 换货 / 维修 / 退款 / 赔偿 (several joined by 、), else the consumer's own words."""
    text = answer_as_said(text)  # ("嗯嗯 重做", "赔偿谢谢🙏": the words wanted, without what is said around them)
    # the frame a demand is said in ("那个就退款", "我要求赔偿修车费", "希望免费维修") is no part of it
    text = _ASKS_FOR.sub("", text) or text
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    raw = _REPORT_IT.sub("查处", raw)  # (the words stored are still those said)
    found = find_demands(raw)
    if found:
        # keep details such as 三倍赔偿 when the consumer said more than the keyword
        # "退货并赔偿" says nothing beyond the keywords; "三倍赔偿并道歉" does
        # every keyword at once, the later kinds first ("退一赔十" is 赔偿's whole, not 退款's 退一赔)
        rest = re.sub("|".join(f"(?:{_pattern(name)})" for name in reversed(found)), "", raw)
        rest = re.sub(r"按(?:照)?(?:国家)?(?:规定|法律|法规|消法|消费者权益保护法|食品安全法|法)(?:来|的)?|依法|"
                      r"嘛|呀|啊|呢|再|我们|我|要求|想要|希望|需要|请求|申请|要|想|并且|并|和|及|或者|或|还要|同时|加上|然后|"
                      r"、|,|，|。|\.|！|!|\s|就行|就可以|吧|了|新的|新|的", "", rest)
        # which part is to be replaced ("换电池") is kept in the consumer's words
        # (an account asked for, "给个说法", is kept in the consumer's words too)
        plain = not rest and not re.search(rf"(?:更|换){_PARTS}|说法|交代", raw)
        said = as_said(text)
        return Parsed("、".join(found) if plain else f"{'、'.join(found)}（{said}）")
    if re.fullmatch(r"(?:我|东西)?不(?:想)?要了(?:吧)?[。.！!]*", raw):
        return Parsed(f"退货、退款（{as_said(text)}）")  # "不想要了": the goods go back, the money comes back
    one_word = {"换": "换货", "修": "维修", "赔": "赔偿"}  # a button-short answer: "换"
    if raw.strip("。.！!吧啊") in one_word:
        return Parsed(one_word[raw.strip("。.！!吧啊")])
    if len(raw) < 2 or re.fullmatch(r"(?:不知道|没有|随便|都行|嗯+|哦+|好的?)[。.！!]*", raw):
        return Parsed(None, ERR_FORMAT)
    # an amount, a phone or a date answers another question ("两万三" is what was paid)
    bare = re.sub(r"[元块钱左右大概约多]", "", raw)
    if parse_number(bare) is not None or find_phone(raw) or find_date(raw) or _STATES_A_SUM.search(raw):
        # "收据上写的是四百三十二" says what was paid, not what is wanted
        return Parsed(None, ERR_FORMAT)
    # a question ("这算欺诈吧 能赔几倍") or a name ("我叫林小峰") is no demand: asked again
    # (a choice put to the operator, "你们是打电话给他们还是上门去看", "要等多久", is a question too)
    if re.search(r"吗|[?？]|能不能|可不可以|是不是|算不算|怎么|几倍|多少|合法|能投诉|我叫|我的名字|我姓|免贵|叫我|"
                 r"名字叫|姓名|是[^，,。\s]{1,12}还是|还是[^，,。\s]{1,12}呢|(?:你们|先)[^，,。\s]{0,10}还是|呢[。.！!]*$|"
                 r"多久|什么时候|啥时候|为什么|为啥|几点|几号|在哪|哪里|哪儿", raw):
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw[:300])

