# Chronicle: slim image, dependencies in their own cached layer, non-root user,
# migrations applied by `chronicle serve` before uvicorn starts.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv

# Dependencies first: this layer is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN mkdir -p app migrations \
    && touch app/__init__.py migrations/__init__.py \
    && pip install . \
    && pip uninstall -y chronicle \
    && rm -rf app migrations build

COPY app ./app
COPY migrations ./migrations
RUN pip install --no-deps . && rm -rf build

RUN useradd --create-home --uid 10001 chronicle \
    && mkdir /data && chown chronicle /data
USER chronicle

ENV DATABASE_URL=sqlite:////data/chronicle.db
VOLUME ["/data"]
EXPOSE 8000
CMD ["chronicle", "serve", "--host", "0.0.0.0", "--port", "8000"]
