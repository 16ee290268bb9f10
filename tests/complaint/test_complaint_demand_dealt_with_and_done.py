"""Demands read as the consumer meant them (issue 16).

- Asked what is wanted, to report the business ("退款 举报他们") is to have it dealt with: 依法查处 was missing.
- The work come to do at once ("马上来装 不然退钱", "赶紧上门给装") is the service as bought (继续履行): only the
  money back was read.
- A seal broken on the goods ("拆封了不能退") is no shop sealed: an opening that asked whether a refusal was lawful
  was stored with the demand 依法查处."""
from complaint.extract import find_demands, normalise_demand


def _kinds(said: str) -> list[str]:
    value = normalise_demand(said).value or ""
    return value.split("（")[0].split("、")


# reporting the business, said as the demand
def test_money_back_and_the_shop_reported():
    assert _kinds("先把钱退了 再举报这个商家") == ["退款", "依法查处"]


def test_reported_to_the_bureau_alone():
    assert _kinds("我就是要检举他们") == ["依法查处"]
    assert _kinds("举报这家店") == ["依法查处"]


def test_repair_then_reported():
    assert _kinds("修好 另外举报一下他们的售后") == ["维修", "依法查处"]


def test_a_report_made_already_or_asked_about_is_no_demand():
    assert _kinds("之前已经举报过了 这回只要退款") == ["退款"]
    assert normalise_demand("你们举报电话是几号").value is None


# the work come to do at once
def test_come_and_install_at_once_or_refund():
    assert _kinds("让他们赶快来安装 装不了就退钱") == ["继续履行", "退款"]


def test_come_to_fit_it_said_bare():
    assert _kinds("立刻派人上门装") == ["继续履行"]
    assert _kinds("快点过来给我装") == ["继续履行"]


def test_handed_over_on_time():
    assert _kinds("按时交房 不然赔违约金") == ["继续履行", "赔偿"]


def test_come_and_repair_is_still_a_repair():
    assert _kinds("尽快来修") == ["维修"]


# a seal broken on the goods
def test_unsealed_goods_refused_is_no_shop_to_close():
    assert find_demands("耳机拆封了就说不能退 这样合理吗") == []
    assert find_demands("手机开封了店里不给退") == []


def test_a_wrapper_broken_names_no_demand():
    assert find_demands("化妆品塑封了 拆了就不退") == []


def test_a_shop_to_be_closed_down_is_still_read():
    assert find_demands("这种黑作坊就该给封了") == ["依法查处"]
    assert find_demands("把这家店封掉") == ["依法查处"]
