// Which units sit between the others, and which carry the most leads?
// Betweenness centrality is computed when the plan is loaded (Brandes' algorithm on the
// co-ownership network: units are nodes, an edge joins two units that share a task;
// unweighted, undirected) and normalised as networkx and Gephi do: the share of shortest
// paths between pairs of other units that run through the unit, over the (n−1)(n−2)/2 pairs.
// Parameters: $document — the document id; $limit — the most rows to return.
// Returns one row per unit, highest betweenness first:
//   unit, kind
//   betweenness     normalised betweenness, 0 to 1
//   ledTasks        lead load: tasks in which the unit is a lead
//   primaryLeads    tasks in which it is the first-named lead
//   partners        distinct units it shares a task with

MATCH (u:Unit {document: $document})
OPTIONAL MATCH (u)-[l:LEADS]->(:Task)
WITH u, count(l) AS ledTasks, sum(CASE WHEN l.order = 1 THEN 1 ELSE 0 END) AS primaryLeads
RETURN u.name AS unit, u.kind AS kind, u.betweenness AS betweenness, ledTasks, primaryLeads, u.partners AS partners
ORDER BY betweenness DESC, ledTasks DESC, unit
LIMIT $limit;
