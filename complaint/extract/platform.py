"""Online platforms (京东, 淘宝, 拼多多…): where a shop sells, not the shop itself."""
from __future__ import annotations

import re

ONLINE_PLATFORMS = (
    "京东", "淘宝", "天猫", "拼多多", "抖音", "快手", "美团", "饿了么", "唯品会", "苏宁易购",
    "小红书", "闲鱼", "携程", "去哪儿", "飞猪", "得物", "亚马逊", "当当", "微信小程序", "直播间",
)
_ONLINE_HINT = re.compile("|".join(ONLINE_PLATFORMS) + r"|网店|网购|网上|线上|直播|小程序|APP|app|App")
