// The 2023–25 collection (32 forces with grades in 9 areas) with the register's other 11 forces beside it, named
// and with no grade (never an invented one): 43 forces × 9 areas, as a page comparing every force shows them.
const [collection, register] = await Promise.all(
  ['/data/2023-25/peel-2023-25-all-forces.json', '/src/data/forces.json'].map((url) =>
    fetch(url).then((r) => r.json()),
  ),
);
const present = new Set(collection.assessments.map((a) => a.force.id));
for (const { id, name } of register)
  if (!present.has(id)) collection.assessments.push({ force: { id, name }, cycle: 'peel-2023-25', pillars: [] });
for (const el of document.querySelectorAll('peel-compare.all-forces')) el.assessment = collection;
