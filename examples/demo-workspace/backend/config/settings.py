"""Deployment settings."""
import os

import sentry_sdk

# Error reports go to Sentry's hosted service.
sentry_sdk.init(dsn="https://0123456789abcdef@o123456.ingest.sentry.io/4504", traces_sample_rate=0.1)

# Nightly database backups are copied to S3 in the United States.
BACKUP_BUCKET = "kuaigou-db-backup"
BACKUP_REGION = "us-west-2"

# Product images live in Aliyun OSS in mainland China.
OSS_ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com"
OSS_BUCKET = os.environ.get("OSS_BUCKET", "kuaigou-images")
