// Which plans are in the database, and can they be compared?
// Parameters: $region, $level, $year — each null for any, or a value to keep only the plans
// of that region (浙江, 宁波), level (national, province, city, district) or year.
// Returns one row per document, by region, level, year and id:
//   document, title, region, level, year
//   givenFacts    which of region, level and year were given on the command line rather
//                 than read from the document (`npm run ingest -- file --region 浙江`)
//   identityScope the level and region whose plans share unit identities (province/浙江)
//   tasks         task blocks of the plan
//   units         units named in its divisions
//   assignments   lead and support relationships
//   findings      data-quality findings of the parse
//   unitsWithoutFunction  units no entry of the functions file matches: they compare across
//                 regions only with units of the same name

MATCH (d:Document)
WHERE ($region IS NULL OR d.region = $region)
  AND ($level IS NULL OR d.level = $level)
  AND ($year IS NULL OR d.year = $year)
// Counts are stored on the document at load; a document loaded before they were is counted.
RETURN d.id AS document, d.title AS title, d.region AS region, d.level AS level, d.year AS year,
       coalesce(d.givenFacts, []) AS givenFacts, d.identityScope AS identityScope,
       CASE WHEN d.taskCount IS NULL THEN COUNT { MATCH (t:Task {document: d.id}) } ELSE d.taskCount END AS tasks,
       CASE WHEN d.unitCount IS NULL THEN COUNT { MATCH (u:Unit {document: d.id}) } ELSE d.unitCount END AS units,
       CASE WHEN d.assignmentCount IS NULL THEN COUNT { MATCH (:Unit {document: d.id})-[:LEADS|SUPPORTS]->(:Task) } ELSE d.assignmentCount END AS assignments,
       CASE WHEN d.findingCount IS NULL THEN COUNT { MATCH (f:Finding {document: d.id}) } ELSE d.findingCount END AS findings,
       CASE WHEN d.unitsWithoutFunction IS NULL THEN COUNT { MATCH (u:Unit {document: d.id}) WHERE u.function IS NULL } ELSE d.unitsWithoutFunction END AS unitsWithoutFunction
ORDER BY region, level, year, document;
