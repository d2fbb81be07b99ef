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
	// 3: follow-up and registers (issue 7). tracked holds a clerk's decision
	// on each task, keyed by the document's SHA-256 and a fingerprint of the
	// task's source sentence, so corrections survive re-extraction and
	// re-import; register entries keep their own copy of the metadata, so a
	// register stays whole if a document is corrected later.
	`
CREATE TABLE tracked (
	id             INTEGER PRIMARY KEY,
	doc_sha        TEXT    NOT NULL,
	task_key       TEXT    NOT NULL,
	state          TEXT    NOT NULL DEFAULT 'proposed'
	               CHECK (state IN ('proposed', 'confirmed', 'rejected', 'excluded')),
	assignee       TEXT    NOT NULL DEFAULT '',
	co_assignees   TEXT    NOT NULL DEFAULT '[]',
	action         TEXT    NOT NULL DEFAULT '',
	deliverable    TEXT    NOT NULL DEFAULT '',
	deadline       TEXT    NOT NULL DEFAULT '',
	deadline_text  TEXT    NOT NULL DEFAULT '',
	deadline_from  TEXT    NOT NULL DEFAULT '',
	recurrence     TEXT    NOT NULL DEFAULT '',
	recurrence_due TEXT    NOT NULL DEFAULT '',
	kind           TEXT    NOT NULL DEFAULT '',
	quote          TEXT    NOT NULL DEFAULT '',
	corrected      TEXT    NOT NULL DEFAULT '[]',
	manual         INTEGER NOT NULL DEFAULT 0,
	task_id        INTEGER,
	done_at        TEXT    NOT NULL DEFAULT '',
	note           TEXT    NOT NULL DEFAULT '',
	created_at     TEXT    NOT NULL,
	UNIQUE (doc_sha, task_key)
);
CREATE INDEX tracked_doc ON tracked(doc_sha);

CREATE TABLE occurrences_done (
	tracked_id INTEGER NOT NULL REFERENCES tracked(id) ON DELETE CASCADE,
	due        TEXT    NOT NULL,
	done_at    TEXT    NOT NULL,
	PRIMARY KEY (tracked_id, due)
);

CREATE TABLE butphe (
	doc_sha    TEXT PRIMARY KEY,
	text       TEXT NOT NULL,
	lead       TEXT NOT NULL DEFAULT '',
	helpers    TEXT NOT NULL DEFAULT '[]',
	deadline   TEXT NOT NULL DEFAULT '',
	entered_at TEXT NOT NULL
);

CREATE TABLE replies (
	doc_sha      TEXT PRIMARY KEY,
	reply_number TEXT NOT NULL,
	reply_date   TEXT NOT NULL DEFAULT '',
	reply_sha    TEXT NOT NULL DEFAULT '',
	entered_at   TEXT NOT NULL
);

CREATE TABLE register_entries (
	id          INTEGER PRIMARY KEY,
	book        TEXT    NOT NULL CHECK (book IN ('den', 'di')),
	year        INTEGER NOT NULL,
	series      TEXT    NOT NULL DEFAULT '',
	number      INTEGER NOT NULL,
	doc_sha     TEXT    NOT NULL DEFAULT '',
	entry_date  TEXT    NOT NULL,
	doc_type    TEXT    NOT NULL DEFAULT '',
	doc_number  TEXT    NOT NULL DEFAULT '',
	number_key  TEXT    NOT NULL DEFAULT '',
	doc_date    TEXT    NOT NULL DEFAULT '',
	issuer      TEXT    NOT NULL DEFAULT '',
	subject     TEXT    NOT NULL DEFAULT '',
	recipient   TEXT    NOT NULL DEFAULT '',
	signer      TEXT    NOT NULL DEFAULT '',
	copies      INTEGER NOT NULL DEFAULT 0,
	secrecy     TEXT    NOT NULL DEFAULT '',
	urgency     TEXT    NOT NULL DEFAULT '',
	answers_sha TEXT    NOT NULL DEFAULT '',
	note        TEXT    NOT NULL DEFAULT '',
	source      TEXT    NOT NULL DEFAULT '',
	created_at  TEXT    NOT NULL,
	who         TEXT    NOT NULL DEFAULT '',
	UNIQUE (book, year, series, number)
);
CREATE INDEX register_doc ON register_entries(doc_sha);
CREATE INDEX register_key ON register_entries(number_key);
`,
	// 4: each document's open and overdue tasks as follow-up counts them,
	// so the library's list and filters say what the tasks tab says.
	docStatusSchema(),
}

// SchemaVersion is the version a fully migrated store has.
var SchemaVersion = len(migrations)
