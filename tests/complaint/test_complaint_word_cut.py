"""The thing bought never ends inside a word (issue 16): "订的酒店床单上有血" is no 酒店床 (床 of 床单); a
booked stay is the stay there (酒店住宿)."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("story, thing", [("在携程订的宾馆床单上全是头发", "宾馆住宿"),
                                          ("飞猪上订的民宿床单发霉", "民宿住宿"),
                                          ("去哪儿订的酒店床单没换", "酒店住宿")])
def test_a_thing_cut_inside_a_word_is_no_thing_bought(story, thing):
    assert ex.find_story_product(story) == thing


@pytest.mark.parametrize("story, thing", [("买的床垫有股怪味", "床垫"), ("在京东买的电动车电池鼓包", "电动车电池"),
                                          ("网上买的小熊电热水壶漏电", "小熊电热水壶")])
def test_a_thing_that_ends_where_its_word_ends_is_kept(story, thing):
    assert ex.find_story_product(story) == thing
