"""ORM models for the user account (用户) and its shipping addresses."""
from datetime import date, datetime
from typing import Optional

from sqlalchemy import BigInteger, Date, DateTime, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class YongHu(Base):
    """用户 — a registered shopper."""

    __tablename__ = "yonghu"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    xingming: Mapped[str] = mapped_column(String(32))  # 姓名
    shouji: Mapped[str] = mapped_column(String(11), unique=True)  # 手机号
    sfzh: Mapped[Optional[str]] = mapped_column(String(18))  # 身份证号，实名认证后写入
    chusheng_riqi: Mapped[Optional[date]] = mapped_column(Date)
    dizhi: Mapped[Optional[str]] = mapped_column(String(255))
    face_feature: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)

    def dedup_key(self) -> str:
        # Only a hash of the phone number leaves this object (used to merge duplicate sign-ups).
        return str(hash(self.shouji))
