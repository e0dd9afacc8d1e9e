// Removes every fact of one document: its sections, tasks, units, projects and findings with
// their relationships, then the document node. The loader runs it inside the same
// transaction as the load, so a replaced document is never half old and half new.
// Parameters: $document — the document id.

MATCH (n:Finding {document: $document}) DETACH DELETE n;
MATCH (n:Project {document: $document}) DETACH DELETE n;
MATCH (n:Unit {document: $document}) DETACH DELETE n;
MATCH (n:Task {document: $document}) DETACH DELETE n;
MATCH (n:Section {document: $document}) DETACH DELETE n;
MATCH (n:Document {id: $document}) DETACH DELETE n;
