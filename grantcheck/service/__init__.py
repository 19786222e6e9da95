"""The upload pre-screening service (CONTRACT.md, `grantcheck serve`): FastAPI on uvicorn, jobs in SQLite."""
