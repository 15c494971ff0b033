import { expect } from '@open-wc/testing';
import {
  DEFAULT_SCALE,
  GRADE_LABELS,
  GRADES,
  SCALES,
  gradeOnScale,
  isGrade,
  isScale,
  normaliseGrade,
  scaleGrades,
} from './grades.js';
import type { Grade, Lang, Scale } from './grades.js';

const SLUGS = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate', 'not-graded'];

describe('GRADES and SCALES', () => {
  it('lists every grade slug, best first, not-graded last', () => {
    expect([...GRADES]).to.deep.equal(SLUGS);
  });

  it('has peel-2014 with four grades and no adequate', () => {
    expect(SCALES['peel-2014']).to.deep.equal(['outstanding', 'good', 'requires-improvement', 'inadequate']);
  });

  it('has peel-2021 with five grades, adequate third', () => {
    expect(SCALES['peel-2021']).to.deep.equal([
      'outstanding',
      'good',
      'adequate',
      'requires-improvement',
      'inadequate',
    ]);
    expect(SCALES['peel-2021'][2]).to.equal('adequate');
  });

  it('has exactly those two scales, peel-2014 the default', () => {
    expect(Object.keys(SCALES)).to.deep.equal(['peel-2014', 'peel-2021']);
    expect(DEFAULT_SCALE).to.equal('peel-2014');
  });

  it('adds not-graded to a scale for messages without changing the scale', () => {
    expect(scaleGrades('peel-2014')).to.deep.equal([
      'outstanding',
      'good',
      'requires-improvement',
      'inadequate',
      'not-graded',
    ]);
    expect(scaleGrades('peel-2021')).to.deep.equal([...SCALES['peel-2021'], 'not-graded']);
    scaleGrades('peel-2014').push('adequate');
    expect(SCALES['peel-2014']).to.have.length(4);
  });
});

describe('isGrade and isScale', () => {
  it('accept slugs only', () => {
    for (const slug of SLUGS) expect(isGrade(slug), slug).to.equal(true);
    for (const junk of ['Good', 'requires improvement', '', 'godo', 'toString', null, undefined, 1, ['good']])
      expect(isGrade(junk), String(junk)).to.equal(false);
  });

  it('accept the two scale names only, not inherited keys', () => {
    expect(isScale('peel-2014')).to.equal(true);
    expect(isScale('peel-2021')).to.equal(true);
    for (const junk of ['PEEL-2014', 'peel-2022', '', 'toString', 'constructor', '__proto__', null, 2014])
      expect(isScale(junk), String(junk)).to.equal(false);
  });
});

describe('gradeOnScale', () => {
  it('puts every scale grade, and not-graded, on its scale', () => {
    for (const scale of Object.keys(SCALES) as Scale[]) {
      for (const grade of SCALES[scale]) expect(gradeOnScale(grade, scale), `${grade} on ${scale}`).to.equal(true);
      expect(gradeOnScale('not-graded', scale), `not-graded on ${scale}`).to.equal(true);
    }
  });

  it('keeps adequate off peel-2014 only', () => {
    expect(gradeOnScale('adequate', 'peel-2014')).to.equal(false);
    expect(gradeOnScale('adequate', 'peel-2021')).to.equal(true);
  });
});

describe('GRADE_LABELS', () => {
  it('has an English and a Welsh label for every grade', () => {
    expect(Object.keys(GRADE_LABELS)).to.have.members(['en', 'cy']);
    for (const lang of ['en', 'cy'] as Lang[]) {
      expect(Object.keys(GRADE_LABELS[lang]), lang).to.have.members(SLUGS);
      for (const grade of GRADES) expect(GRADE_LABELS[lang][grade], `${lang} ${grade}`).to.match(/^\S.*\S$/);
    }
  });

  it('uses the labels HMICFRS publishes', () => {
    expect(GRADE_LABELS.en).to.deep.equal({
      outstanding: 'Outstanding',
      good: 'Good',
      adequate: 'Adequate',
      'requires-improvement': 'Requires improvement',
      inadequate: 'Inadequate',
      'not-graded': 'Not graded',
    });
    expect(GRADE_LABELS.cy.good).to.equal('Da');
    expect(GRADE_LABELS.cy.outstanding).to.equal('Rhagorol');
    expect(GRADE_LABELS.cy['requires-improvement']).to.equal('Angen gwella');
    expect(GRADE_LABELS.cy.inadequate).to.equal('Annigonol');
  });

  it('gives each grade its own label in each language', () => {
    for (const lang of ['en', 'cy'] as Lang[]) {
      const labels = Object.values(GRADE_LABELS[lang]).map((l) => l.toLowerCase());
      expect(new Set(labels).size, lang).to.equal(GRADES.length);
    }
  });
});

describe('normaliseGrade', () => {
  it('returns each slug for itself', () => {
    for (const slug of GRADES) expect(normaliseGrade(slug)).to.equal(slug);
  });

  it('reads every English and Welsh label back to its grade', () => {
    for (const lang of ['en', 'cy'] as Lang[])
      for (const grade of GRADES) expect(normaliseGrade(GRADE_LABELS[lang][grade]), `${lang} ${grade}`).to.equal(grade);
  });

  const cases: [string, Grade][] = [
    ['Requires improvement', 'requires-improvement'],
    ['requires improvement', 'requires-improvement'],
    ['REQUIRES IMPROVEMENT', 'requires-improvement'],
    ['REQUIRES-IMPROVEMENT', 'requires-improvement'],
    ['Requires-Improvement', 'requires-improvement'],
    ['requires_improvement', 'requires-improvement'],
    ['requires__improvement', 'requires-improvement'],
    ['requires - improvement', 'requires-improvement'],
    ['requires\timprovement', 'requires-improvement'],
    ['requires\u00a0improvement', 'requires-improvement'],
    ['  Requires improvement  ', 'requires-improvement'],
    ['\nGood\n', 'good'],
    ['gOoD', 'good'],
    ['OUTSTANDING', 'outstanding'],
    ['Inadequate', 'inadequate'],
    ['Adequate', 'adequate'],
    ['Not graded', 'not-graded'],
    ['NOT_GRADED', 'not-graded'],
    ['not graded', 'not-graded'],
    ['Da', 'good'],
    ['da', 'good'],
    ['DA', 'good'],
    ['Rhagorol', 'outstanding'],
    ['Digonol', 'adequate'],
    ['angen gwella', 'requires-improvement'],
    ['Angen-Gwella', 'requires-improvement'],
    ['ANNIGONOL', 'inadequate'],
    ['Heb ei raddio', 'not-graded'],
    ['heb_ei_raddio', 'not-graded'],
  ];
  for (const [text, grade] of cases)
    it(`reads ${JSON.stringify(text)} as ${grade}`, () => {
      expect(normaliseGrade(text)).to.equal(grade);
    });

  it('returns undefined for anything else', () => {
    for (const junk of [
      '',
      ' ',
      '-',
      'godo',
      'goo',
      'good!',
      'very good',
      'requiresimprovement',
      'requires improvement please',
      'improvement',
      'outstanding good',
      'Gwych',
      'toString',
      'constructor',
      '__proto__',
      '1',
    ])
      expect(normaliseGrade(junk), JSON.stringify(junk)).to.equal(undefined);
  });
});
