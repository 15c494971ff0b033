import { expect } from '@open-wc/testing';
import { assertProperty, fc, runs } from '../../test/fast-check.js';
import { CYCLES, cycleScale } from './cycles.js';
import type { Cycle } from './cycles.js';
import { FORCES } from './forces.js';
import { GRADE_LABELS, scaleGrades } from './grades.js';
import { parseCollection } from './parse.js';
import { describeProblem, readTable } from './table.js';
import type { TableProblem } from './table.js';
import { TITLES } from '../i18n/titles.js';
import { TITLES_CY } from '../i18n/cy-cards.js';

const said = (problems: TableProblem[]) => problems.map(describeProblem);

describe('readTable', () => {
  it('reads a CSV with CRLF, "&" for "and", mixed-case grades and blank cells into a valid collection', () => {
    const csv =
      'Force,Effectiveness,Efficiency,Legitimacy,Leadership\r\n' +
      'Avon & Somerset Constabulary,GOOD,requires improvement,,\r\n' +
      'Kent,Outstanding,gOoD,Requires-Improvement,\r\n';
    const { collection, problems } = readTable(csv, { cycle: '2017' });
    expect(problems).to.deep.equal([]);
    expect(collection).to.deep.equal({
      schemaVersion: 1,
      assessments: [
        {
          force: { id: 'avon-and-somerset', name: 'Avon and Somerset Constabulary' },
          cycle: 'peel-2017',
          period: '2017',
          pillars: [
            { id: 'effectiveness', grade: 'good' },
            { id: 'efficiency', grade: 'requires-improvement' },
          ],
        },
        {
          force: { id: 'kent', name: 'Kent Police' },
          cycle: 'peel-2017',
          period: '2017',
          pillars: [
            { id: 'effectiveness', grade: 'outstanding' },
            { id: 'efficiency', grade: 'good' },
            { id: 'legitimacy', grade: 'requires-improvement' },
          ],
        },
      ],
    });
    expect(parseCollection(collection).ok).to.equal(true);
  });

  it('reads a spreadsheet’s clipboard (tabs), Welsh names, titles, grades and statuses, and a Cycle column', () => {
    const tsv = [
      ['Heddlu', 'Preventing crime and anti-social behaviour', 'RECORDING-DATA', 'Cylch', 'Ymateb i’r cyhoedd'],
      ['Heddlu Gogledd Cymru', 'Digonol', 'To be graded', '2023–25', 'da'],
      ['Dyfed-Powys Police', 'angen gwella', 'Heb ei arolygu yn y cylch hwn', 'PEEL 2023-25', 'withheld'],
      ['Metropolitan Police', 'inadequate', 'Not graded', 'peel-2023-25', 'I’w raddio'],
    ]
      .map((row) => row.join('\t'))
      .join('\n');
    const { collection, problems } = readTable(tsv);
    expect(problems).to.deep.equal([]);
    const rows = collection!.assessments;
    expect(rows.map((a) => a.force.id)).to.deep.equal(['north-wales', 'dyfed-powys', 'metropolitan']);
    expect(rows.map((a) => a.cycle)).to.deep.equal(['peel-2023-25', 'peel-2023-25', 'peel-2023-25']);
    expect(rows[0]!.pillars).to.deep.equal([
      { id: 'preventing-crime', grade: 'adequate' },
      { id: 'recording-data', status: 'pending' },
      { id: 'responding-to-public', grade: 'good' },
    ]);
    expect(rows[1]!.pillars).to.deep.equal([
      { id: 'preventing-crime', grade: 'requires-improvement' },
      { id: 'recording-data', status: 'not-inspected' },
      { id: 'responding-to-public', status: 'withheld' },
    ]);
    // "Not graded" is the grade of that name (the status withheld is shown the same way).
    expect(rows[2]!.pillars![1]).to.deep.equal({ id: 'recording-data', grade: 'not-graded' });
    expect(rows[2]!.pillars![2]).to.deep.equal({ id: 'responding-to-public', status: 'pending' });
    expect(parseCollection(collection).ok).to.equal(true);
  });

  it('knows every force by its id, its name, "&", without "Police" or "Constabulary", and its Welsh name', () => {
    for (const force of FORCES) {
      const names = [force.id, force.name, force.name.replace(/ and /g, ' & '), force.name.toUpperCase()];
      names.push(force.name.replace(/ (Police Service|Police|Constabulary)$/, ''));
      if (force.cy) names.push(force.cy, force.cy.replace(/^Heddlu /, ''));
      for (const name of names) {
        const { collection, problems } = readTable(`Force,Efficiency\n"${name}",Good`, { cycle: 'peel-2017' });
        expect(said(problems), name).to.deep.equal([]);
        expect(collection!.assessments[0]!.force, name).to.deep.equal({ id: force.id, name: force.name });
      }
    }
  });

  it('knows the names people use ("Northants", "GMP", "the Met") and guesses a near miss only to name it', () => {
    const table = (force: string, grade = 'Good') =>
      readTable(`Force,Efficiency\n"${force}",${grade}`, { cycle: '2017' });
    for (const [name, id] of [
      ['Northants', 'northamptonshire'],
      ['GMP', 'greater-manchester'],
      ['the Met', 'metropolitan'],
      ['Met Police', 'metropolitan'],
      ['West Mids Police', 'west-midlands'],
      ['TVP', 'thames-valley'],
    ])
      expect(table(name).collection?.assessments[0]!.force.id, name).to.equal(id);
    // Nothing is read from a near miss: it is a problem that names the force meant.
    for (const [typed, meant] of [
      ['Northamptonshre Police', 'Northamptonshire Police'],
      ['Northampton', 'Northamptonshire Police'],
      ['Leicestshire', 'Leicestershire Police'],
      ['Essx', 'Essex Police'],
    ]) {
      const { collection, problems } = table(typed);
      expect(collection, typed).to.equal(undefined);
      expect(said(problems), typed).to.deep.equal([
        `Row 2, column "Force": "${typed}" is not a force in the register (its name or id): did you mean ${meant}?`,
      ]);
    }
    // Too far from any name, or as near to two: no guess.
    for (const typed of ['Nowhere', 'Exampleshire', 'Yorkshire', 'Met Office'])
      expect(said(table(typed).problems)[0], typed).to.match(/\(its name or id\)$/);
    expect(said(table('Kent', 'godo').problems)).to.deep.equal([
      'Row 2 (Kent Police), column "Efficiency": "godo" is not a grade: did you mean "Good"?',
    ]);
    expect(said(table('Kent', 'Rhagorl').problems)[0]).to.match(/did you mean "Rhagorol"\?$/);
    expect(said(table('Kent', 'Adequate').problems)).to.deep.equal([
      'Row 2 (Kent Police), column "Efficiency": "Adequate" is not a 2017 grade: 2017 had four grades (Outstanding, Good, Requires improvement, Inadequate); if these grades are from another cycle, pick that cycle',
    ]);
  });

  it('knows every area by its id and its English or Welsh title, in any case', () => {
    for (const [id, title] of [...Object.entries(TITLES), ...Object.entries(TITLES_CY)])
      for (const header of [id, title, title.toUpperCase(), title.toLowerCase()]) {
        const csv = `Force,"${header}"\nKent,Good`;
        const { collection, problems } = readTable(csv, { cycle: 'peel-2021-22' });
        expect(said(problems), header).to.deep.equal([]);
        expect(collection!.assessments[0]!.pillars, header).to.deep.equal([{ id, grade: 'good' }]);
      }
  });

  it('says each cell it cannot read, by row, force and column, and gives no collection', () => {
    const csv = [
      'Force,Efficiency,Effectiveness,Colour,Cycle',
      'Kent Police,Outstandng,Good,,2017',
      'Exampleshire Police,Good,Good,,2017',
      ',,,,',
      'Kent,Good,Adequate,,2017',
      'Surrey,Good,Good,,2019',
      ',Good,,,',
      'Essex,carried over,,,2017',
    ].join('\n');
    const { collection, problems } = readTable(csv);
    expect(collection).to.equal(undefined);
    expect(said(problems)).to.deep.equal([
      'Row 1, column "Colour": not an area: give an area id (such as preventing-crime) or its title in English or Welsh',
      'Row 2 (Kent Police), column "Efficiency": "Outstandng" is not a grade: did you mean "Outstanding"?',
      'Row 3, column "Force": "Exampleshire Police" is not a force in the register (its name or id)',
      'Row 5 (Kent Police), column "Force": Kent Police is already in row 2',
      'Row 5 (Kent Police), column "Effectiveness": "Adequate" is not a 2017 grade: 2017 had four grades (Outstanding, Good, Requires improvement, Inadequate); if these grades are from another cycle, pick that cycle',
      `Row 6 (Surrey Police), column "Cycle": "2019" is not a PEEL cycle (one of ${Object.values(CYCLES).join(', ')})`,
      'Row 7, column "Force": no force named',
      'Row 8 (Essex Police), column "Efficiency": "carried over" needs the grade and the period it comes from, which a table cannot hold: write the grade',
    ]);
    expect(problems[1]).to.deep.equal({
      row: 2,
      column: 'Efficiency',
      force: 'Kent Police',
      message: '"Outstandng" is not a grade: did you mean "Outstanding"?',
    });
  });

  it('guesses nothing: no scale without a cycle, no cycle against the option, no cell without a header', () => {
    expect(said(readTable('Force,Efficiency\nKent,adequate').problems)).to.deep.equal([
      'Row 2 (Kent Police), column "Efficiency": "adequate" is a grade of 2021/22, 2023–25 and 2025–27 only: pick the cycle (a "Cycle" column or the cycle option); without one, the table is read with the four grades of the cycles before (Outstanding, Good, Requires improvement, Inadequate)',
    ]);
    expect(said(readTable('Force,Efficiency,Cycle\nKent,good,2016', { cycle: '2017' }).problems)).to.deep.equal([
      'Row 2 (Kent Police), column "Cycle": "2016" is not the cycle option’s 2017',
    ]);
    expect(said(readTable('Force,Efficiency,,Efficiency\nKent,good,Good,good').problems)).to.deep.equal([
      'Row 1, column "Efficiency": the same area as column "Efficiency"',
      'Row 2 (Kent Police), column "C": "Good" is in a column without a header',
    ]);
    expect(said(readTable('Force,Efficiency', { cycle: 'peel-2019' }).problems)).to.deep.equal([
      `The cycle option: "peel-2019" is not a PEEL cycle (one of ${Object.values(CYCLES).join(', ')})`,
    ]);
    expect(said(readTable('').problems)).to.deep.equal([
      'Row 1: no header row: the first row names the force column, then the areas',
    ]);
    expect(said(readTable('Force,Efficiency\r\n\r\n').problems)).to.deep.equal([
      'Row 2: no forces: a row per force under the header',
    ]);
  });

  it('keeps the first 20 problems and counts the rest; reads at most 64 columns of a row (issue 22)', () => {
    const many = readTable(`Force,Efficiency\n${'Nowhere,Good\n'.repeat(25)}`, { cycle: '2017' });
    expect(many.problems).to.have.length(20);
    expect(many.more).to.equal(5);
    expect(said(many.problems)[19]).to.equal(
      'Row 21, column "Force": "Nowhere" is not a force in the register (its name or id)',
    );
    const wide = readTable(`Force,Efficiency\nKent,Good${',x'.repeat(70)}`, { cycle: '2017' });
    expect(said(wide.problems)[0]).to.equal(
      'Row 2 (Kent Police), column "BM": more than 64 columns, more than a table of grades has: the rest of the row was not read',
    );
    expect(wide.problems.length + wide.more).to.equal(1 + 62);
  });

  it('never throws, whatever the text', async () => {
    await assertProperty(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.option(fc.string()), (text, cycle) => {
        const result = readTable(text, cycle === null ? {} : { cycle });
        expect(result.problems.length > 0 || parseCollection(result.collection).ok).to.equal(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('reads any table back as written, whatever the quoting, separator and line ends', async () => {
    const cycles = Object.keys(CYCLES) as Cycle[];
    const areas = Object.keys(TITLES);
    // A cell as a person might write it: around it spaces, within it any case.
    const cased = (text: string) =>
      fc
        .tuple(fc.constantFrom('lower', 'upper', 'as is'), fc.constantFrom('', ' ', '  '))
        .map(
          ([c, pad]) => pad + (c === 'lower' ? text.toLowerCase() : c === 'upper' ? text.toUpperCase() : text) + pad,
        );
    const table = fc
      .record({
        cycle: fc.constantFrom(...cycles),
        forces: fc.shuffledSubarray([...FORCES], { minLength: 1, maxLength: 6 }),
        areas: fc.shuffledSubarray(areas, { minLength: 1, maxLength: 5 }),
        tabs: fc.boolean(),
        crlf: fc.boolean(),
        quoting: fc.constantFrom('always', 'when needed', 'never needed but sometimes'),
        welshHeaders: fc.boolean(),
      })
      .chain((t) => {
        const grades = scaleGrades(cycleScale(t.cycle));
        const cell = fc.oneof(
          fc.constant(''),
          fc
            .constantFrom(...grades)
            .chain((g) =>
              fc
                .constantFrom(g, GRADE_LABELS.en[g], GRADE_LABELS.cy[g])
                .chain((w) => cased(w).map((text) => ({ g, text }))),
            ),
        );
        const name = (f: (typeof FORCES)[number]) =>
          fc.constantFrom(f.id, f.name, f.name.replace(/ and /g, ' & '), f.cy ?? f.name).chain(cased);
        return fc.record({
          t: fc.constant(t),
          names: fc.tuple(...t.forces.map(name)),
          cells: fc.tuple(...t.forces.map(() => fc.tuple(...t.areas.map(() => cell)))),
          quoteMask: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        });
      });
    await assertProperty(
      fc.property(table, ({ t, names, cells, quoteMask }) => {
        const sep = t.tabs ? '\t' : ',';
        let n = 0;
        const field = (value: string) => {
          const needed = /["\r\n]/.test(value) || value.includes(sep);
          const quote = t.quoting === 'always' || needed || (t.quoting !== 'when needed' && quoteMask[n++ % 64]);
          return quote ? `"${value.replace(/"/g, '""')}"` : value;
        };
        const header = ['Force', ...t.areas.map((id) => (t.welshHeaders ? TITLES_CY[id]! : TITLES[id]!))];
        const lines = [header, ...names.map((name, r) => [name, ...cells[r]!.map((c) => (c ? c.text : ''))])];
        const text = lines.map((line) => line.map(field).join(sep)).join(t.crlf ? '\r\n' : '\n');
        const { collection, problems } = readTable(text, { cycle: t.cycle });
        expect(said(problems), text).to.deep.equal([]);
        expect(collection, text).to.deep.equal({
          schemaVersion: 1,
          assessments: t.forces.map((f, r) => ({
            force: { id: f.id, name: f.name },
            cycle: t.cycle,
            period: CYCLES[t.cycle],
            pillars: t.areas.flatMap((id, i) => {
              const c = cells[r]![i];
              return c ? [{ id, grade: c.g }] : [];
            }),
          })),
        });
        expect(parseCollection(collection).ok).to.equal(true);
      }),
      { numRuns: runs(200) },
    );
  });
});
