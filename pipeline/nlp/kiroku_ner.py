"""kiroku's trained NER head, run inside the same `nlp.pipe` as GiNZA.

The head was trained on the Stockmark Wikipedia NER train/dev part
(`kiroku train-ner`, `pipeline/nlp/train_ner.py`) on top of ja_ginza's own
tok2vec, which stayed frozen. At run time it reads the `doc.tensor` that
GiNZA's tok2vec has already computed, so adding it costs one small
transition-based head, and the artefact in `models/ner/model/` holds the head
only (no tok2vec weights, no vectors).

Its predictions go to `doc.spans["kiroku_ner"]` with the head's ASCII labels
(PERSON, COMPANY, POLITICAL_ORG, ...); `doc.ents` keeps GiNZA's ENE entities,
which the entity layer also reads. `models/ner/labels.json` maps each head
label to its Stockmark type and to the contract label.

    nlp = spacy.load("ja_ginza"); add_kiroku_ner(nlp)   # or load_kiroku_ner()
    for span in kiroku_spans(doc): span.label_, contract_label(span.label_)
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.pipeline.ner import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, with_array

from pipeline.errors import ErrorCode, KirokuError
from pipeline.schema import EntityLabel

NER_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
LABELS_PATH = NER_DIR / "labels.json"
MODEL_DIR = NER_DIR / "model"
COMPONENT_META = "kiroku_ner.json"  # in MODEL_DIR: the head's model config, labels, provenance
SPANS_KEY = "kiroku_ner"
ENE_FEATURES_KEY = "kiroku_ginza_ene"  # doc.user_data, only while the head runs
ENE_LAYER_NAME = "ginza_ene_keys"  # the layer of a head that reads GiNZA's ENE tags
RULE_ID = "kiroku_ner"  # the `rule` value for records made from these spans
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


# ---------------------------------------------------------------------------
# labels.json


class LabelEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(pattern=r"^[A-Z][A-Z_]*$", description="the head's ASCII label")
    stockmark: str = Field(min_length=1, description="the Stockmark Wikipedia NER type")
    contract: EntityLabel


class LabelMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    note: str = ""
    labels: list[LabelEntry] = Field(min_length=1)

    def by_label(self) -> dict[str, LabelEntry]:
        return {e.label: e for e in self.labels}

    def by_stockmark(self) -> dict[str, LabelEntry]:
        return {e.stockmark: e for e in self.labels}


def load_label_map(path: Path = LABELS_PATH) -> LabelMap:
    """Read and validate labels.json; errors name the file and the reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: {exc}", path=str(path)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: line {exc.lineno}: {exc.msg}", path=str(path)) from exc
    try:
        label_map = LabelMap.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: {where}: {first['msg']}", path=str(path)) from exc
    for key in ("label", "stockmark"):
        values = [getattr(e, key) for e in label_map.labels]
        dup = {v for v in values if values.count(v) > 1}
        if dup:
            raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: duplicate {key} {sorted(dup)}", path=str(path))
    return label_map


@lru_cache(maxsize=1)
def _default_label_map() -> LabelMap:
    return load_label_map(LABELS_PATH)


def contract_label(head_label: str) -> str:
    """The contract label (ORG, GPE, PERSON, ...) of one head label."""
    return _default_label_map().by_label()[head_label].contract.value


# ---------------------------------------------------------------------------
# the component


class KirokuNER(EntityRecognizer):
    """An EntityRecognizer that writes to `doc.spans[spans_key]`, not `doc.ents`.

    spaCy's NER treats entities already on the doc as fixed (GiNZA's ENE
    entities would constrain every move), so `predict` lifts them off first and
    `set_annotations` puts them back, token attributes and all.
    """

    def __init__(self, *args: Any, spans_key: str = SPANS_KEY, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spans_key = spans_key
        self._lifted: dict[int, Any] = {}
        self.reads_ginza_ene = uses_ginza_ene(self.model)

    def predict(self, docs):  # type: ignore[override]
        docs = list(docs)
        for doc in docs:
            self._lifted[id(doc)] = doc.to_array(_ENT_ATTRS)
            if self.reads_ginza_ene:
                doc.user_data[ENE_FEATURES_KEY] = ginza_ene_keys(doc)
            doc.set_ents([], default="missing")
        return super().predict(docs)

    def set_annotations(self, docs, states_or_beams):  # type: ignore[override]
        docs = list(docs)
        super().set_annotations(docs, states_or_beams)
        for doc in docs:
            found = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents]
            doc.user_data.pop(ENE_FEATURES_KEY, None)
            lifted = self._lifted.pop(id(doc), None)
            if lifted is not None:
                doc.from_array(_ENT_ATTRS, lifted)
            else:
                doc.set_ents([], default="missing")
            doc.spans[self.spans_key] = found

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_lifted"] = {}
        return state


def uses_ginza_ene(model: Model) -> bool:
    """Whether a head's model reads GiNZA's ENE tags (has the `kiroku.EmbedWithGinzaEnts.v1` input)."""
    return any(node.name == ENE_LAYER_NAME for node in model.walk())


def ginza_ene_keys(doc: Doc) -> numpy.ndarray:
    """One uint64 key per token for GiNZA's ENE tag (type and B/I/O) as it is on the doc now."""
    arr = doc.to_array([ENT_IOB, ENT_TYPE]).astype("uint64")
    return (arr[:, 1] * numpy.uint64(4) + arr[:, 0]).reshape(-1, 1)


def _ginza_ents_forward(model: Model, docs: list[Doc], is_train: bool):
    out = []
    for doc in docs:
        keys = doc.user_data.get(ENE_FEATURES_KEY)
        if keys is None or len(keys) != len(doc):
            keys = numpy.zeros((len(doc), 1), dtype="uint64")  # GiNZA's ner did not run: no ENE evidence
        out.append(model.ops.asarray(keys, dtype="uint64"))
    return out, lambda d_out: []


@registry.architectures("kiroku.EmbedWithGinzaEnts.v1")
def embed_with_ginza_ents(embed: Model, width: int, ene_width: int, ene_rows: int) -> Model:
    """A token embedding plus an embedding of GiNZA's ENE tag on that token, mixed back to
    the embedding's width. The ENE keys are put in doc.user_data by KirokuNER.predict
    (and, in training, by the tensor cache), because the head runs with doc.ents cleared."""
    ene = chain(Model(ENE_LAYER_NAME, _ginza_ents_forward),
                with_array(HashEmbed(ene_width, ene_rows, column=0, seed=17)))
    model = chain(concatenate(embed, ene), with_array(Maxout(width, width + ene_width, nP=3, normalize=True)))
    model.set_dim("nO", width)
    return model


@registry.architectures("kiroku.FrozenPlusFresh.v1")
def frozen_plus_fresh(frozen: Model, fresh: Model) -> Model:
    """Token vectors = [GiNZA's frozen tok2vec output | a small trainable tok2vec].

    `frozen` is a Tok2VecListener: it reads doc.tensor, which ja_ginza's
    tok2vec has set; `fresh` adds character features (prefix, suffix, shape)
    that GiNZA's ORTH/SHAPE embedding lacks and is trained with the head.
    """
    model = concatenate(frozen, fresh)
    model.set_dim("nO", frozen.get_dim("nO") + fresh.get_dim("nO"))
    return model


DEFAULT_MODEL_CONFIG: dict[str, Any] = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 128,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 256, "upstream": "tok2vec"},
}


@Language.factory(
    "kiroku_ner",
    assigns=["doc.spans"],
    requires=["doc.tensor"],
    default_config={"model": DEFAULT_MODEL_CONFIG, "spans_key": SPANS_KEY, "moves": None,
                    "update_with_oracle_cut_size": 100},
)
def make_kiroku_ner(nlp: Language, name: str, model, spans_key: str, moves, update_with_oracle_cut_size: int):
    return KirokuNER(nlp.vocab, model, name=name, moves=moves,
                     update_with_oracle_cut_size=update_with_oracle_cut_size, spans_key=spans_key)


def read_component_meta(model_dir: Path = MODEL_DIR) -> dict[str, Any]:
    path = Path(model_dir) / COMPONENT_META
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: {exc} (rebuild with `kiroku train-ner`)",
                          path=str(path)) from exc


def add_kiroku_ner(nlp: Language, model_dir: Path = MODEL_DIR, *, name: str = "kiroku_ner",
                   after: str | None = None) -> KirokuNER:
    """Add the trained head to a loaded ja_ginza pipeline (after its `ner`).

    The pipeline must have ja_ginza's `tok2vec`: the head reads its doc.tensor.
    """
    if "tok2vec" not in nlp.pipe_names:
        raise KirokuError(ErrorCode.E020_CONFIG, "kiroku_ner needs ja_ginza's tok2vec in the pipeline")
    meta = read_component_meta(model_dir)
    if after is None:
        after = "ner" if "ner" in nlp.pipe_names else "tok2vec"
    component = nlp.add_pipe("kiroku_ner", name=name, after=after, config={"model": meta["model"]})
    component.from_disk(Path(model_dir) / "ner", exclude=["vocab"])
    expected = {e.label for e in _default_label_map().labels}
    if set(component.labels) != expected:
        raise KirokuError(ErrorCode.E021_DATA_FILE,
                          f"{model_dir}: head labels {sorted(component.labels)} differ from labels.json {sorted(expected)}",
                          path=str(model_dir))
    return component


def load_kiroku_ner(model: str = "ja_ginza", model_dir: Path = MODEL_DIR) -> Language:
    """ja_ginza with the kiroku head added."""
    import spacy

    nlp = spacy.load(model)
    add_kiroku_ner(nlp, model_dir)
    return nlp


def kiroku_spans(doc: Doc, key: str = SPANS_KEY) -> list[Span]:
    """The head's spans on one doc (empty when the component did not run)."""
    return list(doc.spans[key]) if key in doc.spans else []
