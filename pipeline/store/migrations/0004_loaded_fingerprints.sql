-- Bookkeeping, not part of the contract's tables: the fingerprint of the cached result each document's
-- rows were loaded from, so an unchanged re-run skips rewriting them. Dropped with the document's rows.
CREATE TABLE IF NOT EXISTS kiroku_loaded (
    doc_id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
