# diplo API: slim Python, non-root, migrations applied at start.

# The extractor compiled with mypyc (`make native`): gcc and the headers are in the full image.
FROM python:3.11 AS native
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY scripts/build_native.py ./scripts/
RUN pip install --no-cache-dir . "mypy>=1.11" types-python-dateutil \
    && DIPLO_NATIVE_DIR=/native python scripts/build_native.py

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite:////data/diplo.db \
    DIPLO_MIGRATIONS_DIR=/app/migrations \
    DIPLO_NATIVE_DIR=/opt/diplo-native

RUN useradd --create-home --uid 10001 diplo \
    && mkdir /data && chown diplo:diplo /data

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
RUN pip install .
# Imported only while it matches app/extract (`diplo info` says which build runs).
COPY --from=native /native /opt/diplo-native

USER diplo
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"

CMD ["sh", "-c", "diplo db upgrade && exec uvicorn app.main:app --host 0.0.0.0 --port 8000"]
