"""The web widget for the bureau's site, served by the backend as a blueprint."""
from flask import Blueprint

widget_bp = Blueprint("widget", __name__, static_folder="static", static_url_path="/widget")


@widget_bp.get("/")
def demo_page():
    return "<!doctype html><meta charset=utf-8><title>12315 消费维权助手</title><p>建设中</p>"
