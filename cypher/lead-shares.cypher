// Which functions lead the work, region by region? For each plan of one level (and year),
// the share of its leads that each function holds — do coastal provinces give ports and
// energy to different departments?
// A function leads a task when any of its units leads it (see compare-plans.cypher); a plan's
// lead slots are the sum over its tasks of the functions leading each, so that the shares of
// one plan add up to 1. Units with no known function stand for themselves (`unit:<name>`).
// Parameters: $level — national, province, city or district; $year — null for every year.
// Returns one row per plan and leading function, by function, then region and year:
//   function        function id (development-and-reform …)
//   document, region, year
//   leads           tasks in which the function leads
//   share           leads ÷ the plan's lead slots, 0 to 1
//   rank            1 for the function with the most leads in the plan (ties share a rank)

MATCH (d:Document {level: $level})
WHERE $year IS NULL OR d.year = $year
CALL (d) {
  MATCH (u:Unit {document: d.id})-[:LEADS]->(t:Task)
  WITH DISTINCT t, coalesce(u.function, 'unit:' + u.name) AS function
  WITH function, count(t) AS leads
  WITH collect({function: function, leads: leads}) AS rows, sum(leads) AS slots
  UNWIND rows AS row
  RETURN row.function AS function, row.leads AS leads, toFloat(row.leads) / slots AS share,
         size([o IN rows WHERE o.leads > row.leads]) + 1 AS rank
}
RETURN function, d.id AS document, d.region AS region, d.year AS year, leads, share, rank
ORDER BY function, region, year, document;
