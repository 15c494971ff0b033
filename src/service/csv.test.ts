// The CSV the embed service serves (/data/<cycle>.csv), through the agreed export interface (src/data/export.ts):
// a row per grade, in document order, written as spreadsheets read it and never run as a formula.
import { expect } from '@open-wc/testing';
import { exportRows, toCsv } from '../data/export.js';
import type { AssessmentCollection } from '../data/types.js';

const collection: AssessmentCollection = {
  assessments: [
    {
      force: { id: 'exampleshire', name: '=Exampleshire, "the" Police' },
      cycle: 'peel-2018-19',
      pillars: [
        {
          id: 'effectiveness',
          grade: 'good',
          questions: [{ title: 'How well does the force protect people, and reduce crime?', grade: 'outstanding' }],
        },
        { id: 'legitimacy', status: 'carried-over', gradedIn: '2017', grade: 'good' },
      ],
    },
    { force: { id: 'otherton', name: 'Otherton Police' }, cycle: 'peel-2023-25', pillars: [{ id: 'leadership' }] },
  ],
};

describe('the data as CSV', () => {
  it('has a row per area and question grade, in document order, with built-in titles per cycle and language', () => {
    const rows = exportRows(collection);
    expect(
      rows.map((r) => [r.forceId, r.areaId, r.areaTitle, r.question, r.grade, r.status, r.carriedOver]),
    ).to.deep.equal([
      ['exampleshire', 'effectiveness', 'Effectiveness', '', 'good', '', ''],
      [
        'exampleshire',
        'effectiveness',
        'Effectiveness',
        'How well does the force protect people, and reduce crime?',
        'outstanding',
        '',
        '',
      ],
      ['exampleshire', 'legitimacy', 'Legitimacy', '', 'good', 'carried-over', '2017'],
      ['otherton', 'leadership', 'Leadership and force management', '', '', '', ''],
    ]);
    expect(rows.map((r) => r.cycle)).to.deep.equal(['peel-2018-19', 'peel-2018-19', 'peel-2018-19', 'peel-2023-25']);
    expect(exportRows(collection, 'cy')[0]!.areaTitle).to.equal('Effeithiolrwydd');
    expect(exportRows(collection.assessments[1]!)).to.have.length(1);
  });

  it('writes RFC 4180 with CRLF, quotes what needs quoting, and never starts a cell with a formula', () => {
    const csv = toCsv(exportRows(collection));
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('Force ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source');
    expect(lines[1]).to.equal(
      `exampleshire,"'=Exampleshire, ""the"" Police",peel-2018-19,effectiveness,Effectiveness,,good,,,`,
    );
    expect(lines[2]).to.contain(',"How well does the force protect people, and reduce crime?",outstanding,');
    expect(lines).to.have.length(6);
    expect(lines[5]).to.equal('');
    expect(toCsv([], 'cy').split('\r\n')[0]).to.match(/^ID yr heddlu,Heddlu,Cylch,/);
    for (const start of ['+', '-', '@', '\t'])
      expect(toCsv([{ ...exportRows(collection)[0]!, forceName: `${start}1` }]).split('\r\n')[1]).to.contain(
        `,'${start}1,`,
      );
  });
});
