// Fengong graph schema: uniqueness constraints first, then the indexes the queries use.
// Every statement is idempotent (IF NOT EXISTS); the loader runs this file before each load.
//
// Keys are scoped by document ("<document id>/<name or ordinal>"), so that one database
// holds many plans and a changed plan replaces only its own facts.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT section_key IF NOT EXISTS FOR (s:Section) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (u:Unit) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (p:Project) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT finding_key IF NOT EXISTS FOR (f:Finding) REQUIRE f.key IS UNIQUE;

CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.document);
CREATE INDEX task_document IF NOT EXISTS FOR (t:Task) ON (t.document);
CREATE INDEX task_number IF NOT EXISTS FOR (t:Task) ON (t.document, t.number);
CREATE INDEX unit_document IF NOT EXISTS FOR (u:Unit) ON (u.document);
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX project_document IF NOT EXISTS FOR (p:Project) ON (p.document);
CREATE INDEX finding_document IF NOT EXISTS FOR (f:Finding) ON (f.document);
