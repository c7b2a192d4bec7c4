// Curation history (curation.graphqls): one Change node per mutation, numbered from the single CurationCounter.
// The unique constraints make a duplicate sequence number or a second use of an idempotency key impossible even if
// two writers raced past the service's own checks.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (n:Change) REQUIRE n.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT curation_counter_id IF NOT EXISTS FOR (n:CurationCounter) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
