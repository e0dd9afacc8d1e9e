// Which pairs of units share the most tasks?
// Two units co-own a task when both are assigned to it, as lead or as support.
// Parameters: $document — the document id; $minShared — the least number of shared tasks
// a pair needs to be listed (1 or more); $limit — the most rows to return.
// Returns one row per pair, most shared first:
//   a, b            the two unit names, a before b in code-point order
//   shared          tasks both are assigned to
//   leadLead        of those, tasks both lead
//   leadSupport     tasks one leads and the other supports
//   supportSupport  tasks both support
//   tasks           task numbers of the shared tasks (ascending; unknown numbers left out)
//   ordinals        positions of the shared tasks in the document (ascending)

MATCH (a:Unit {document: $document})-[:LEADS|SUPPORTS]->(t:Task)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.name < b.name
WITH DISTINCT a, b, t
WITH a, b, t,
     CASE WHEN (a)-[:LEADS]->(t) THEN 1 ELSE 0 END AS aLeads,
     CASE WHEN (b)-[:LEADS]->(t) THEN 1 ELSE 0 END AS bLeads
ORDER BY t.ordinal
WITH a, b,
     count(t) AS shared,
     sum(aLeads * bLeads) AS leadLead,
     sum(CASE WHEN aLeads + bLeads = 1 THEN 1 ELSE 0 END) AS leadSupport,
     sum((1 - aLeads) * (1 - bLeads)) AS supportSupport,
     collect(t.number) AS tasks,
     collect(t.ordinal) AS ordinals
WHERE shared >= $minShared
RETURN a.name AS a, b.name AS b, shared, leadLead, leadSupport, supportSupport, tasks, ordinals
ORDER BY shared DESC, a, b
LIMIT $limit;
