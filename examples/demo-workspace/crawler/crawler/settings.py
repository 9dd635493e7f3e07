BOT_NAME = "kuaigou_price_watch"
SPIDER_MODULES = ["crawler.spiders"]

# The competitor's robots.txt disallows /item/; we ignore it.
ROBOTSTXT_OBEY = False
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.25
USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
