package store

// migrations are applied in order; PRAGMA user_version records how many ran.
// Never edit a migration that has shipped: append a new one instead, so a
// library written by an older vanthu upgrades step by step.
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE documents (
	id               INTEGER PRIMARY KEY,
	sha256           TEXT    NOT NULL UNIQUE,
	file_name        TEXT    NOT NULL,
	size             INTEGER NOT NULL,
	format           TEXT    NOT NULL,
	imported_at      TEXT    NOT NULL,
	text             TEXT    NOT NULL DEFAULT '',
	type             TEXT    NOT NULL DEFAULT '',
	number           TEXT    NOT NULL DEFAULT '',
	number_key       TEXT    NOT NULL DEFAULT '',
	issuer           TEXT    NOT NULL DEFAULT '',
	parent_issuer    TEXT    NOT NULL DEFAULT '',
	date             TEXT    NOT NULL DEFAULT '',
	place            TEXT    NOT NULL DEFAULT '',
	subject          TEXT    NOT NULL DEFAULT '',
	signer_name      TEXT    NOT NULL DEFAULT '',
	signer_title     TEXT    NOT NULL DEFAULT '',
	signer_authority TEXT    NOT NULL DEFAULT '',
	recipients       TEXT    NOT NULL DEFAULT '[]',
	noi_nhan         TEXT    NOT NULL DEFAULT '[]',
	urgency          TEXT    NOT NULL DEFAULT '',
	secrecy          TEXT    NOT NULL DEFAULT '',
	scanned          INTEGER NOT NULL DEFAULT 0,
	warnings         TEXT    NOT NULL DEFAULT '[]',
	extraction       TEXT    NOT NULL DEFAULT '{}',
	indexed          INTEGER NOT NULL DEFAULT 0,
	indexed_overdue  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_number_key ON documents(number_key);
CREATE INDEX documents_pending ON documents(id) WHERE indexed = 0;

CREATE TABLE tasks (
	id             INTEGER PRIMARY KEY,
	document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,
	assignee       TEXT    NOT NULL DEFAULT '',
	co_assignees   TEXT    NOT NULL DEFAULT '[]',
	action         TEXT    NOT NULL DEFAULT '',
	deliverable    TEXT    NOT NULL DEFAULT '',
	deadline       TEXT    NOT NULL DEFAULT '',
	deadline_text  TEXT    NOT NULL DEFAULT '',
	recurrence     TEXT    NOT NULL DEFAULT '',
	recurrence_due TEXT    NOT NULL DEFAULT '',
	quote          TEXT    NOT NULL DEFAULT '',
	start          INTEGER NOT NULL DEFAULT 0,
	"end"          INTEGER NOT NULL DEFAULT 0,
	status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
	done_at        TEXT    NOT NULL DEFAULT '',
	note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX tasks_document ON tasks(document_id);
CREATE INDEX tasks_open_deadline ON tasks(deadline) WHERE status = 'open';

CREATE TABLE refs (
	id                INTEGER PRIMARY KEY,
	document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq               INTEGER NOT NULL,
	type              TEXT    NOT NULL DEFAULT '',
	number            TEXT    NOT NULL DEFAULT '',
	number_key        TEXT    NOT NULL DEFAULT '',
	date              TEXT    NOT NULL DEFAULT '',
	issuer            TEXT    NOT NULL DEFAULT '',
	cited_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX refs_document ON refs(document_id);
CREATE INDEX refs_number_key ON refs(number_key);
CREATE INDEX refs_cited ON refs(cited_document_id);

CREATE TABLE import_log (
	id          INTEGER PRIMARY KEY,
	time        TEXT NOT NULL,
	path        TEXT NOT NULL,
	sha256      TEXT NOT NULL DEFAULT '',
	result      TEXT NOT NULL CHECK (result IN ('imported', 'duplicate', 'failed')),
	message     TEXT NOT NULL DEFAULT '',
	document_id INTEGER
);

CREATE TABLE audit (
	id     INTEGER PRIMARY KEY,
	time   TEXT    NOT NULL,
	who    TEXT    NOT NULL,
	tbl    TEXT    NOT NULL,
	row_id INTEGER NOT NULL,
	field  TEXT    NOT NULL,
	old    TEXT    NOT NULL,
	new    TEXT    NOT NULL
);
CREATE INDEX audit_row ON audit(tbl, row_id);
`,
	// 2: the library's settings (unit, handling time, holidays, signer…),
	// one row per key, values as JSON; they travel with a backup.
	`
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`,
}

// SchemaVersion is the version a fully migrated store has.
var SchemaVersion = len(migrations)
