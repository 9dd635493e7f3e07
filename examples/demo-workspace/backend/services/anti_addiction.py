"""未成年人模式与防沉迷: real-name check, age gate and guardian consent for live-stream tipping."""
from datetime import date

from backend.models.user import YongHu

MINOR_AGE = 18
MINOR_DAILY_MINUTES = 40  # 青少年模式每日使用时长上限


def age_of(user: YongHu, today: date | None = None) -> int | None:
    if user.chusheng_riqi is None:
        return None
    today = today or date.today()
    born = user.chusheng_riqi
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def is_minor(user: YongHu) -> bool:
    age = age_of(user)
    # Users who have not passed 实名认证 are treated as minors.
    return age is None or age < MINOR_AGE


def can_tip_streamer(user: YongHu, guardian_consent: bool) -> bool:
    """Minors may not tip streamers without guardian consent (监护人同意)."""
    return not is_minor(user) or guardian_consent


def minutes_left_today(user: YongHu, used_minutes: int) -> int | None:
    if not is_minor(user):
        return None
    return max(0, MINOR_DAILY_MINUTES - used_minutes)
