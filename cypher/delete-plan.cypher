// Removes every fact of one document: its findings, projects, tasks, units and sections with
// their relationships, then the document node — one statement, one round trip. The loader
// runs it inside the same transaction as the load, so a replaced document is never half old
// and half new.
// Parameters: $document — the document id.

CALL () { MATCH (n:Finding {document: $document}) DETACH DELETE n }
CALL () { MATCH (n:Project {document: $document}) DETACH DELETE n }
CALL () { MATCH (n:Task {document: $document}) DETACH DELETE n }
CALL () { MATCH (n:Unit {document: $document}) DETACH DELETE n }
CALL () { MATCH (n:Section {document: $document}) DETACH DELETE n }
CALL () { MATCH (n:Document {id: $document}) DETACH DELETE n };
