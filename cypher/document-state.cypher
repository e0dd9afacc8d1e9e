// Is this document loaded, and from which parse? The loader skips a document whose parse is
// unchanged, so loading the same plan twice changes nothing.
// Parameters: $document — the document id.
// Returns: planHash — sha256 of the parsed plan last loaded (no row when not loaded).

MATCH (d:Document {id: $document})
RETURN d.planHash AS planHash;
