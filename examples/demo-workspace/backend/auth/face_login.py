"""刷脸登录: compares a selfie with the face encoding stored at sign-up."""
import face_recognition
import numpy as np
from fastapi import APIRouter, HTTPException, UploadFile

from backend.models.user import YongHu
from backend.db import session

router = APIRouter()
MATCH_TOLERANCE = 0.45


@router.post("/auth/face-login")
async def face_login(shouji: str, selfie: UploadFile) -> dict:
    user = session.query(YongHu).filter_by(shouji=shouji).one_or_none()
    if user is None or user.face_feature is None:
        raise HTTPException(status_code=404, detail="未开通刷脸登录")
    image = face_recognition.load_image_file(selfie.file)
    encodings = face_recognition.face_encodings(image)
    if not encodings:
        raise HTTPException(status_code=400, detail="未检测到人脸")
    known = np.frombuffer(user.face_feature, dtype=np.float64)
    if not face_recognition.compare_faces([known], encodings[0], tolerance=MATCH_TOLERANCE)[0]:
        raise HTTPException(status_code=401, detail="人脸不匹配")
    return {"user_id": user.id}
