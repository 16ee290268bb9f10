"""A short answer to the problem question that tells what happened in words no trouble list holds is the account
(the question asked takes precedence); what was bought, a question back, not knowing, or a verdict alone is not.
All wordings are our own."""
import pytest

from complaint.extract.problem import normalise_problem, only_a_verdict


@pytest.mark.parametrize("said", ["保温杯的漆掉了", "快递员把箱子摔瘪了", "面包里有根头发", "牙刷柄断成两截了",
                                  "商场停车收我五十", "屏幕上出现一道白线", "外卖被人偷吃了", "瓷砖颜色变色了",
                                  "包间收服务费"])
def test_a_short_account_of_what_happened_is_taken(said):
    assert normalise_problem(said).value == said


@pytest.mark.parametrize("said", ["淘宝上买的衬衫", "在药店买了盒感冒药", "报了个游泳班", "美的空调",
                                  "这种情况你们管吗", "记不清了", "没有了", "多久能处理"])
def test_what_was_bought_a_question_or_nothing_is_asked_again(said):
    assert normalise_problem(said).value is None


def test_a_judging_word_inside_a_trouble_word_or_beside_what_happened_is_no_verdict_alone():
    assert not only_a_verdict("窗帘色差很大")           # 差 of 色差
    assert not only_a_verdict("西瓜切开全烂了 老板说不退")  # what the seller said is told beside it
    assert only_a_verdict("这家店太坑了")
    assert only_a_verdict("服务太差")
