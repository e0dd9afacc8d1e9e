// Fengong graph schema: the document's uniqueness constraint first, then the indexes the
// loader and the queries use.
// Every statement is idempotent (IF NOT EXISTS); the loader runs this file before each load.
//
// A node's key is a pair of properties: the id of its document and its own name or number
// within it. No string is assembled from both, so no document id or unit name, whatever
// characters it holds, can make two nodes of different documents share a key.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// The key of a node inside its document is indexed, not constrained: a uniqueness constraint
// makes every node created look its key up in the index, and inside the transaction that
// replaces a document that look-up went over every node the transaction had deleted — a
// 10 MB plan's replacement spent minutes there. The loader keeps the keys unique itself:
// the plan is refused when two tasks, units or projects share one (ingest/model), the
// previous version is deleted in the same transaction, and the Document's own constraint
// makes two loads of one document conflict, so one of them is rolled back whole.
DROP CONSTRAINT section_in_document IF EXISTS;
DROP CONSTRAINT task_in_document IF EXISTS;
DROP CONSTRAINT unit_in_document IF EXISTS;
DROP CONSTRAINT project_in_document IF EXISTS;
DROP CONSTRAINT finding_in_document IF EXISTS;
CREATE INDEX section_document_key IF NOT EXISTS FOR (s:Section) ON (s.document, s.number);
CREATE INDEX task_document_key IF NOT EXISTS FOR (t:Task) ON (t.document, t.ordinal);
CREATE INDEX unit_document_key IF NOT EXISTS FOR (u:Unit) ON (u.document, u.name);
CREATE INDEX project_document_key IF NOT EXISTS FOR (p:Project) ON (p.document, p.name);
CREATE INDEX finding_document_key IF NOT EXISTS FOR (f:Finding) ON (f.document, f.ordinal);

// The single-string keys of earlier versions ("<document>/unit/<name>"), which a crafted
// document id could make collide: their constraints go.
DROP CONSTRAINT section_key IF EXISTS;
DROP CONSTRAINT task_key IF EXISTS;
DROP CONSTRAINT unit_key IF EXISTS;
DROP CONSTRAINT project_key IF EXISTS;
DROP CONSTRAINT finding_key IF EXISTS;

CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.document);
CREATE INDEX task_document IF NOT EXISTS FOR (t:Task) ON (t.document);
CREATE INDEX task_number IF NOT EXISTS FOR (t:Task) ON (t.document, t.number);
CREATE INDEX unit_document IF NOT EXISTS FOR (u:Unit) ON (u.document);
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX project_document IF NOT EXISTS FOR (p:Project) ON (p.document);
CREATE INDEX finding_document IF NOT EXISTS FOR (f:Finding) ON (f.document);

// Comparing plans: units are matched across documents by their identity (one region, any
// year) or their function (any region), documents found by the scope their identities share.
CREATE INDEX unit_identity IF NOT EXISTS FOR (u:Unit) ON (u.identity);
CREATE INDEX unit_function IF NOT EXISTS FOR (u:Unit) ON (u.function);
CREATE INDEX document_identity_scope IF NOT EXISTS FOR (d:Document) ON (d.identityScope);
