"""Collects competitors' prices and seller contact details from their item pages."""
import scrapy


class CompetitorPriceSpider(scrapy.Spider):
    name = "competitor_prices"
    start_urls = ["https://www.example-mall.cn/category/phones"]

    def parse(self, response):
        for href in response.css("a.item-link::attr(href)").getall():
            yield response.follow(href, callback=self.parse_item)

    def parse_item(self, response):
        yield {
            "title": response.css("h1::text").get(),
            "price": response.css(".price::text").re_first(r"[\d.]+"),
            "seller_name": response.css(".seller .name::text").get(),
            "seller_phone": response.css(".seller .tel::text").get(),
        }
