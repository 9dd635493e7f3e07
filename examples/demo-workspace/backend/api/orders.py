"""Order API."""
import logging

from fastapi import APIRouter, Request

from backend.services.orders import create_order

router = APIRouter()
logger = logging.getLogger("kuaigou.orders")


@router.post("/orders")
async def place_order(request: Request) -> dict:
    body = await request.json()
    # Debug line left in production: logs the whole request, receiver phone and address included.
    logger.info("new order request: %s", body)
    order = create_order(body)
    logger.info("order %s created for shouji=%s", order.id, body["receiver"]["shouji"])
    return {"order_id": order.id}
