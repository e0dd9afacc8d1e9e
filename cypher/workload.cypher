// How is the work of one plan spread over its units: who leads, who supports, with how many
// partners, and how much coordination does each carry?
// Parameters: $document — the document id.
// Returns one row per unit, heaviest coordination load first:
//   unit            canonical unit name
//   kind            unit kind (department, central-agency-branch, collective …)
//   ledTasks        tasks in which the unit is a lead
//   primaryLeads    tasks in which it is the first-named lead
//   supportedTasks  tasks in which it supports and does not also lead
//   partners        distinct other units sharing at least one task with it, in any role
//   coordinationLoad  the coordination relations it answers for: in each task it leads, one
//                   per other unit of the task; in each task it supports, one per lead of the task
//   betweenness     betweenness centrality on the co-ownership network (see bottlenecks.cypher)

MATCH (u:Unit {document: $document})
CALL (u) {
  OPTIONAL MATCH (u)-[l:LEADS]->(t:Task)
  OPTIONAL MATCH (other:Unit)-[:LEADS|SUPPORTS]->(t)
  WHERE other <> u
  WITH t, l, count(DISTINCT other) AS others
  RETURN count(t) AS ledTasks, sum(CASE WHEN l.order = 1 THEN 1 ELSE 0 END) AS primaryLeads, sum(others) AS leadLoad
}
CALL (u) {
  OPTIONAL MATCH (u)-[:SUPPORTS]->(t:Task)
  WHERE NOT (u)-[:LEADS]->(t)
  OPTIONAL MATCH (lead:Unit)-[:LEADS]->(t)
  WITH t, count(DISTINCT lead) AS leads
  RETURN count(t) AS supportedTasks, sum(leads) AS supportLoad
}
CALL (u) {
  OPTIONAL MATCH (u)-[:LEADS|SUPPORTS]->(:Task)<-[:LEADS|SUPPORTS]-(p:Unit)
  WHERE p <> u
  RETURN count(DISTINCT p) AS partners
}
RETURN u.name AS unit, u.kind AS kind, ledTasks, primaryLeads, supportedTasks, partners,
       leadLoad + supportLoad AS coordinationLoad, u.betweenness AS betweenness
ORDER BY coordinationLoad DESC, ledTasks DESC, unit;
