"""A story told with a question about rights (issue 16), in wordings of our own: what each
clause tells is the account carried into the complaint, without the asking ("我想问一下…",
"…找谁", "…这种算不算…"); a question that only names what the law calls the case ("算不算欺诈")
tells nothing of what happened; "办了个什么套餐" names something, it asks nothing."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue, intake


@pytest.mark.parametrize("said, told", [
    ("早点铺买的包子 馅是馊的 吃了拉肚子找谁赔", "早点铺买的包子，馅是馊的，吃了拉肚子"),
    ("我想问一下那个理发店充的卡现在关门了这种能不能要回来", "理发店充的卡现在关门了"),
    ("请问超市的秤不准 少给了二两 该怎么办", "超市的秤不准，少给了二两"),
    ("你好 加油站加的油掺了水 车子打不着火 谁负责", "加油站加的油掺了水，车子打不着火"),
])
def test_what_each_clause_tells_is_kept(said, told):
    assert intake.story_of(said) == told


@pytest.mark.parametrize("said", ["七天无理由退货是怎么规定的", "预付卡到底受不受法律保护", "请问网购能退货吗"])
def test_a_general_question_tells_no_story(said):
    assert intake.story_of(said) == ""


@pytest.mark.parametrize("said", ["收了个什么服务费 三百块", "手机里被装了个什么软件一直扣钱",
                                  "营业厅给我开了个什么会员"])
def test_something_unnamed_is_no_question(said):
    assert not dialogue.is_question(said)


@pytest.mark.parametrize("said", ["这样算不算违法", "这种是不是虚假宣传", "这个属于质量问题吗", "他们这算欺诈吧？"])
def test_a_question_about_what_the_law_calls_it_is_no_account(said):
    assert not dialogue.gives_value("problem", said)


@pytest.mark.parametrize("said", ["冰箱用了三天就不制冷了 能退吗", "买的鞋开胶了这种算质量问题吗",
                                  "健身房突然关门了卡里还有两千 怎么办"])
def test_a_story_with_a_question_is_an_account(said):
    assert dialogue.gives_value("problem", said)


@pytest.mark.parametrize("said", ["这个事找消协还是找你们", "我是打12315还是去工商局", "问商家还是问平台"])
def test_where_to_turn_is_a_question(said):
    assert dialogue.is_question(said)
