"""The LLM composer: a language model writes the answer from numbered passages, and our code
keeps only what the passages support.

The model (any OpenAI-compatible server, or Ollama, through llama-index) sees the
conversation, the top passages numbered [1]..[n] and the question, and must cite a passage
after every sentence. Each sentence is checked as soon as it is complete (`Grounder`): a
sentence that cites nothing, cites a passage that does not exist, or that its passage does
not support, is dropped; the citation's quote is the passage span our code found, never the model's words.
Only checked sentences are streamed. When the model says the passages do not cover the
question, the answer abstains; when it fails (down, slow, rate-limited, unreadable) or too
little of what it wrote survives the check, the fallback composer (extractive) answers,
with a note saying why.
"""

from __future__ import annotations

from assistant.answering import prompt
from assistant.answering.base import Composer, abstain, cite
from assistant.answering.claims import Claim, ClaimStream
from assistant.answering.endpoint import LLMEndpoint, ModelUnavailable
from assistant.answering.evidence import passages
from assistant.answering.grounding import Grounder, Rules, Support
from assistant.answering.scope import current
from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.embedding import Embedder
from plans.index import Snapshot
from plans.vocabulary.messages import say

KINDS = ("passage", "about", "row")


class Draft:
    """The checked part of the model's answer, built claim by claim."""

    def __init__(self, grounder: Grounder, snapshot: Snapshot):
        self.grounder = grounder
        self.snapshot = snapshot
        self.parts: list[str] = []
        self.citations: list[Citation] = []
        self.dropped = 0
        self._ids: dict[tuple[int, int, int], int] = {}

    def add(self, claim: Claim) -> str:
        """Check `claim`; the text to show if it is kept (with our markers), else ""."""
        supports = self.grounder.check(claim)
        if not supports:
            self.dropped += 1
            return ""
        markers = "".join(f"[{self._cite(s)}]" for s in supports)
        text = f"{claim.text} {markers}"
        self.parts.append(text)
        return text if len(self.parts) == 1 else f" {text}"

    def _cite(self, s: Support) -> int:
        key = (s.number, s.start, s.end)
        if key not in self._ids:
            p = s.passage
            self._ids[key] = len(self.citations) + 1
            self.citations.append(cite(self.snapshot, p.hit.chunk, s.start, s.end, self._ids[key], p.text, p.offset))
        return self._ids[key]

    @property
    def kept(self) -> int:
        return len(self.parts)

    def answer(self) -> Answer:
        return Answer(answer=" ".join(self.parts), citations=self.citations, mode="llm", confidence=1.0)


class LLMComposer(Composer):
    name = "llm"

    def __init__(self, endpoint: LLMEndpoint, embedder: Embedder, fallback: Composer, passages_used: int = 6,
                 min_kept: float = 0.5, rules: Rules | None = None):
        self.endpoint = endpoint
        self.embedder = embedder
        self.fallback = fallback
        self.passages_used = passages_used
        self.min_kept = min_kept  # share of the model's sentences that must survive the check
        self.rules = rules

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        found = [p for p in passages([h for h in hits if h.chunk.kind in KINDS]) if p.sentences][: self.passages_used]
        if not found:
            return self._fallback(question, hits, snapshot, None)
        scope = current()
        draft = Draft(Grounder(self.embedder, found, snapshot, self.rules), snapshot)
        stream = ClaimStream()
        try:
            for delta in self.endpoint.stream(prompt.messages(question.text, found, snapshot, scope.history)):
                for claim in stream.feed(delta):
                    scope.emit(draft.add(claim))
            for claim in stream.finish():
                scope.emit(draft.add(claim))
            if not stream.text.strip():
                raise ModelUnavailable("empty")
        except ModelUnavailable as exc:
            return self._fallback(question, hits, snapshot, say(f"llm_{exc.why}", question.lang, **exc.values))
        if prompt.abstains(stream.text):
            answer = abstain(lang=question.lang)
            answer.mode = self.name
            return answer
        if not draft.kept or draft.kept < self.min_kept * (draft.kept + draft.dropped):
            return self._fallback(question, hits, snapshot, say("llm_unsupported", question.lang))
        answer = draft.answer()
        if draft.dropped:
            answer.note = say("llm_dropped", question.lang, count=draft.dropped)
        return answer

    def _fallback(self, question: Question, hits: list[Hit], snapshot: Snapshot, why: str | None) -> Answer | None:
        answer = self.fallback.compose(question, hits, snapshot)
        if answer is not None:
            answer.mode = self.fallback.name
            answer.note = say("llm_fallback", question.lang, reason=why) if why else None
        return answer
