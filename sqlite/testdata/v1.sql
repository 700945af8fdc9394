-- The question log as schema version 1 wrote it, before best guesses,
-- sources and feedback were recorded. TestMigrateFromV1 loads this into a
-- fresh file and opens it with the current code.
-- Times are Unix milliseconds: 1767225600000 is 2026-01-01T00:00:00Z.
CREATE TABLE unanswered (
	question   TEXT PRIMARY KEY,
	count      INTEGER NOT NULL DEFAULT 1,
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL
);
INSERT INTO unanswered (question, count, first_seen, last_seen) VALUES
	('does cupping leave marks', 3, 1767225600000, 1767312000000),
	('can i bring my dog', 1, 1767398400000, 1767398400000);
PRAGMA user_version = 1;
