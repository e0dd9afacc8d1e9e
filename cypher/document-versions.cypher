// Which load of each named document is in the database: the app server keeps the answers it
// has computed keyed by these hashes, and asks again before every answer, so an answer is
// never served after an ingest has replaced or deleted its document. One index lookup per id.
// Parameters: $documents — list of document ids.
// Returns one row per loaded document (none for a document that is not loaded):
//   document  the document id
//   planHash  sha256 of the parsed plan last loaded and what was written beside it
//             (ingest/load/graph-rows.ts); every load that changes the document replaces it

UNWIND $documents AS id
MATCH (d:Document {id: id})
RETURN d.id AS document, d.planHash AS planHash;
