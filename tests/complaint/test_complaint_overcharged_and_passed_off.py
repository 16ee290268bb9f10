"""Trouble told as gouging, a price far above what others ask, or one thing sold as another."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", [
    "景区门口那家饭馆宰客",
    "吃了顿烧烤被宰了",
    "配副眼镜收了八百 网上才一百多",
    "打个疫苗收四百 社区医院只要两百",
    "展示机当新机卖给我",
    "把国产货当进口的出售",
    "翻新手机当全新的卖",
])
def test_told_as_trouble(text):
    assert ex.find_problem(text)


@pytest.mark.parametrize("text", [
    "当时卖给我的时候说是新的",
    "当天买的",
    "网上才看到这家店",
])
def test_no_trouble_in_these(text):
    assert not ex.find_problem(text)
