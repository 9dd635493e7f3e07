"""Personalised short-video feed: user tags + a CTR model rank candidate videos for each user."""
from dataclasses import dataclass

import lightgbm as lgb
import numpy as np

from backend.recommend.store import load_user_tags, recent_clicks

CTR_MODEL_PATH = "models/ctr_lgbm.txt"


@dataclass
class Candidate:
    video_id: int
    author_id: int
    category: str
    duration_s: int


class FeedRanker:
    def __init__(self) -> None:
        self.ctr_model = lgb.Booster(model_file=CTR_MODEL_PATH)

    def features(self, user_id: int, item: Candidate) -> list[float]:
        user_tags = load_user_tags(user_id)  # 用户画像标签 → weight
        clicks = recent_clicks(user_id, days=7)
        return [
            user_tags.get(item.category, 0.0),
            float(sum(1 for c in clicks if c.author_id == item.author_id)),
            float(item.duration_s),
        ]

    def rank_feed(self, user_id: int, candidates: list[Candidate], k: int = 20) -> list[Candidate]:
        x = np.array([self.features(user_id, c) for c in candidates])
        predicted_ctr = self.ctr_model.predict(x)
        order = np.argsort(-predicted_ctr)
        return [candidates[i] for i in order[:k]]


# Editor-curated list shown on the home page: the same for everyone, not personalised.
RECOMMENDED_PRODUCTS = [1001, 1002, 1017]
