"""One settings object, read from `PLANS_*` environment variables (and `.env`), built once by
the app factory or the CLI and passed down. Bad values fail fast with a message naming the
variable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from plans.errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANS_", env_file=".env", extra="ignore")

    index_dir: Path = Field(Path(".plans-index"), description="Embedded Chroma directory.")
    chroma_host: str | None = Field(None, description="Chroma server host; embedded when unset.")
    chroma_port: int = Field(8000, ge=1, le=65535)
    collection: str = Field("plans", pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{1,60}[A-Za-z0-9]$")
    data_dir: Path = Field(Path("data/plans"), description="Default folder for `plans ingest`.")
    embed_model: Literal["minilm", "e5", "use"] = Field(
        "e5", description="Embedding model: e5 (multilingual-e5-small, the default), minilm (English), use (multilingual USE)."
    )
    sentence_model: Literal["use", "same", "none"] = Field(
        "use", description="Model that compares candidate answer sentences with the question: use (fast, "
        "multilingual), same (the embedding model), none (words only)."
    )
    embed_batch: int = Field(32, ge=1, le=512)
    top_k: int = Field(8, ge=1, le=50, description="Passages the answer is composed from.")
    min_confidence: float = Field(0.0, ge=-1.0, le=1.0, description="Added to the calibrated abstention threshold.")
    api_url: str = Field("http://127.0.0.1:8000", description="Where the UI finds the API.")
    max_upload_mb: int = Field(20, ge=1, le=500, description="Largest uploaded file, in MiB.")
    max_body_kb: int = Field(2048, ge=16, le=65536, description="Largest JSON request body, in KiB.")
    max_history_turns: int = Field(50, ge=0, le=1000, description="Most earlier turns a question may carry.")
    max_history_chars: int = Field(200_000, ge=0, le=5_000_000, description="Most characters in all those turns.")
    file_timeout: float = Field(300.0, ge=0, description="Seconds to read and chunk one file (0: no limit).")
    # An optional language model writes the answers (every sentence is still checked against
    # its passage); off while llm_base_url is unset.
    llm_provider: Literal["openai", "ollama"] = Field("openai", description="OpenAI-compatible server, or Ollama.")
    llm_base_url: str | None = Field(None, description="e.g. http://127.0.0.1:8080/v1 or http://127.0.0.1:11434")
    llm_model: str | None = Field(None, validate_default=True, description="Model name the server knows.")
    llm_api_key: SecretStr | None = Field(None, description="Bearer key for the server, if it needs one.")
    llm_timeout: float = Field(60.0, gt=0, le=600, description="Seconds one answer may take before falling back.")

    @field_validator("chroma_host", "llm_base_url", "llm_api_key", mode="before")
    @classmethod
    def _blank_is_none(cls, v: object) -> object:
        return v or None

    @field_validator("llm_base_url")
    @classmethod
    def _an_http_url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v.rstrip("/") if v else v

    @field_validator("llm_model", mode="before")
    @classmethod
    def _model_named(cls, v: object, info: ValidationInfo) -> object:
        if info.data.get("llm_base_url") and not v:
            if info.data.get("llm_provider") == "ollama":
                raise ValueError("required with PLANS_LLM_BASE_URL for Ollama (e.g. llama3.2)")
            return "default"  # llama.cpp's server and vLLM with one model take any name
        return v or None

    @property
    def llm_enabled(self) -> bool:
        return self.llm_base_url is not None

    @property
    def embedded(self) -> bool:
        return self.chroma_host is None


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment (and overrides), or raise a one-line ConfigError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "settings"
        env = f"PLANS_{field.upper()}"
        raise ConfigError(f"{env}: {err['msg']} (got {err.get('input')!r})") from None
