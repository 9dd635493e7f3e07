"""先用后付 (buy now, pay later): decides eligibility automatically from a risk score."""
from backend.models.user import YongHu
from backend.risk import score_model

AUTO_APPROVE_SCORE = 620


def credit_score(user: YongHu, order_history: list[dict]) -> float:
    features = [len(order_history), sum(o["amount_fen"] for o in order_history) / 100.0]
    return float(score_model.predict([features])[0])


def decide_pay_later(user: YongHu, order_history: list[dict]) -> str:
    score = credit_score(user, order_history)
    if score >= AUTO_APPROVE_SCORE:
        return "auto_approve"
    return "auto_reject"
