-- kiroku schema version 1: the eight tables of pipeline/tables/rows.py, keys, indexes, the commitments view.
-- A migration never changes once released; a new column or index is a new numbered file.

CREATE TABLE documents (
    doc_id           TEXT PRIMARY KEY,
    path             TEXT NOT NULL,
    title            TEXT,
    published        TEXT,
    encoding         TEXT NOT NULL,
    text_source      TEXT NOT NULL,
    n_chars          BIGINT NOT NULL,
    n_sentences      BIGINT NOT NULL,
    n_entities       BIGINT NOT NULL,
    n_dates          BIGINT NOT NULL,
    n_events         BIGINT NOT NULL,
    pipeline_version TEXT NOT NULL
);
CREATE INDEX documents_path_idx ON documents (path);
CREATE INDEX documents_published_idx ON documents (published);

CREATE TABLE sentences (
    sentence_id    TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    sentence_index BIGINT NOT NULL,
    start          BIGINT NOT NULL,
    "end"          BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    text           TEXT NOT NULL
);
CREATE INDEX sentences_doc_id_idx ON sentences (doc_id);

CREATE TABLE entities (
    entity_id   TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    sentence_id TEXT,
    start       BIGINT NOT NULL,
    "end"       BIGINT NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,
    canonical   TEXT NOT NULL,
    qid         TEXT,
    ene         TEXT,
    rule        TEXT
);
CREATE INDEX entities_doc_id_idx ON entities (doc_id);
CREATE INDEX entities_canonical_idx ON entities (canonical, label);
CREATE INDEX entities_label_idx ON entities (label);

CREATE TABLE dates (
    date_id     TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    sentence_id TEXT,
    start       BIGINT NOT NULL,
    "end"       BIGINT NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT,
    begin       TEXT,
    end_date    TEXT,
    mod         TEXT,
    rule        TEXT
);
CREATE INDEX dates_doc_id_idx ON dates (doc_id);
CREATE INDEX dates_value_idx ON dates (value);
CREATE INDEX dates_begin_end_idx ON dates (begin, end_date);

CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    sentence_id    TEXT,
    type           TEXT NOT NULL,
    is_commitment  BOOLEAN NOT NULL,
    trigger_start  BIGINT NOT NULL,
    trigger_end    BIGINT NOT NULL,
    trigger_text   TEXT NOT NULL,
    content        TEXT,
    date_value     TEXT,
    date_begin     TEXT,
    date_end       TEXT,
    date_mod       TEXT,
    location       TEXT,
    negated        BOOLEAN NOT NULL,
    sentence_start BIGINT,
    sentence_end   BIGINT,
    rule           TEXT
);
CREATE INDEX events_doc_id_idx ON events (doc_id);
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_date_idx ON events (date_value);
CREATE INDEX events_date_range_idx ON events (date_begin, date_end);

CREATE TABLE event_actors (
    event_id    TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    actor_index BIGINT NOT NULL,
    text        TEXT NOT NULL,
    canonical   TEXT,
    label       TEXT,
    role        TEXT NOT NULL,
    start       BIGINT,
    "end"       BIGINT,
    PRIMARY KEY (event_id, actor_index)
);
CREATE INDEX event_actors_doc_id_idx ON event_actors (doc_id);
CREATE INDEX event_actors_canonical_idx ON event_actors (canonical);

CREATE TABLE entity_catalog (
    doc_id    TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    canonical TEXT NOT NULL,
    label     TEXT NOT NULL,
    qid       TEXT,
    mentions  BIGINT NOT NULL,
    PRIMARY KEY (doc_id, canonical, label)
);
CREATE INDEX entity_catalog_canonical_idx ON entity_catalog (canonical, label);

-- errors.doc_id has no foreign key: a file that failed has no documents row.
CREATE TABLE errors (
    error_id TEXT PRIMARY KEY,
    doc_id   TEXT,
    path     TEXT NOT NULL,
    code     TEXT NOT NULL,
    message  TEXT NOT NULL,
    stage    TEXT NOT NULL
);
CREATE INDEX errors_doc_id_idx ON errors (doc_id);
CREATE INDEX errors_path_idx ON errors (path);

CREATE VIEW commitments AS
SELECT e.event_id, e.doc_id, d.path, d.title, d.published, e.type, e.trigger_text,
       string_agg(DISTINCT COALESCE(a.canonical, a.text), '; ') AS actors,
       e.content, e.date_value, e.date_begin, e.date_end, e.date_mod, e.location, e.negated,
       s.text AS sentence
FROM events e
JOIN documents d USING (doc_id)
LEFT JOIN event_actors a ON a.event_id = e.event_id
LEFT JOIN sentences s ON s.sentence_id = e.sentence_id
WHERE e.is_commitment
GROUP BY e.event_id, d.doc_id, s.sentence_id;
