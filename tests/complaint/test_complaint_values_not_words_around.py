"""Values that are not the words around them (all wordings our own): a product said as the change to make
("写…", "改回…") is the product without those words; cheating said as "做了手脚" is no product; a kind of proof
inside the name of something else ("视频会员", "短视频", "录音笔") is no proof held."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, product", [("写家政保洁服务", "家政保洁服务"), ("改回音乐会员", "音乐会员"),
                                           ("就写定制衣柜", "定制衣柜"), ("换成婚纱照套餐", "婚纱照套餐")])
def test_a_product_said_as_the_change_to_make(said, product):
    assert ex.normalise_product(said).value == product


@pytest.mark.parametrize("said", ["写字台", "写真集", "填充枕"])
def test_a_product_that_starts_like_writing_keeps_its_name(said):
    assert ex.normalise_product(said).value == said


@pytest.mark.parametrize("said", ["出租车计价器做了手脚，多收了一倍", "他家的秤做了手脚", "电表做的手脚"])
def test_cheating_is_no_product(said):
    assert ex.find_product(said) != "手脚"


def test_a_thing_done_is_still_the_product():
    assert ex.find_product("在他家做了个烫发") == "烫发"


@pytest.mark.parametrize("said", ["我有腾讯视频会员的扣费短信", "开了个短视频账号", "买的录音笔坏了",
                                  "视频号直播间买的"])
def test_a_kind_of_proof_inside_another_name_is_none(said):
    assert "视频" not in (ex.find_evidence(said) or "") and "录音" not in (ex.find_evidence(said) or "")


@pytest.mark.parametrize("said, held", [("我有视频和聊天记录", "聊天记录、视频"), ("录音我都留着", "录音"),
                                        ("有照片 有发票", "发票、照片")])
def test_proof_held_is_still_read(said, held):
    assert ex.find_evidence(said) == held
