"""Demands in the many ways people say them: conditional, alternatives, vague, several at
once, with laws and multiples; what the merchant refused and a question about how much are
no demand. Every category is named, the consumer's own words kept beside it when they add to it."""
import pytest

from actions import dialogue
from complaint import extract as ex


@pytest.mark.parametrize("said, categories", [
    ("修不好就退", ["维修", "退货", "退款"]),
    ("能退就退，不能退就换", ["退货", "退款", "换货"]),
    ("要么换要么退", ["换货", "退货"]),
    ("该怎么赔就怎么赔", ["赔偿"]),
    ("多少赔点吧", ["赔偿"]),
    ("按消法第55条赔我", ["赔偿"]),
    ("我要他们退钱还要赔我误工费", ["退款", "赔偿"]),
    ("退款，另外精神损失费也要", ["退款", "赔偿"]),
    ("把多收的钱退给我", ["退款"]),
    ("退多收的600", ["退款"]),
    ("返还剩余课时费", ["退款"]),
    ("把押金还我", ["退款"]),
    ("注销副卡 费用退回", ["退款"]),
    ("全退", ["退货", "退款"]),
    ("希望商家重新做一次", ["继续履行"]),
    ("免费重做", ["继续履行"]),
    ("补发一个", ["继续履行"]),
    ("依法处理，该罚就罚", ["依法查处"]),
    ("换新的，再赔我其他损失", ["换货", "赔偿"]),
    ("退钱，按规定赔偿", ["退款", "赔偿"]),
    ("按照食品安全法十倍赔偿", ["十倍赔偿"]),
    ("商家不给退款，要求赔偿", ["赔偿"]),       # the refusal is the story, the demand is 赔偿
    ("他们拒绝赔偿，我要退货", ["退货"]),
    ("能要求三倍赔偿吗", ["三倍赔偿"]),           # asking for a named demand still names it
    ("换货，人工费他们出", ["换货", "赔偿"]),       # the cost borne by them is compensation
    ("维修费商家承担", ["赔偿"]),
    ("让我们用或者退钱", ["继续履行", "退款"]),     # let us use what was bought
    ("发货或者退款", ["继续履行", "退款"]),
])
def test_every_category_is_named(said, categories):
    value = ex.normalise_demand(said).value
    assert value is not None
    named = value.split("（")[0].split("、")
    assert all(c in named for c in categories), value
    if len(categories) == 1 and categories[0] in ("退款", "赔偿"):
        assert "退货" not in named  # money back is no return of goods


@pytest.mark.parametrize("said", ["修不好就退", "能退就退，不能退就换", "该怎么赔就怎么赔"])
def test_a_condition_keeps_the_consumers_words(said):
    assert said in ex.normalise_demand(said).value


def test_the_order_said_is_kept():
    assert ex.normalise_demand("修不好就退").value.startswith("维修、")
    assert ex.normalise_demand("要么换要么退").value.startswith("换货、")


@pytest.mark.parametrize("said", ["这种情况能赔多少啊", "一般赔几倍", "怎么赔", "不发货他们是不是要赔我"])
def test_a_question_about_how_much_is_no_demand(said):
    assert ex.normalise_demand(said).value is None
    assert not dialogue.gives_value("demand", said)


@pytest.mark.parametrize("said", ["修不好就退", "该怎么赔就怎么赔", "依法处理，该罚就罚", "要么换要么退"])
def test_the_demand_question_takes_these_whatever_the_intent(said):
    for intent in ("inform", "ask_law", "check_status", "cancel"):
        got, error = dialogue.fill_from_message({"text": said, "intent": {"name": intent}},
                                                "complaint_form", "demand", {"problem": "冰箱坏了"})
        assert error is None and got["demand"], (intent, got)


@pytest.mark.parametrize("said, categories", [
    ("免费返工 耽误的时间要赔偿", ["继续履行", "赔偿"]),   # 免费 is no money back
    ("要么赶紧安排练车 要么退钱", ["继续履行", "退款"]),
])
def test_the_service_done_as_agreed(said, categories):
    named = ex.normalise_demand(said).value.split("（")[0].split("、")
    assert named[:len(categories)] == categories


@pytest.mark.parametrize("said, categories", [
    ("给我办转网", ["继续履行"]),
    ("送货上门 道歉", ["继续履行", "赔礼道歉"]),
    ("违约金免了", ["退款"]),
    ("把套餐改回原来的 多扣的退了", ["继续履行", "退款"]),
])
def test_more_ways_of_asking_for_it(said, categories):
    named = ex.normalise_demand(said).value.split("（")[0].split("、")
    assert named == categories


def test_wanting_to_complain_is_no_demand():
    # "我要投诉" says what the consumer wants of us, not of the merchant
    assert "demand" not in ex.extract_all("就是想问问驾校不给安排练车能投诉吗 我要投诉")


@pytest.mark.parametrize("said", ["不清楚 就是华强北那边的一个维修档口", "退货地址不对", "售后电话打不通"])
def test_a_demand_word_naming_a_place_asks_for_nothing(said):
    assert ex.find_demands(said) == []


@pytest.mark.parametrize("said, categories", [
    ("按照法律规定 该赔多少赔多少", ["赔偿"]),        # as much as is due: said, not asked
    ("根据消法第五十五条 我要求退一赔三", ["退款", "三倍赔偿"]),
    ("依法处罚商家 退我钱", ["依法查处", "退款"]),
    ("双倍返还定金", ["双倍赔偿", "退款"]),
])
def test_demands_with_laws_and_multiples(said, categories):
    for intent in ("inform", "ask_law"):
        got, error = dialogue.fill_from_message({"text": said, "intent": {"name": intent}},
                                                "complaint_form", "demand", {"problem": "假货"})
        assert error is None and got["demand"].split("（")[0].split("、") == categories


def test_asking_the_bureau_to_look_into_the_business_is_a_demand_for_investigation():
    from complaint.extract import normalise_demand
    assert normalise_demand("把少的钱退给我 这种秤你们得查一下").value.startswith("退款、依法查处")
    assert "依法查处" not in (normalise_demand("我查一下订单号").value or "")


@pytest.mark.parametrize("said, wanted, declined", [
    ("不要退货 要修好", ["维修"], ["退货"]),
    ("不用退钱 给我换一台", ["换货"], ["退款"]),
    ("我不想退 换个新的就行", ["换货"], ["退货", "退款"]),
    ("不需要赔偿 退款就行", ["退款"], ["赔偿"]),
    ("也不要什么赔偿 把钱退了", ["退款"], ["赔偿", "退货"]),
    ("不要道歉 要赔钱", ["赔偿"], ["赔礼道歉"]),
])
def test_a_demand_the_consumer_declines_is_not_stored(said, wanted, declined):
    named = ex.normalise_demand(said).value.split("（")[0].split("、")
    assert all(c in named for c in wanted) and not any(c in named for c in declined), named


@pytest.mark.parametrize("said, categories", [
    ("正常给我上课 不然退钱", ["继续履行", "退款"]),      # the service as it should be
    ("把丢的包裹找回来 找不回就赔", ["继续履行", "赔偿"]),
    ("免费给我重做一副", ["继续履行"]),
    ("帮我直接注销 不要再扣了", ["继续履行"]),
    ("退钱 还有你们好好查查这家", ["退款", "依法查处"]),
])
def test_the_service_done_as_agreed_and_an_investigation_in_other_words(said, categories):
    named = ex.normalise_demand(said).value.split("（")[0].split("、")
    assert all(c in named for c in categories), named


def test_what_the_merchant_did_told_in_the_past_is_no_demand():
    assert ex.find_demands("维修店给我换了个二手电池 还收新电池的钱") == []


@pytest.mark.parametrize("said, categories", [
    ("补差价给我", ["退款"]), ("退回多扣的流量费", ["退款"]), ("要回我交的押金", ["退款"]),
    ("把这个店封了", ["依法查处"]),
])
def test_money_back_and_action_against_the_shop_in_other_words(said, categories):
    named = ex.normalise_demand(said).value.split("（")[0].split("、")
    assert all(c in named for c in categories), named
