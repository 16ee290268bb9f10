"""Which fields of consumption a question is about, from its own words.

A rule written for one field (the car three-guarantee rules, the food safety law, the
tourism law, the drug law, lifts and rides, weights and measures, parcels, personal data,
fines, prepaid cards, online shopping, advertising, prices) is quoted only for a question
in that field; general laws (消法, 民法典 contract and tort, 产品质量法) fit every dispute.
The field of each rule is the one the real-question scoring uses
(`evaluation.LAW_FIELDS`, `evaluation.ARTICLE_FIELDS`), so answering and scoring agree on
what an unrelated-field quote is.

The evidence is the question's words, never the dispute type alone: a type about food
matched on "过期" (a gift card) still quotes no food rule unless the question names
something eaten or drunk. The patterns name things and places of the field (multi-
character words, with the usual traps left out: 奶奶 is no milk, 吃亏 no meal, 两个月 no
weight, 玩具车 no car), so a wrong field needs more than one shared character.

Some words only mention a field on the way to something else ("卖家具的" is no online
seller, "我看网上说" no online purchase, "景区门口的小店" no tour, "先交了两千看房费" no
prepaid card). Each field's such words are listed apart (`WEAK_WORDS`): a field found
by them alone counts only when the question's meaning confirms it, i.e. its e5 vector
comes as near to the guide's example phrasings of a type of that field as to those of
any type (`MEANING_RANK`, `MEANING_MARGIN`); for prepayment, only when the question is
about the money paid ahead itself (what is left, a business that stops or changes hands,
the card's own rules; likewise a pharmacy or a scenic area only with a drug, a treatment
or the area's own service: `FIELD_ISSUES`). `mentioned_fields` keeps the words' broad
reading (a type about a field still needs its words); `question_fields`, the strict one,
decides which field's rules may be quoted.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

from .evaluation import field_of

log = logging.getLogger(__name__)

# Everyday dishes by name (a piece of plastic in frozen dumplings is a food question), in both
# the food words and the things eaten
_DISHES = "饺子|包子|馄饨|汤圆|馒头|炸鸡|汉堡|披萨|寿司|烤肠|香肠|腊肠|熟食|卤味"
# Fruit and vegetables by name (cherries half rotten on arrival are a food question); names that
# are also a brand, an app or a saying only as the thing eaten (苹果 not the phone, 芒果 not the
# video app, 白菜价 is a low price)
PRODUCE = (r"车厘子|樱桃(?!轴|键盘)|芒果(?![Tt][Vv]|台|会员)|荔枝(?![Ff][Mm])|龙眼|桂圆|榴莲|菠萝|凤梨|香蕉|"
           r"葡萄(?!酒)|提子|草莓|蓝莓|杨梅|桑葚|猕猴桃|奇异果|火龙果|山竹|橙子|脐橙|橘子|桔子|砂糖橘|柚子|"
           r"柠檬|西瓜|哈密瓜|甜瓜|香瓜|桃子|水蜜桃|油桃|李子|杏子|枇杷|石榴|椰子|牛油果|"
           r"苹果(?!手机|电脑|平板|笔记本|耳机|手表|官网|官方|专卖|直营|售后|商店|店|的?[Ii]|\d|[A-Za-z])|"
           r"西红柿|番茄(?!小说|畅听|免费)|黄瓜|土豆|白菜(?!价)|青菜|生菜|菠菜|茄子|辣椒|洋葱|胡萝卜|萝卜|"
           r"蘑菇|香菇|冬瓜|南瓜|丝瓜|苦瓜|豆角|芹菜|韭菜|莲藕|山药|红薯|玉米")
_FOOD = (
    r"食品|食物|食用|吃(?!亏|力|惊|醋|苦头|官司|回扣|不消)|喝|饮料|饮品|饮用|(?<!套)餐|饭|菜(?!单|鸟)|(?<!奶)奶(?!奶)|"
    r"酒(?!店|吧)|茶(?!几)|咖啡|果汁|水果|蔬菜|(?<!肌)肉(?!毒)|"
    r"大米|米饭|米粉|面条|面包|方便面|泡面|挂面|糕|饼|月饼|粽子|糖果|巧克力|零食|辣条|瓜子|坚果|"
    r"罐头|调料|酱油|醋|食用油|花生油|油条|鸡蛋|鸭蛋|海鲜|鱼(?!缸)|虾|蟹|牛排|火锅|烧烤|外卖|"
    rf"{_DISHES}|{PRODUCE}|粥|薯条|凉菜|沙拉|"
    r"保健品|保健食品|营养品|蜂蜜|矿泉水|纯净水|桶装水|冰淇淋|雪糕|螺蛳粉|奶粉|馊|吃出|喝出|食堂|厨房|后厨|"
    # places that cook what they sell, by their dish
    r"面馆|粉店|米线|麻辣烫|砂锅|甜品|早点|凉皮|卤菜|熟食店|包子铺|饺子馆|"
    r"辣椒酱|酱料|酱菜|腌菜|咸菜|泡菜|腊肉|腊肠|私房菜|自制食品")
# Things eaten (not the verbs): a medicine that was 吃 is no food.
_FOOD_THING = re.compile(
    r"食品|食物|饮料|饮品|牛奶|酸奶|奶粉|奶茶|白酒|红酒|啤酒|茶叶|咖啡|果汁|水果|蔬菜|肉|大米|米饭|面条|"
    r"面包|方便面|泡面|糕|饼|月饼|粽子|糖果|巧克力|零食|辣条|罐头|调料|酱油|醋|食用油|鸡蛋|海鲜|外卖|"
    rf"饭菜|菜品|保健品|保健食品|蜂蜜|矿泉水|饭店|餐厅|饭馆|食堂|{_DISHES}|{PRODUCE}")
# The bare name of the kind ("像食品那样赔十倍"): no food named, beside a medicine.
_FOOD_KIND = re.compile(r"(?<!保健)食品|食物")
# Words of spoiled or dated goods: food evidence only when no other kind of goods is named
# (an expired gift card, a mouldy sofa, cosmetics past their date are not food).
_FOOD_STATE = r"保质期|生产日期|变质|发霉|霉变|异物|过期|超期|临期"
_NOT_FOOD = re.compile(r"化妆品|护肤|面膜|口红|面霜|洗发|沐浴|药|电池|卡|券|票|证件|证书|会员|油漆|涂料|胶水|墨|"
                       r"家具|沙发|衣|鞋|包(?!装|子)|手机|电脑|家电|床|柜|墙|车|轮胎|灭火器|安全帽|头盔|奶粉罐")
# A car's maker or model by name (models whose names are everyday words, 宋, 汉, 海豹, only
# with their suffix; 高尔夫 and 天籁 are left out).
_CAR_MODELS = (
    r"奇瑞|五菱|宏光|红旗(?:H\d|HS|E-?HS|汽车)|领克|问界|极氪|零跑|哪吒汽车|埃安|传祺|荣威|名爵|"
    r"长安(?:汽车|CS|UNI|逸动|深蓝)|吉利(?:星越|博越|帝豪|缤越|银河|几何)|理想(?:L\d|ONE|MEGA)|阿维塔|岚图|"
    r"智己|腾势|沃尔沃|保时捷|路虎|揽胜|凯迪拉克|雷克萨斯|英菲尼迪|林肯(?!公园)|捷豹|斯柯达|雪铁龙|"
    r"斯巴鲁|小米SU7|SU7|[Mm]odel ?[3YSX](?![0-9])|卡罗拉|凯美瑞|雷凌|汉兰达|RAV4|雅阁|思域|飞度|CR-?V|"
    r"缤智|轩逸|奇骏|逍客|朗逸|帕萨特|迈腾|速腾|宝来|途观|途昂|探岳|捷达|桑塔纳|"
    r"英朗|君威|君越|昂科威|科鲁兹|迈锐宝|蒙迪欧|福克斯|锐界|"
    r"(?:秦|宋|汉|唐|元)(?:PLUS|Plus|DM-?[iIp]?|EV|Pro|L)|哈弗H\d|坦克[345]00|瑞虎\d|艾瑞泽")
# ... or the car told as the one bought ("新买的车"), or by its in-car system (车机)
_CAR_NAMES = r"(?:买|提)(?:的|回来的)(?:新)?车(?!票|厢|位|险|座|载|贴|模|队|厘)|车机|" + _CAR_MODELS
_CARS = (
    r"汽车(?!票|站)|轿车|新车|二手车|买车|购车|提车|订车|卖车|车辆|[4４][sS]店|发动机|变速箱|车主|"
    r"车险|里程表|泡水车|事故车|[Ss][Uu][Vv]|越野车|房车|新能源车|车型|车架号|行驶证|上牌|"
    r"车漆|底盘|刹车|方向盘|轮胎|车身|车门|车灯|空调滤芯|机油|保险杠|奥迪|宝马|奔驰|丰田|本田|"
    r"日产|别克|福特|特斯拉|比亚迪|吉利汽车|长城汽车|哈弗|现代汽车|起亚|马自达|雪佛兰|蔚来|理想汽车|小鹏|"
    r"大众(?!点评)|(?:我|他|她|新|旧)的车(?!票|厢|位)|"
    # a car told by its purchase or its mileage ("车买了一年多", "开了八千公里", "1万8公里")
    r"(?<![电单火动行])车(?:子)?(?:刚|才)?(?:买了|提了)|(?:开|跑|行驶)(?:了)?[0-9一二三四五六七八九十几两.]+万?多?(?:公里|千米)|"
    r"[0-9一二三四五六七八九十几两]+万[0-9一二三四五六七八九千]*多?(?:公里|千米)|" + _CAR_NAMES)
_NOT_CARS = re.compile(r"玩具|模型|童车|儿童车|婴儿车|推车|学步车|轮椅|遥控车|扭扭车|购物车|车票|火车|高铁|动车|班车|"
                       r"大巴|电动自行车|电瓶车|自行车|单车|摩托|滑板车|平衡车|共享汽车|租车|租了?.{0,4}车|代驾|网约车|出租车")
_REAL_CAR = re.compile(r"[4４][sS]店|轿车|新车|二手车|买车|购车|提车|车主|发动机|变速箱|行驶证|车架号")
# A maker's or a model's name alone (the dispute guide's classifier reads it as 汽车).
CAR_NAME = re.compile(_CAR_MODELS)
# The car itself bought (not a part or an accessory for one, a tyre, a mat; nor a toy, a rented
# or a hired car): its maker or model named, or the words of buying or owning a car.
CAR_BOUGHT = re.compile(r"^(?![\s\S]*(?:" + _NOT_CARS.pattern + r"))(?=[\s\S]*(?:" + _REAL_CAR.pattern + "|"
                        + _CAR_NAMES + r"|奥迪|宝马|奔驰|特斯拉|比亚迪|蔚来|小鹏))")
_TOURISM = (r"旅行社|导游|领队|跟团|报团|参团|组团|旅游团|旅行团|团费|地接|旅游合同|(?<!全)包价|"
            r"景区|景点|一日游|[二三四五六七八九十两\d]+日游|旅游购物|强制购物|自费项目|"
            # a trip someone organised, with its coach or its selling on board
            r"(?:组织|带|拉)[^。？！]{0,20}旅游|旅游[^。？！]{0,40}(?:上车|大巴|车上|购物店|卖东西|推销|组织的)")
# A card a shop sold (not a bank's, an ID or a SIM card, nor paying by card) and the shop gone.
SHOP_CARD = (r"(?<!银行)(?<!信用)(?<!储蓄)(?<!身份)(?<!电话)(?<!手机)(?<!社保)(?<!医保)(?<!公交)(?<!地铁)"
             r"(?<!房)(?<!门)(?<!饭)(?<!刷)(?<!SIM)(?<!sim)卡(?!住|顿|壳|通|车|片|点|尺|号|槽|套)")
SHOP_GONE = (r"跑路|卷款|闭店|停业|倒闭|关门|关店|搬走|搬完|搬空|人去楼空|空号|"
             r"(?:老板|店主|店家|商家|老板娘)(?:人)?(?:也)?(?:跑了|溜了|不见了|没影了|找不到了)|"
             r"(?:电话|手机)[^。？！，]{0,6}(?:打不通|关机|停机)|联系不上|失联")
# A business whose customers pay ahead for sessions (a gym, a pool, a salon, a training school),
# and what becomes of it: closed for a refit, shut, moved, sold to a new owner. A customer asks
# about it for the sessions paid ahead, though no card or sum is named ("游泳馆闭馆装修两个月",
# "理发店换了老板", "健身房被别的公司收购了").
MEMBER_VENUE = (r"健身房|健身馆|健身中心|健身会所|游泳馆|游泳池|泳馆|瑜伽馆|瑜伽室|瑜伽工作室|普拉提|舞蹈室|舞蹈班|"
                r"舞蹈工作室|拳馆|拳击馆|跆拳道馆|武术馆|球馆|羽毛球馆|篮球馆|滑冰场|冰场|蹦床馆|攀岩馆|"
                r"美容院|美容店|美容会所|美发店|理发店|理发馆|发廊|美甲店|美睫店|养生馆|按摩店|足疗店|足浴店|"
                r"SPA|spa|会所|洗车店|早教中心|早教机构|培训机构|培训班|培训学校|托管班|托管中心|琴行|画室|"
                r"书法班|兴趣班|辅导班|补习班|驾校|健身工作室|私教工作室")
VENUE_CHANGED = (r"闭馆|闭店|装修|停业|歇业|暂停营业|不营业|停课|搬(?:家|走|迁|到|去)|迁(?:址|走|到)|"
                 r"换(?:了)?(?:个)?老板|"
                 r"新老板|新店主|新东家|转让|转手|易主|盘给|收购|倒闭|关门|关店|跑路|卷款|不认")
_PREPAID = (r"预付|预存|预交|预收|预缴|充值|充了|储值|"
            rf"(?:{MEMBER_VENUE})[^？！]{{0,30}}(?:{VENUE_CHANGED})|"
            # a membership sold before the place opened, and the opening put off ("说好九月底开业，
            # 后来又延期", "去看还是毛坯"): money paid ahead for what is not there yet
            r"(?:开业|开张|开馆|营业)[^。？！]{0,20}(?:延期|推迟|推后|往后推|一拖再拖|还没开|没开|毛坯)|"
            r"(?:延期|推迟|推后)[^。？！，]{0,6}(?:开业|开张|开馆|营业)|"
            # money put on a card, with the business changed hands or gone ("店转给别人了，以前充的钱不算")
            rf"(?:{VENUE_CHANGED})[^？！]{{0,30}}(?:充的(?:钱|卡|值)|充进去|办的卡|会员卡)|"
            # a shop's card asked back or what is left on it ("充值卡能退吗", "加油卡还有钱能退吗")
            rf"(?:{SHOP_CARD})[^。？！，,]{{0,6}}(?:能退|可以退|退吗|退不|退么|能不能退|可不可以退|怎么退|还有钱|还剩)|"
            # money put on a shop's account and a card given back ("在美容院充的三万", "健身房…能退卡吗")
            r"(?:店|院|馆|房|中心|机构|会所|工作室|学校|俱乐部)(?:里|里面)?充(?:的|了|进去)|退(?:会员|健身|美容|储值)?卡(?!费|片)|"
            # lessons left of a course paid for ("美术课还剩三十多节")
            r"课[^。？！，,]{0,3}剩(?:下|余)?[^。？！，,]{0,5}(?:节|堂|课时|次课)|"
            # a year's or a term's fee paid to a gym, a pool or a club ("在健身房交了三千八的年费")
            r"(?:交|付|缴)了?[^。？！，,]{0,8}(?:年费|会费|季费|半年费)|"
            # lessons partly taken, a refund refused halfway ("舞蹈课上了一半", "机构说中途不退")
            r"课上了(?:一半|一部分|几节|[\d一二三四五六七八九十两几]+(?:节|次|堂))|中途(?:不退|退(?:课|费|学|卡))|"
            # a sum topped up with a bonus ("充五千送一千"), a package of lessons paid for ("交了48节课")
            r"充[\d一二三四五六七八九十两几百千万]+(?:块|元)?送|"
            r"(?:交|报|买|购买|订)了?[^。？！，]{0,4}(?:\d+|[一二三四五六七八九十两几]+)(?:节|次)课|"
            # (a phone plan a shop makes one take to activate a phone is no card paid ahead)
            r"办卡(?![^。？！，]{0,8}才(?:能|可以|给|让)?(?:激活|开机|入网))|办了.{0,6}卡|办的[^。？！，]{0,4}卡(?!住|顿|号|槽)|会员卡|会籍|次卡|年卡|季卡|月卡|"
            r"课时|学费|报了?.{0,6}(?:课|班)(?!长)|培训|补习|辅导班|兴趣班|早教|托管|驾校|课程|私教|健身卡|美容卡|美发卡|"
            r"余额|卡里|卡内|卡(?:里|上|内)?还(?:有|剩)|卷款|购物卡|礼品卡|消费卡|提货卡|代金券|储值券|兑换券|提货券|会员|"
            # a voucher for named goods (a mooncake or crab voucher): paid ahead for the goods
            r"(?:蛋糕|月饼|粽子|大闸蟹|螃蟹|礼品|年货|礼盒|水果|鲜花|牛奶|鸡蛋|大米)(?:券|卡)|"
            r"钱交完|交完钱|一次性(?:交|付)|提前(?:交|付)|先交|先付|"
            # a term paid for ahead (a month at a confinement centre, a year at a care home)
            r"(?:交|付)了?(?:一|两|三|四|五|六|半|几|\d+)?个?(?:月|年|季度|周|星期)的(?:钱|费用|费|房费|住宿费|护理费)|"
            r"(?:交|付|充)了?.{0,8}(?:钱|费|款).{0,20}(?:跑路|卷款|闭店|停业|倒闭|关门|搬走|转让)|"
            # a shop's card, with the shop closed, moved out or gone silent ("卡是上个月办的，
            # 店就关门了", "店里东西搬空了，电话也成了空号，我卡里还有钱")
            rf"(?:{SHOP_CARD})[^？！]{{0,40}}(?:{SHOP_GONE})|(?:{SHOP_GONE})[^？！]{{0,40}}(?:{SHOP_CARD})")
# Medical: a drug bought, or a treatment received (the question of a customer who fell ill
# and cannot use a prepaid card mentions a doctor, but is not about medical care).
_MEDICAL = (r"药品|药店|药房|买的药|的药|[^农火弹炸]药(?:物|效|片|丸|膏|水|盒|瓶)|感冒药|处方|假药|劣药|"
            r"中药|西药|医疗机构|诊所|门诊|医院.{0,12}(?:手术|治疗|误诊|漏诊|开药|医疗事故|打针|输液)|"
            r"(?:医院|诊所|医生|大夫)[^，。？！]{0,12}(?:开了?.{0,6}(?:检查|药)|不需要的检查|过度|乱收费|多收|治坏)|"
            # a hospital's scan or test that missed what was there
            r"(?:医院|诊所|医生|大夫)[^。？！]{0,30}(?:没(?:有)?(?:拍|查|检查|诊断|看)出)|"
            r"(?:医院|诊所|医生|大夫)[^。？！]{0,20}说(?:没(?:有)?|不是)(?:事|问题|骨折|病|大碍)|(?:换|去)了?(?:一)?(?:家|个)(?:医院|诊所)[^。？！]{0,12}(?:才)?(?:查出|诊断出|检查出|发现)|"
            r"医疗事故|误诊|病历|手术|术中|术后|切除术|麻醉|剖腹产|剖宫产|牙科|口腔|种牙|种植牙|矫正牙|正畸|拔牙|补牙|整形|医美|医疗美容|玻尿酸|"
            r"肉毒|注射|隆鼻|双眼皮|抽脂|假体|近视手术|激光祛|针灸|推拿.{0,6}(?:伤|骨折)")
_NOT_MEDICAL = re.compile(r"农药|火药|弹药|炸药|药水洗|药妆")
# A payment app or a bank account named, whose balance (余额) is the consumer's own money, not a shop's card.
_WALLET = re.compile(r"微信|支付宝|银行卡|储蓄卡|信用卡|零钱|钱包|余额宝|银行账户|(?<!会员)账户")
_BALANCE = re.compile(r"余额")
# A pet's or an animal's doctor: the rules on patients (民法典1218 ...) are not for the animal.
_ANIMAL_PATIENT = re.compile(r"宠物(?:医院|诊所|店|医生)|动物(?:医院|诊所)|兽医|"
                             r"(?:猫|狗|狗狗|猫咪|宠物|犬|兔子|鹦鹉)[^。？！，]{0,10}"
                             r"(?:看病|治疗|手术|打针|输液|误诊|绝育|疫苗|开药|住院)")
_HUMAN_PATIENT = re.compile(r"(?:我|孩子|老人|家人|妈|爸|老公|老婆|儿子|女儿)[^。？！，]{0,6}"
                            r"(?:看病|手术|住院|就诊|误诊)")
# Food safety: the food itself is at issue (spoiled, dated, dirty, made someone ill, its
# label), not a meal's bill or a restaurant's booking.
_FOOD_ISSUE = re.compile(
    r"变质|过期|超期|临期|过了期|保质期|胀包|胀袋|鼓包|胀气|漏气|生产日期|发霉|霉变|长毛|异物|虫|苍蝇|蟑螂|老鼠|头发|毛发|铁丝|玻璃碴|塑料|"
    r"钢丝|铁屑|石子|沙子|钉子|螺丝|创可贴|烟头|碎玻璃|玻璃渣|"
    r"吃坏|吃出|喝出|吃了.{0,10}(?:拉|吐|疼|痛|难受|不舒服|过敏|住院|医院)|拉肚子|腹泻|呕吐|上吐下泻|"
    r"中毒|食物中毒|不卫生|卫生|添加|防腐剂|亚硝酸|色素|甜蜜素|超限量|超范围使用|农药|残留|标签|配料|成分|三无|无证|许可证|检测|超标|"
    r"甲醛|变味|馊|臭|酸了|十倍|退一赔十|食品安全|假酒|假奶粉|冒牌|山寨|进口.{0,6}(?:中文|标签)|"
    r"保健|功效|治病|疗效|减肥|降糖|降压|日期|抽检|抽样|"
    # a kitchen's own duties: its tableware washed and disinfected, its staff's health certificates
    r"消毒|健康证|健康证明|(?:办|要|需要)(?:什么|哪些|啥)?(?:证|执照|手续)|经营许可|备案|"
    # a food itself gone bad ("超市买的鸡蛋里面是坏的")
    rf"(?:鸡蛋|鸭蛋|牛奶|酸奶|水果|{PRODUCE}|肉|鱼|海鲜|虾|蔬菜|面包|蛋糕|月饼|零食|饮料|食品)(?![店馆铺摊厅])[^。？！，]{{0,12}}"
    r"(?:坏(?:的|了|掉)|烂(?:的|了|掉|得|成)|腐烂|烂果|坏果|发软|发黑|黑(?:的|了)|长斑|没法吃|不能吃)")
_DRUG = re.compile(r"药(?!店买的(?:食|零))")
_EXPRESS = (r"快递|快件|包裹|驿站|签收|运单|保价|派送|派件|揽收|寄件|寄快递|寄了|寄到|寄的|顺丰|中通|"
            r"圆通|韵达|申通|邮政|[Ee][Mm][Ss]|丢件|物流(?=信息|显示|单号|记录|状态|更新|一直|停|没动|不动|没有动|没更新|查询|跟踪)|收件人|寄件人|发件人|收件方|寄件方")
_SPECIAL_EQUIPMENT = (r"电梯|扶梯|游乐设施|游乐设备|游乐场|游乐园|过山车|摩天轮|索道|缆车|锅炉|压力容器|"
                      r"气瓶|煤气罐|液化气罐|蹦极|滑道|旋转木马|碰碰车|海盗船|跳楼机|大摆锤|小火车|"
                      r"摇摇车|升降机|起重机|叉车|观光车|滑索|玻璃栈道|高空项目")
_LITRE = r"(?:升|[Ll](?![A-Za-z]))"
_MEASUREMENT = (r"缺斤|短两|少秤|短秤|鬼秤|缺秤|电子秤|秤|计量|分量不足|分量不够|重量不足|重量不够|"
                r"克数|斤两|称重|称了|加油机|加油站.{0,8}(?:少|不足|不够)|加了?.{0,8}油.{0,12}(?:油表|油量|只上|没上|不够|少)|"
                r"水表|电表|燃气表|气表|计价器|"
                # more fuel charged than the tank holds (加了50升，油箱才45升; the litre also as L)
                rf"(?:加|打|显示|收)了?[^。？！]{{0,8}}{_LITRE}[^。]{{0,24}}油箱[^。？！]{{0,8}}(?:才|只有|只能|一共|最多|总共|容量)|"
                rf"油箱[^。？！]{{0,8}}(?:才|只有|只能装|一共|最多|总共|容量)[^。]{{0,30}}(?:加|打|显示|收)了?[^。？！]{{0,8}}{_LITRE}|"
                r"少了\d+(?:克|斤|两|毫升)|不足\d+(?:克|斤|两|毫升)|"
                r"(?:少|缺|短|差)了?(?:好几|几|[一二三四五六七八九十两半]+)(?:克|斤|两|毫升|公斤)|"
                r"(?<![名声号自宣俗简统总对职昵尊堪])(?:一称|称的|称一下|称完|称出)|上秤|过秤|复秤|再称|重新称|"
                r"明明[^。？！]{0,6}(?:斤|两|克)[^。？！]{0,10}(?:说|算|称|收)|"
                r"(?:绳子|草绳|包装|盒子|袋子|冰块|冰衣|托盘)[^。？！]{0,10}(?:还重|一起称|算钱|按.{0,6}价|计价)")
_PENALTY = (r"罚|处罚|查处|责令|吊销|没收|行政执法|执法|立案|整改|(?:工商|市场监管|市监|监管|食药监)"
            r"(?:局|部门|所)?(?:的人)?.{0,4}(?:查|检查|抽检|调查|上门)")
_ONLINE = (r"网上|网购|网店|网站|网页|网买|网络|[\w]{1,4}网(?:上|买|购|下单)|在线|线上|平台|电商|"
           r"[Aa][Pp][Pp]|客户端|小程序|公众号|微信|微商|朋友圈|直播|主播|带货|淘宝|天猫|京东|拼多多|"
           r"抖音|快手|美团|饿了么|闲鱼|唯品会|苏宁易购|得物|小红书|携程|去哪儿|飞猪|代购|"
           r"下单|链接|网店铺|卖家|买家|收货(?!方|人|单位)|发货|(?:申请|点了?|提交了?|发起了?|走了?)退货退款|退货退款(?:申请|按钮|入口|流程)|七天无理由|7天无理由|无理由退|电视购物|"
           r"电话购物|邮购|团购")
# (an advert as an object that someone slipped on or that fell: no advertising question; what a
# flyer or a sign says still is)
_ADVERTISING = (r"广告(?!(?:纸|单|牌|架|布|灯箱|伞|扇|袋)[^。？！]{0,8}(?:滑|绊|砸|掉|倒|吹|踩|摔|撞|划|刮|伤))|"
                r"违禁词|极限词|绝对化用语|"
                r"宣传|代言|推广|夸大|功效|疗效|包治|根治|全网最|史上最|最低价|最高级|第一(?!次|天|个|年|时间)|"
                r"顶级|国家级|"
                r"极品|抽奖|有奖|奖品|中奖|刷单|好评|差评|诋毁|商誉|仿冒|混淆|冒充|山寨|傍名牌|"
                r"讲座|会销|营销|群发|促销短信|广告短信|推销短信|"
                # a shop's name, sign or packaging made like a known brand's: confusion
                r"(?:名字|店名|字号|名称|招牌|包装|商标|牌子|[Ll][Oo][Gg][Oo])[^。？！]{0,12}(?:很像|相似|近似|类似|差不多|一模一样|模仿|谐音|(?:就|只)?差(?:一|1)个字|一字之差)|"
                r"(?:和|跟|与)[^。？！]{0,10}(?:知名|名牌|大牌|著名|网红|有名)[^。？！]{0,12}(?:很像|相似|近似|类似|差不多|一样|(?:就|只)?差(?:一|1)个字)")
# A voucher, card or ticket that expired (for crabs, mooncakes, a meal): its terms are the
# question, not the food's safety, whatever food it is for.
# The story may tell the expiry twice ("卡11月底到期，现在过期十天"): the later mentions in the
# same sentence are the voucher's too.
_EXPIRY = r"(?:过期|到期|作废|失效|过了有效期)"
VOUCHER_EXPIRED = (rf"(?:券|卡|票|码|凭证|提货单)[^。？！]{{0,15}}?{_EXPIRY}(?:[^。？！]{{0,12}}?{_EXPIRY})*|"
                   rf"{_EXPIRY}[^。？！，]{{0,3}}的?(?:券|卡|票)")
_VOUCHER_EXPIRED = re.compile(VOUCHER_EXPIRED)
# The asker sending a parcel themselves: "发货" then tells of no seller.
_OWN_PARCEL = re.compile(r"我(?:自己|们)?(?:在[^。？！，]{0,6}|给[^。？！，]{0,6}|用[^。？！，]{0,6})?"
                         r"(?:发货|发的货|发了?(?:个|一个)?快递)")
# An identity document (or the personal data on it) that a business held and lost.
IDENTITY_LOST = (r"(?:身份证|证件|护照|户口本|个人资料)(?:原件|复印件)?[^。？！]{0,8}(?:弄丢|丢了|丢失|遗失|找不到了)|"
                 r"把(?:我|我们)的?(?:身份证|证件|护照|户口本|个人资料)[^。？！]{0,6}(?:弄丢|丢|遗失)")
# Someone's identity used without their consent to borrow or sign in their name.
IDENTITY_MISUSED = (r"(?:冒用|盗用|冒名|(?<!我)(?:借用|拿|用|利用)了?(?:我|我们|他们|学生|别人|客户|顾客|家人)"
                    r"[^。？！，]{0,6}?的?)(?:身份证|身份信息|身份|名义|个人信息)[^。？！]{0,15}"
                    r"(?:贷款|借款|网贷|借了|贷了|办(?:了)?(?:卡|手机卡|分期|信用卡)|注册|开户|分期|签(?:了)?合同)|"
                    r"以(?:我|我们)的名义[^。？！]{0,10}(?:贷|借|办|签|开)")
_PRIVACY = (r"个人信息|隐私|泄露|泄漏|骚扰电话|骚扰短信|推销电话|营销电话|营销短信|人脸|刷脸|"
            r"指纹|虹膜|声纹|掌纹|生物识别|通讯录|身份证(?:号|信息|复印)|"
            # an identity document or its copy left with a business ("在手机店留了一张复印件")
            r"(?:留|押|扣|交|给|拿走|收走)(?:了|下|在)?[^。？！，]{0,8}(?:身份证|证件)?复印件|"
            r"(?:身份证|证件)[^。？！，]{0,6}(?:被复印|复印了|拍了照|押在|扣在|扣着)|(?:手机号|电话号码|号码|住址).{0,6}(?:泄露|被卖|卖给|给了别人)|偷拍|信息被|"
            r"卖了我的|信息.{0,4}(?:卖|泄露|泄漏|给了别人)|把我(?:的)?(?:个人)?(?:信息|电话|手机号|号码|资料).{0,6}(?:卖|给了?别人|泄露)|"
            r"精准营销|短信轰炸|群发|营销短信|促销短信|广告短信|推销短信|"
            # an identity document a business held and lost, or an identity used for loans
            # or contracts without the person's consent (personal data, whatever is named beside)
            rf"{IDENTITY_LOST}|{IDENTITY_MISUSED}")
# A bill felt as a rip-off: a price word, unless the rip-off is told by the weight (mentioned_fields)
_RIPOFF = r"(?:被|挨)宰|宰(?:了|人|我)"
_PRICE = (r"价格|标价|明码|价签|价目|收费|多收|加收|乱收|另收|额外收|多扣|加价|涨价|降价|提价|"
          r"打折|折扣|优惠|促销|原价|划线价|差价|价钱|定价|报价|要价|税点|税钱|手续费|服务费|"
          r"杀熟|比别人贵|贵了|天价|宰客|打表|漫天要价|开价|"
          # a dish priced "at the market" (菜单写时价) and the bill felt as a rip-off (被宰了)
          rf"时价|{_RIPOFF}|"
          # a charge on top of the bill by its name (茶位费, 开瓶费, 包间费 ...)
          r"[茶餐座]位费|开瓶费|包间费|包厢费|餐具费|纸巾费|打包费|人头费|调料费|上门费|出场费|加工费|"
          r"(?:没|未|不|没有)(?:提前|事先|先)?(?:说|讲|告诉|标|写|问|告知)[^。？！]{0,4}(?:多少钱|价)|"
          # a fee named, then not told of beforehand ("设计费未提前说明单算")
          r"(?:费|价)[^。？！，、]{0,4}(?:没|未|不|没有)(?:提前|事先|预先)?(?:说明|说|讲|告知|标明|写明)|"
          # no menu to show the prices by (a bill disputed after ordering without one)
          r"(?:没有|没|无|不给|不拿|不出示|拿不出)(?:看)?菜单|菜单[^。？！，]{0,6}(?:没有|不给看|拿不出)")
_GAMES = (r"游戏|手游|网游|打赏|点券|(?:孩子|小孩|儿子|女儿|学生|未成年|岁).{0,20}"
          r"(?:充值|充了|充钱|付款|支付|花了|扣了|刷了)")
# Tipping a streamer is spending on a live stream, not in a game, unless a game is named.
_TIP = re.compile(r"直播|主播|打赏")
_GAME_NAMED = re.compile(r"游戏|手游|网游|王者|吃鸡|原神|皮肤|点券|抽卡")
# A ride's fare told by the trip: at the destination or getting out, the fare or the distance
# with a sum, or a fare above the estimate shown before the ride.
TRIP_FARE = (r"(?:到(?:了|达)?目的地|下车(?:时|的时候|后)?|行程结束)[^。？！]{0,20}"
             r"(?:\d+(?:\.\d+)?(?:元|块)|车费|公里)|"
             r"(?<!停)车费|打车费|(?:预估|估计|估算)(?:的)?(?:车费|价)")
_TRANSPORT = (r"车票|火车|高铁|动车|机票|航班|飞机|航空|乘车|乘客|乘坐|客运|大巴|班车|长途车|客车|乘务员|售票员|"
              r"列车员|坐过站|过站|甩客|拒载|"
              r"出租车|网约车|滴滴|打车|专车|顺风车|的士|叫车|约车|托运|承运|货运|运输|搬家|行李|船票|轮渡|公交|地铁|"
              # a ride's fare told by the trip ("到目的地一看要92元", "下车时车费比预估多一倍")
              rf"{TRIP_FARE}|"
              # goods carried by a logistics firm (its tracking shown to an online buyer is the
              # parcel's: _EXPRESS)
              r"物流(?!信息|显示|单号|记录|状态|更新|一直|停|没动|不动|没有动|没更新|查询|跟踪)")
_PUBLIC_INTEREST = r"公益诉讼|公益"

FIELD_WORDS = {
    "food": _FOOD, "cars": _CARS, "tourism": _TOURISM, "prepaid": _PREPAID,
    "medical": _MEDICAL, "express": _EXPRESS, "special_equipment": _SPECIAL_EQUIPMENT,
    "measurement": _MEASUREMENT, "penalty": _PENALTY, "online": _ONLINE,
    "advertising": _ADVERTISING, "privacy": _PRIVACY, "price": _PRICE, "games": _GAMES,
    "transport": _TRANSPORT, "public_interest": _PUBLIC_INTEREST,
}
_PATTERNS = {name: re.compile(pattern) for name, pattern in FIELD_WORDS.items()}

# Words that mention a field without making the question about it: a field found by
# these alone needs its meaning confirmed (module docstring).
WEAK_WORDS = {
    "online": (r"网络|网上(?!买|购|下单|订|商城|店)|在线|线上|(?<!网店)卖家(?!发|寄)|买家|微信|公众号|朋友圈|"
               r"平台|[Aa][Pp][Pp]|客户端|小程序|链接|抖音(?!.{0,6}(?:买|购|下单|直播间))|"
               r"快手(?!.{0,6}(?:买|购|下单))|小红书(?!.{0,6}(?:买|购|下单))|团购"),
    "price": (r"价格|价钱|收费|优惠|促销|打折|折扣|差价|服务费|手续费|涨价|降价|提价|定价|报价|要价|"
              r"贵了|原价|加价|多扣|税点|税钱|打表|开价"),
    "prepaid": (r"推销.{0,6}(?:办卡|会员|卡)|(?:让|劝|叫|逼)我办卡|充值|充了|会员(?!卡)|学费|"
                r"报了?.{0,6}(?:课|班)(?!长)|培训|补习|辅导班|兴趣班|早教|托管|驾校|课程|私教|先交|先付|"
                r"提前(?:交|付)|一次性(?:交|付)|钱交完|交完钱|代金券|兑换券|"
                r"(?:交|付|充)了?.{0,8}(?:钱|费|款).{0,20}(?:跑路|卷款|闭店|停业|倒闭|关门|搬走|转让)"),
    "transport": (r"(?<!搬家公司)搬家(?!公司)|行李|机票|飞机|航空|乘车|乘客|乘坐|大巴|班车|长途车|托运|"
                  r"货运|运输|轮渡|公交|地铁|火车"),
    "cars": r"车险|(?:我|他|她|新|旧)的车(?!票|厢|位)|车主|车身|车门",
    "medical": r"药店|药房|补牙|拔牙|口腔|牙科|手术|注射|诊所|门诊",
    "measurement": r"称重|称了|(?<![电弹])秤|斤两|克数|计量",
    "advertising": (r"宣传|推广|营销|好评|差评|刷单|讲座|会销|抽奖|有奖|奖品|中奖|第一(?!次|天|个|年|时间)|"
                    r"顶级|冒充|山寨|仿冒|混淆|傍名牌|诋毁|商誉|极品"),
    "tourism": r"景区|景点",
    "games": r"游戏厅|游戏机|游戏币|游戏手柄|电玩城|电玩",
    "penalty": r"(?<![处惩])罚",
}
_WEAK = {name: re.compile(pattern) for name, pattern in WEAK_WORDS.items()}
# Fields whose passing mentions are places or payments: confirmed by the issue's own
# words instead of the meaning (whose vector the place word itself pulls to the field).
# Prepaid: the money paid ahead itself, i.e. what is left of it, a business that stops,
# moves or changes hands, the card's own rules (a training fee's promise or an extra charge
# is not). Medical: a drug or a treatment (a mask bought at a pharmacy, a tooth broken on a
# meal are not). Tourism: the scenic area's own service (a shop beside it is not). Games:
# an online game (an arcade's tokens or a console are not). Fines: an authority's (a gym's
# or a landlord's "fine" in its own rules is not).
FIELD_ISSUES = {
    "prepaid": re.compile(
        r"剩|没上|没用|未上|未使用|没去|还有.{0,4}(?:次|节|课|个月|年|钱)|"
        r"(?:\d+|[一二三四五六七八九十两几]+)(?:节|次)课|课时|退(?:卡|课)|跑路|卷款|倒闭|关门|闭店|停业|搬|转让|"
        r"换了?老板|新老板|不认|转给|过期|有效期|续费|充.{0,6}送|送.{0,6}(?:次|节|课)|按原价|"
        r"(?:老板|店主|店家|商家|老板娘)(?:人)?(?:也)?(?:跑了|溜了|不见了|没影了|找不到了)|"
        # (the money run off with, "卷了会员的钱跑了"; the place left empty)
        r"卷(?:了|走)?[^。？！，]{0,8}(?:钱|款)|人去楼空|充的(?:钱|卡)|办的卡"),
    "medical": re.compile(r"药(?!店|房)|治疗|手术|病历|看病|就诊|开药|打针|输液|诊断|误诊|医生|大夫|护士|医疗|麻醉|"
                          r"种植|矫正|疗程"),
    "penalty": re.compile(r"市场监管|市监|市场管理|工商|城管|执法|监管部门|监管局|管理(?:的人|人员|局|所|处)|行政|处罚|"
                          r"被查|查到|来查|检查|抽查|抽检|举报|吊销|责令|没收|立案|稽查|整改|罚多少|会罚|怎么罚|被罚|罚单"),
    "games": re.compile(r"手游|网游|账号|帐号|皮肤|点券|抽卡|王者|原神|吃鸡|"
                        r"游戏(?:里|内|公司|平台|账号|帐号|装备|充值)"),
    "tourism": re.compile(r"景区(?:的|里|内)|景点(?:的|里|内)|门票|游玩|游客|游览|观光|导游|旅游"),
}
# Words that confirm a field besides its meaning: a passenger hurt on the ride is about
# the carriage, however the rest of the question reads.
FIELD_ALSO = {
    "transport": re.compile(r"(?:乘客|旅客|乘车|坐车|乘坐|司机)[^。？！]{0,20}"
                            r"(?:受伤|摔倒|摔伤|摔了|骨折|撞伤|磕伤|碰伤|夹伤|夹到)|"
                            r"急刹[^。？！]{0,12}(?:摔|伤|撞|磕|碰|骨折)|"
                            # the trip itself gone wrong: not stopped, carried past the stop, late
                            r"(?:公交|地铁|大巴|客车|班车|长途车|火车|列车|轮渡)[^。？！]{0,12}"
                            r"(?:不停|没停|不靠站|没靠站|开过去|开走|过站|甩客|拒载|晚点|延误|停运|赶[^。？！]{0,4}下车)"),
}
PASSENGER_HURT = FIELD_ALSO["transport"]
# ... and goods a carrier lost or damaged on the way ("托运的货少了一箱", "货运的冰箱压坏了")
_GOODS_CARRIED = (r"(?:托运|货运|运输|承运|物流|转运)[^。？！]{0,20}"
                  r"(?:丢|损|坏|湿|淋|碎|破|少了|短少|不见|灭失|压扁|压坏)")
FIELD_ALSO["transport"] = re.compile(PASSENGER_HURT.pattern + "|" + _GOODS_CARRIED)
# ... and a price or a charge's terms not told before the service ("事先没讲价钱", "来之前没说收费
# 标准"): the duty to mark and tell prices, though 价钱 and 收费 alone are passing words
FIELD_ALSO["price"] = re.compile(r"(?:没|未|不|没有)(?:提前|事先|预先|先)?(?:说|讲|告诉|标|写|问|告知|报|提)"
                                 r"(?:过|清楚|明)?[^。？！，]{0,4}(?:多少钱|价|收费|费用|要多少)")
# The types of each field (their example phrasings stand for the field's meaning).
FIELD_TYPES = {
    "online": ("online_no_reason_return", "platform_liability", "livestream_selling", "secondhand_platform",
               "online_not_as_described", "online_not_shipped", "auto_renewal", "big_data_pricing",
               "private_seller", "minor_online_spending"),
    "price": ("price_fraud", "unmarked_price", "merchant_price_penalty", "big_data_pricing"),
    "transport": ("ticket_refund",),
    "cars": ("household_car_three_guarantees", "car_dealer_fraud", "used_car"),
    "measurement": ("short_weight",),
    "advertising": ("false_advertising", "merchant_ad_penalty", "health_products_elderly"),
}
# The meaning confirms a field when one of its types is among the MEANING_RANK nearest to
# the question and within MEANING_MARGIN of the nearest (mean cosine of the two nearest
# example phrasings, semantic.TypeVectors).
MEANING_RANK = 3
MEANING_MARGIN = 0.015


def _text(question: str) -> str:
    return unicodedata.normalize("NFKC", question or "")


def _meaning_confirms(field: str, question: str) -> bool:
    """Whether the question's meaning is near the field's types (module docstring); True
    when no encoder is at hand (the words alone decide, as before)."""
    types = FIELD_TYPES.get(field)
    if not types:
        return True
    try:
        from .retrieval import engine
        from .semantic import type_vectors

        eng = engine()
        if not eng.has_dense:
            return True
        sims = type_vectors(eng).similarities(eng._query_vector(question))
    except Exception:  # noqa: BLE001 - the guard must never break answers
        log.exception("field meaning check failed")
        return True
    order = sorted(sims, key=lambda name: -sims[name])
    best = sims[order[0]]
    return any(name in order[:MEANING_RANK] and sims[name] >= best - MEANING_MARGIN
               for name in types if name in sims)


def own_words_in(field: str, question: str) -> bool:
    """Whether the question is in the field by the field's own words, not only by passing
    mentions (WEAK_WORDS): "办的卡" is a card paid ahead, "一次性付清" alone is not."""
    text = _text(question)
    weak = _WEAK.get(field)
    return field in question_fields(question) and bool(
        _PATTERNS[field].search(weak.sub("□", text) if weak is not None else text))


@lru_cache(maxsize=4096)
def question_fields(question: str) -> frozenset[str]:
    """The special fields the question is about, by its words and meaning (module
    docstring): the fields whose rules may be quoted for it (general questions: none)."""
    found = set(mentioned_fields(question))
    text = _text(question)
    for name in sorted(found & set(_WEAK)):
        if _PATTERNS[name].search(_WEAK[name].sub("□", text)):
            continue  # the field's own words, not only passing mentions
        if name in FIELD_ISSUES:
            confirmed = bool(FIELD_ISSUES[name].search(text))
        else:
            confirmed = (name in FIELD_ALSO and bool(FIELD_ALSO[name].search(text))
                         or _meaning_confirms(name, question))
        if not confirmed:
            found.discard(name)
    return frozenset(found)


def _without_expired_vouchers(text: str) -> str:
    """The text with each voucher's expiry left out (VOUCHER_EXPIRED), unless a food itself
    is named between the voucher and the expiry (a coupon used, then the milk expired)."""
    return _VOUCHER_EXPIRED.sub(lambda m: m.group(0) if _FOOD_THING.search(m.group(0)) else "□", text)


# Looking something up online (its price, its brand) is no online purchase:
# "回来在网上一查根本不要那么多钱", "网上根本查不到这个牌子", "上网一查".
_LOOKED_UP = re.compile(r"(?:在|上)?网(?:上|络上)[^。？！，买购订下]{0,4}(?:查|搜|百度|了解|比价|对比|价格)|"
                        r"上网(?:一)?(?:查|搜)|百度(?:一下|了一下|了)?")


# A phone or WeChat named only as the way the other side can be reached, and cut off or unanswered
# ("把我电话、微信都拉黑了", "微信删了我", "微信也不回"), is no purchase online: a carrier or a shop
# that blocks its customer.
_CONTACT_CUT = re.compile(r"(?:电话|手机|微信|[Qq][Qq])[^。？！买购订下单]{0,6}(?:拉黑|删了|删除|屏蔽|不回|不接|打不通|"
                          r"联系不上)|"
                          r"(?:拉黑|删了|删除|屏蔽)[^。？！买购订下单]{0,4}(?:电话|手机|微信|[Qq][Qq])")


@lru_cache(maxsize=4096)
def mentioned_fields(question: str) -> frozenset[str]:
    """The special fields the question's words name, passing mentions included (a type
    about a field needs them); looking something up online names no online purchase."""
    text = _CONTACT_CUT.sub("□", _LOOKED_UP.sub("□", _text(question)))
    found = {name for name, pattern in _PATTERNS.items() if pattern.search(text)}
    if "food" not in found and re.search(_FOOD_STATE, text) and not _NOT_FOOD.search(text):
        found.add("food")  # 过期, 变质 with nothing else named: most likely something eaten
    if "food" in found and (not _FOOD_ISSUE.search(_without_expired_vouchers(text)) or (
            _DRUG.search(_NOT_MEDICAL.sub("", text))
            and not _FOOD_THING.search(_FOOD_KIND.sub("", text)))):
        found.discard("food")  # a meal's bill, a medicine swallowed, an expired voucher: no food-safety question
        # (a medicine compared with food, "像食品那样", is still no food)
    if "price" in found and "measurement" in found and not _PATTERNS["price"].search(re.sub(_RIPOFF, "□", text)):
        found.discard("price")  # "挨宰就挨在斤两上": the rip-off is the scale's, a weights question
    if "online" in found and not _PATTERNS["online"].search(_OWN_PARCEL.sub("□", text)):
        found.discard("online")  # the asker sent a parcel ("我在驿站发货"): no online purchase
    if "cars" in found and _NOT_CARS.search(text) and not _REAL_CAR.search(text):
        found.discard("cars")  # a toy car, a shopping cart, a train ticket, an e-bike
    if "games" in found and _TIP.search(text) and not _GAME_NAMED.search(text):
        found.discard("games")  # a minor's tips to a streamer: no game rule
    if "medical" in found and not re.search(_MEDICAL, _NOT_MEDICAL.sub("", text)):
        found.discard("medical")  # 农药残留 is about food, not drugs
    if "prepaid" in found and _WALLET.search(text) and not _PATTERNS["prepaid"].search(_BALANCE.sub("□", text)):
        found.discard("prepaid")  # a payment app's or a bank account's balance: no card paid ahead to a shop
    if "medical" in found and _ANIMAL_PATIENT.search(text) and not _HUMAN_PATIENT.search(text):
        found.discard("medical")  # a pet's treatment: a service on the owner's property, not a patient's care
    return frozenset(found)


# An animal of the consumer's hurt (a dog's leg broken at the groomer's, a cat burnt in a
# pet hotel) is property harmed, not a person: the animal is the one hurt, never the one
# biting or scratching ("狗把我咬伤了" tells of a person hurt)
_ANIMAL = r"(?:狗狗|狗子|小狗|狗|猫咪|小猫|猫|宠物|犬|鹦鹉|兔子|仓鼠|龙猫|乌龟|鸟)"
ANIMAL_HURT = re.compile(
    _ANIMAL + r"(?:的)?[^。？！，,咬抓扑啃踢我人孩]{0,8}"
    r"(?:骨折|受伤|伤了|弄伤|烫伤|划伤|剪伤|剪破|割伤|割破|摔伤|流血|缝了?[几一两二三四五六七八九十\d]*针|感染|"
    r"烫坏|瘸|断了|死了|死掉|死亡)|"
    + _ANIMAL + r"被[^。？！，,我人孩]{0,6}(?:咬|抓|撞|打|踢|夹|压)(?:伤|死|断|坏|破|了)|"
    + r"(?:把|将)(?:我家|我的|家里的?|我们家)?(?:的)?" + _ANIMAL + r"[^。？！，,]{0,6}"
    r"(?:弄|摔|烫|剪|打|撞|夹|刮|划|压)(?:伤|骨折|断|死|破|坏)")
# A person of the family hurt (whatever else was): the personal-injury rules stay quotable
PERSON_HURT = re.compile(r"(?:我|孩子|小孩|儿子|女儿|老人|家人|父亲|母亲|妈|爸|老公|老婆|本人|人)"
                         r"[^。？！，,狗猫宠犬]{0,6}(?:受伤|骨折|烫伤|烧伤|割伤|摔伤|流血|缝针|住院|咬伤|抓伤|被咬|被抓|过敏|"
                         r"中毒|打针|疫苗)")
# The e-commerce rule on tie-in sales (a thing or a service bundled, a box ticked by default):
# only where something was bundled or opted into unasked, not for any renewal or order online
TIE_IN_KEY = "电子商务法:19"
TIE_IN = re.compile(r"搭售|搭配|捆绑|强制|强迫|必须(?:买|购|办|开|同时|先)|才(?:能|给|卖)|被要求|不买[^。？！]{0,8}不|"
                    r"勾选|打勾|打钩|默认|附加|顺带|顺便(?:开|买|订|办)|一起(?:开通|订购|买了|收费)|"
                    r"额外(?:开通|订购|购买|加了)|自动(?:开通|加购|订购)|偷偷(?:开通|加|订)|没注意.{0,6}(?:选|勾)|"
                    r"(?:附带|送的|赠送的?)[^。？！，]{0,6}(?:会员|服务|保险)")
# The product-quality law is for goods made and sold: a bank's or a broker's product (a wealth
# plan, a fund, a deposit) is none, unless a physical thing (gold bars, coins) was bought
PRODUCT_QUALITY_LAW = "产品质量法"
FINANCIAL_PRODUCT = re.compile(r"理财|基金|存款|定存|股票|债券|信托|资管|P2P|p2p|保本|收益率|年化")
# 消法28: the information a business selling at a distance, and a financial service's, owes
REMOTE_AND_FINANCE_KEY = "消费者权益保护法:28"
FINANCE_SERVICE = re.compile(r"银行|保险公司|证券|券商|理财|基金|信托|保险(?:产品|业务员|代理人|推销|销售)")
PHYSICAL_GOLD = re.compile(r"金条|金币|纪念币|银条|实物|首饰|金饰")
PRICE_PENALTY_LAW = "价格违法行为行政处罚规定"
CAR_RULES_LAW = "家用汽车产品修理更换退货责任规定"
CAR_RECALL_LAW = "缺陷汽车产品召回管理条例"
# A car damaged on the road (a burst tyre, a crash, a scrape, a flood), and a car's own fault or
# its warranty told
CAR_MISHAP = re.compile(r"爆(?:了)?胎|胎爆了|扎(?:了)?胎|轮胎被扎|撞(?:了|到|上|坏)|追尾|被撞|剐蹭|刮蹭|蹭了|"
                        r"事故|碰撞|泡水|被淹|水淹|"
                        r"压到(?:石头|东西|钉子)|磕到(?:石头|底盘)|托底|拖底")
CAR_FAULT = re.compile(r"质量|故障|三包|保修|包修|质保|异响|自燃|召回|缺陷|新车|刚买|刚提|提车|鼓包|漏油|抖动|"
                       r"熄火|亮灯|报警灯|毛病|坏了")
# The rules on damages for a person's injury (medical costs, lost wages): beside the point when
# only an animal was hurt
PERSONAL_INJURY_KEYS = frozenset({"消费者权益保护法:49", "民法典:1179"})


def only_an_animal_hurt(question: str) -> bool:
    """An animal of the consumer's is told hurt and no person is."""
    return bool(ANIMAL_HURT.search(question)) and not PERSON_HURT.search(question)


# A thing of the consumer's harmed (soiled, broken, lost), and any word of a body, a pain or
# a doctor (read widely: "手机" keeps the injury rules too, a miss costs more than a spare rule)
THING_HARMED = re.compile(r"弄脏|弄湿|蹭脏|(?:洒|泼|溅)(?:到|在|了)|弄坏|搞坏|损坏|划坏|划花|刮花|刮坏|洗坏|修坏|"
                          r"擦花|擦坏|弄花|磕坏|砸坏|摔坏|摔碎|弄丢|丢了|丢失|被盗|被偷|染色|缩水|褪色|变形|泡坏")
# (a thing dropped, "摔坏", "摔碎", tells of no body)
BODY_TOLD = re.compile(r"伤|疼|痛|肿|病|医|药|住院|过敏|中毒|拉肚子|腹泻|呕吐|吐了|晕|骨折|流血|疤|烫|烧|割|"
                       r"摔(?!坏|碎|裂|烂)|跌|滑倒|"
                       r"死|身体|人身|皮肤|脸|眼|头|手|脚|腿|腰|牙|嘴|鼻|耳|背|胸|肚|命|残|孕|精神|惊吓|吓|孩子|小孩|老人")


def only_a_thing_harmed(question: str) -> bool:
    """A thing of the consumer's is told harmed and no word of a person's body or health."""
    return bool(THING_HARMED.search(question)) and not BODY_TOLD.search(question)


def fits(key: str, question: str) -> bool:
    """Whether the article (a "law:number" key) may be quoted for this question: a rule of
    a special field only when the question is in that field; general rules always, except
    the personal-injury damages when only an animal or a thing was harmed."""
    if key in PERSONAL_INJURY_KEYS and (only_an_animal_hurt(question) or only_a_thing_harmed(question)):
        return False
    if key == TIE_IN_KEY and not TIE_IN.search(question):
        return False
    if key.startswith(PRODUCT_QUALITY_LAW + ":") and FINANCIAL_PRODUCT.search(question) \
            and not PHYSICAL_GOLD.search(question):
        return False
    if key == REMOTE_AND_FINANCE_KEY and FINANCE_SERVICE.search(question):
        return True  # 消法28 names the securities, insurance and banking services beside selling online
    field = field_of(key)
    if field is None:
        return True
    found = question_fields(question)
    # the household-car rules (a spare car from the sixth day, a new car after four repairs) are
    # the maker's warranty for a car's faults: not for a car a road mishap damaged and that waits
    # at a garage, unless a fault or the warranty is told beside it
    if (key.startswith(CAR_RULES_LAW + ":") or key.startswith(CAR_RECALL_LAW + ":")) and CAR_MISHAP.search(question) \
            and not CAR_FAULT.search(question):
        return False
    # the fines for price offences only where a price is the business's offence (a kitchen's
    # hygiene or a helper's health certificate is fined under the food law, not these)
    if key.startswith(PRICE_PENALTY_LAW + ":") and "price" not in found:
        return False
    return field in found


def law_fits(law: str, question: str) -> bool:
    """The same for a whole law (its field, if it has one)."""
    return fits(f"{law}:0", question)
