"""Order service: a realistic mix of ordinary code and personal data, used by the edit-latency benchmark."""
import logging
from dataclasses import dataclass
from datetime import datetime

logger = logging.getLogger(__name__)


@dataclass
class Customer:
    customer_id: int
    name: str
    phone: str  # 手机号
    id_card: str  # 身份证号
    address: str
    created_at: datetime


def order_total(items, discount=0.0):
    """Sum the item prices and apply a discount."""
    subtotal = sum(item.price * item.quantity for item in items)
    return round(subtotal * (1 - discount), 2)


def shipping_fee(weight_kg, distance_km):
    base = 8.0
    if weight_kg > 5:
        base += (weight_kg - 5) * 1.5
    return base + distance_km * 0.02


def create_order(customer, items):
    total = order_total(items)
    logger.info("order created for customer %s total %s", customer.customer_id, total)
    return {"customer": customer.customer_id, "total": total, "items": len(items)}


def paginate(rows, page, size=20):
    start = (page - 1) * size
    return rows[start:start + size]
