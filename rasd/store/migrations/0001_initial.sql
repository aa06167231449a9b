-- rasd store, schema 1: documents and their layers, events, clusters, failures.
-- Applied by rasd.store.db.migrate inside one transaction; never edit a released
-- migration, add 0002_*.sql instead. Tables of small rows keyed by their parent are
-- WITHOUT ROWID: the key is the table, with no second index to keep.

-- One row per distinct input document, keyed by the hash of its text and metadata.
-- doc_json_z is the whole output document (Document.to_dict), zlib-compressed, with the
-- span texts that equal text[start:end] left out (rasd.store.rows.expand restores them).
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,   -- rowid of the full-text index
    doc_key          TEXT NOT NULL UNIQUE,  -- content hash
    doc_id           TEXT NOT NULL,         -- the input's id (JSONL id, file name)
    input_name       TEXT,
    title            TEXT,
    url              TEXT,
    source           TEXT,                  -- the outlet
    author           TEXT,
    published        TEXT,
    published_source TEXT,
    language         TEXT,
    n_chars          INTEGER NOT NULL,
    n_events         INTEGER NOT NULL,
    rasd_version     TEXT,
    ingested_at      TEXT NOT NULL,
    doc_json_z       BLOB NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_source ON documents(source);

-- Actors: knowledge-base ids are shared by all documents; document-local actors
-- (source "document", ids local_*) get the key "<id>@<doc_key>".
CREATE TABLE actors (
    actor_key  TEXT PRIMARY KEY,
    actor_id   TEXT NOT NULL,
    local_doc  TEXT REFERENCES documents(doc_key) ON DELETE CASCADE,
    name_en    TEXT,
    name_ar    TEXT,
    type       TEXT,
    country    TEXT,
    sector     TEXT,
    wikidata   TEXT,
    source     TEXT,
    search     TEXT NOT NULL,   -- normalised names and aliases, for --actor NAME
    record     TEXT NOT NULL    -- the actor record as JSON
);
CREATE INDEX actors_country ON actors(country);

-- Entity spans (layer "entities") and actor mentions (layer "mentions").
CREATE TABLE mentions (
    doc_key   TEXT NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
    layer     TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    label     TEXT,
    actor_key TEXT,
    rule      TEXT,
    PRIMARY KEY (doc_key, layer, idx)
) WITHOUT ROWID;

CREATE TABLE times (
    doc_key TEXT NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL,
    type    TEXT,
    value   TEXT,
    mod     TEXT,
    anchor  TEXT,
    rule    TEXT,
    PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
    doc_key     TEXT NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    kind        TEXT,
    speaker_key TEXT,
    via         TEXT,      -- JSON list of actor keys
    channel     TEXT,
    direct      INTEGER,
    rule        TEXT,
    PRIMARY KEY (doc_key, idx)
);

-- Events. event_id = "<doc_key>-<index in the document>". event_day is the date the
-- event is placed on (its own full date, else the publication date for a current
-- event); group_key is NULL for events that are not clustered (negated, hypothetical).
CREATE TABLE events (
    event_id     TEXT PRIMARY KEY,
    doc_key      TEXT NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    type         TEXT NOT NULL,
    mode         TEXT,
    date         TEXT,
    event_day    TEXT,
    cluster_day  INTEGER,      -- proleptic ordinal of event_day
    place_key    TEXT,
    historical   INTEGER NOT NULL,
    future       INTEGER NOT NULL,
    negated      INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    context      TEXT,         -- JSON list
    confidence   REAL,
    rule         TEXT,
    evidence     TEXT NOT NULL, -- JSON list of {start, end, trigger, rule}
    group_key    TEXT
);
CREATE INDEX events_doc ON events(doc_key);
CREATE INDEX events_group ON events(group_key, cluster_day);
CREATE INDEX events_type_day ON events(type, event_day);

-- Actor and recipient lists of an event, in order.
CREATE TABLE event_participants (
    event_id  TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position  INTEGER NOT NULL,
    actor_key TEXT NOT NULL,
    PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;

-- The sources an event is reported according to (according_to), in order.
CREATE TABLE event_sources (
    event_id  TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    actor_key TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

-- Cross-document clusters: one per real action. Lists are JSON.
CREATE TABLE event_clusters (
    cluster_id    TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    mode          TEXT,
    first_day     TEXT,
    last_day      TEXT,
    participants  TEXT NOT NULL,  -- the matching key: country/sector or actor ids
    actors        TEXT NOT NULL,  -- actor keys of all members
    n_events      INTEGER NOT NULL,
    n_reports     INTEGER NOT NULL,
    reports       TEXT NOT NULL,  -- doc_ids
    n_sources     INTEGER NOT NULL,  -- distinct outlets (a report without one counts alone)
    outlets       TEXT NOT NULL,
    cited_sources TEXT NOT NULL   -- actor keys from according_to
);
CREATE INDEX event_clusters_type_day ON event_clusters(type, first_day);

CREATE TABLE cluster_members (
    event_id   TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES event_clusters(cluster_id)
) WITHOUT ROWID;
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);

-- Inputs that could not be stored; one row per (input name, doc id), latest error.
CREATE TABLE failures (
    id         INTEGER PRIMARY KEY,
    input_name TEXT NOT NULL,
    doc_id     TEXT NOT NULL,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    failed_at  TEXT NOT NULL,
    UNIQUE (input_name, doc_id)
);

-- Full-text search over the normalised title and text (rasd.text.normalize); contentless,
-- rowid = documents.id.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='', detail=column, tokenize='unicode61 remove_diacritics 0'
);

-- Store-wide settings that change what is stored (e.g. cluster_window_days).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
