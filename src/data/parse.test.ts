import { expect } from '@open-wc/testing';
import { parseAssessment, parseCollection, parseDocument, formatIssue } from './parse.js';
import { northamptonshire, fictional, copy } from '../../test/helpers.js';

describe('parseAssessment', () => {
  it('reads the Northamptonshire 2017 example with no errors or warnings', () => {
    const result = parseAssessment(northamptonshire);
    expect(result.ok).to.be.true;
    expect(result.warnings).to.deep.equal([]);
  });

  it('reads JSON text as well as objects', () => {
    const result = parseAssessment(JSON.stringify(fictional));
    expect(result.ok && result.value.scale).to.equal('peel-2021');
  });

  it('names the JSON path of a bad grade and says what was expected', () => {
    const doc = copy(northamptonshire) as Record<string, any>;
    doc.pillars[1].grade = 'godo';
    const result = parseAssessment(doc);
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).to.deep.equal([
      'pillars[1].grade: "godo" is not a PEEL grade; expected one of outstanding, good, requires-improvement, inadequate, not-graded',
    ]);
  });

  it('never throws, even on broken JSON', () => {
    const result = parseAssessment('{"force": ');
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors[0]!.path).to.equal('(root)');
  });

  it('reads collections', () => {
    expect(parseCollection({ assessments: [northamptonshire, fictional] }).ok).to.be.true;
    const doc = parseDocument({ assessments: [northamptonshire] });
    expect(doc.ok && 'assessments' in doc.value).to.be.true;
  });
});
