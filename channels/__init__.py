"""Channel bridges: WeChat Official Account, Telegram, and the web widget."""
