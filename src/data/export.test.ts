import { expect } from '@open-wc/testing';
import { download, exportRows, toCsv } from './export.js';
import type { ExportRow } from './export.js';
import { parseDocument } from './parse.js';
import { describeProblem, readTable } from './table.js';
import type { Assessment, AssessmentCollection } from './types.js';

const HEADER = 'Force ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source';

/** A parsed document, or the test fails with the parser's problems. */
function parsed(doc: unknown): Assessment | AssessmentCollection {
  const result = parseDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const sample = parsed({
  schemaVersion: 1,
  sources: [{ id: 'kent', url: 'https://example.org/kent', title: 'Kent 2018/19' }],
  assessments: [
    {
      force: { id: 'kent', name: 'Kent Police' },
      cycle: 'peel-2018-19',
      pillars: [
        {
          id: 'effectiveness',
          grade: 'good',
          source: 'kent',
          questions: [{ title: 'How effective, "really"?', grade: 'good', gradedIn: '2016', source: { url: '/q' } }],
        },
        { id: 'efficiency', status: 'carried-over', grade: 'good', gradedIn: '2017' },
        { id: 'local-area', title: 'Local, area', status: 'pending' },
      ],
    },
  ],
});

describe('exportRows and toCsv (issue 25)', () => {
  it('gives every grade a row, in document order: the area’s, then its questions’', () => {
    const row = { forceId: 'kent', forceName: 'Kent Police', cycle: 'peel-2018-19' };
    expect(exportRows(sample)).to.deep.equal([
      {
        ...row,
        areaId: 'effectiveness',
        areaTitle: 'Effectiveness',
        question: '',
        grade: 'good',
        status: '',
        carriedOver: '',
        source: 'https://example.org/kent',
      },
      {
        ...row,
        areaId: 'effectiveness',
        areaTitle: 'Effectiveness',
        question: 'How effective, "really"?',
        grade: 'good',
        status: '',
        carriedOver: '2016',
        source: '/q',
      },
      {
        ...row,
        areaId: 'efficiency',
        areaTitle: 'Efficiency',
        question: '',
        grade: 'good',
        status: 'carried-over',
        carriedOver: '2017',
        source: '',
      },
      {
        ...row,
        areaId: 'local-area',
        areaTitle: 'Local, area',
        question: '',
        grade: '',
        status: 'pending',
        carriedOver: '',
        source: '',
      },
    ] satisfies ExportRow[]);
    expect(exportRows(sample, 'cy')[0]!.areaTitle).to.equal('Effeithiolrwydd');
    expect(exportRows(parsed({ force: { name: 'X' } }))).to.deep.equal([]);
  });

  it('writes RFC 4180 CSV: a byte order mark and a header, CRLF, quotes only where a cell needs them', () => {
    const csv = toCsv(exportRows(sample));
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).to.equal(true);
    expect(csv.split('\r\n')).to.have.length(6);
    expect(csv).to.contain(',"How effective, ""really""?",good,,2016,/q\r\n');
    expect(csv).to.contain(',local-area,"Local, area",,,pending,,\r\n');
    expect(toCsv([], 'cy')).to.equal(
      '\uFEFFDynodydd yr heddlu,Heddlu,Cylch,Dynodydd y maes,Maes,Cwestiwn,Gradd,Statws,Wedi’i chario drosodd o,Ffynhonnell\r\n',
    );
  });

  it('never writes a cell a spreadsheet would run as a formula, and import reads it back as written', () => {
    const row = exportRows(sample)[0]!;
    const evil = ['=HYPERLINK("https://evil.example","Click")', '+1+1', '-2', '@SUM(A1)', '\tTAB', '\rCR'];
    const csv = toCsv(evil.map((question) => ({ ...row, question })));
    const cells = csv.split('\r\n').slice(1, -1);
    expect(cells.map((line) => line.split(',')[5])).to.deep.equal([
      `"'=HYPERLINK(""https://evil.example""`, // a quoted cell holding a comma: split on it here, not by a reader
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTAB",
      `"'\rCR"`,
    ]);
    const { collection, problems } = readTable(csv);
    expect(problems.map(describeProblem)).to.deep.equal([]);
    expect(collection!.assessments[0]!.pillars![0]!.questions!.map((q) => q.title)).to.deep.equal(evil);
  });

  it('round-trips through import: every shipped document, export then import then export, gives the same rows', async () => {
    const folders: { folder: string; files: string[] }[] = await (await fetch('/__peel/data-files')).json();
    let documents = 0;
    for (const { folder, files } of folders)
      for (const file of files) {
        const doc = parsed(await (await fetch(`/data/${folder}/${file}`)).text());
        for (const lang of ['en', 'cy'] as const) {
          const csv = toCsv(exportRows(doc, lang), lang);
          const { collection, problems } = readTable(csv);
          expect(problems.map(describeProblem), `${folder}/${file} (${lang})`).to.deep.equal([]);
          expect(toCsv(exportRows(collection!, lang), lang), `${folder}/${file} (${lang})`).to.equal(csv);
        }
        documents++;
      }
    expect(documents).to.be.greaterThan(15);
  });

  it('reads a long table’s problems by row and column, and nothing is guessed', () => {
    const { collection, problems } = readTable(
      `${HEADER}\nexampleshire,X,peel-2017,effectiveness,,,good,,,\nkent,Kent Police,peel-2017,effectiveness,,,godo,,,\n` +
        'kent,Kent Police,peel-2017,,,,good,,,\nkent,Kent Police,peel-2099,efficiency,,,good,,,\n' +
        'kent,Kent Police,peel-2017,efficiency,,,adequate,,,\nkent,Kent Police,peel-2017,legitimacy,,,good,unknown,,\n',
    );
    expect(collection).to.equal(undefined);
    expect(problems.map(describeProblem)).to.deep.equal([
      'Row 2, column "Force ID": "exampleshire" is not a force id of the register',
      'Row 3 (Kent Police), column "Grade": "godo" is not a grade: did you mean "Good"?',
      'Row 4 (Kent Police), column "Area ID": no area id',
      'Row 5 (Kent Police), column "Cycle": "peel-2099" is not a PEEL cycle (one of 2014, 2015, 2016, 2017, 2018/19, 2021/22, 2023–25, 2025–27)',
      'Row 6 (Kent Police), column "Grade": "adequate" is not a 2017 grade: 2017 had four grades (Outstanding, Good, Requires improvement, Inadequate); if these grades are from another cycle, pick that cycle',
      'Row 7 (Kent Police), column "Status": "unknown" is not a status',
    ]);
  });

  it('download: points a link at a new CSV file of the rows and clicks it, letting the last file go', async () => {
    const link = document.createElement('a');
    const clicked: string[] = [];
    link.addEventListener('click', (e) => {
      clicked.push(link.href);
      e.preventDefault();
    });
    download(link, sample);
    download(link, sample, 'cy');
    expect(clicked).to.have.length(2);
    expect(clicked[0]).to.match(/^blob:/);
    await fetch(clicked[0]!).then(
      () => expect.fail('the first file is let go'),
      () => undefined,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(clicked[1]!)).arrayBuffer());
    expect(text).to.equal(toCsv(exportRows(sample, 'cy'), 'cy'));
  });
});
