-- The append-only, hash-chained audit ledger (module audit). Portable SQL: H2 and PostgreSQL.
-- The application only ever inserts into audit_ledger; hash = SHA-256 of
-- seq|at|unit|actor|event_type|subject|details|prev_hash (see README, "Audit ledger").
CREATE TABLE audit_ledger (
    seq        BIGINT         NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    unit       VARCHAR(100)   NOT NULL,
    actor      VARCHAR(200)   NOT NULL,
    event_type VARCHAR(60)    NOT NULL,
    subject    VARCHAR(500)   NOT NULL,
    details    VARCHAR(100000) NOT NULL,   -- canonical JSON
    prev_hash  CHAR(64)       NOT NULL,
    hash       CHAR(64)       NOT NULL
);

CREATE INDEX audit_ledger_by_hash ON audit_ledger (hash);
CREATE INDEX audit_ledger_by_subject ON audit_ledger (subject, seq);

-- One row, locked (SELECT ... FOR UPDATE) by every append until its transaction ends, so that appends
-- from all threads and instances are serialised and the chain stays linear.
CREATE TABLE audit_ledger_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO audit_ledger_lock (id) VALUES (1);
