import { expect } from '@open-wc/testing';
import collectionJson from '../../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import { FORCES, REGIONS, forceById } from './forces.js';
import { parseCollection } from './parse.js';
import { WELSH as CHUNK_WELSH, regionOf } from '../components/peel-compare/register.js';

const WELSH = {
  'dyfed-powys': 'Heddlu Dyfed-Powys',
  gwent: 'Heddlu Gwent',
  'north-wales': 'Heddlu Gogledd Cymru',
  'south-wales': 'Heddlu De Cymru',
};

describe('the register of forces', () => {
  it('has the 43 territorial forces, each id once', () => {
    expect(FORCES).to.have.length(43);
    expect(new Set(FORCES.map((f) => f.id)).size).to.equal(43);
  });

  it('uses lower-case hyphenated slugs and non-blank names', () => {
    for (const force of FORCES) {
      expect(force.id, force.id).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(force.name.trim(), force.id).to.not.equal('');
    }
  });

  it('gives every Welsh force its Welsh name, and no other force one', () => {
    const withCy = Object.fromEntries(FORCES.filter((f) => f.cy !== undefined).map((f) => [f.id, f.cy]));
    expect(withCy).to.deep.equal(WELSH);
    for (const id of Object.keys(WELSH)) expect(forceById(id)?.region).to.equal('Wales');
  });

  it('puts every force in one of the ten regions, and every region has a force', () => {
    for (const force of FORCES) expect(REGIONS, force.id).to.include(force.region);
    expect(new Set(FORCES.map((f) => f.region)).size).to.equal(REGIONS.length);
  });

  it('finds a force by id, and nothing for an unknown id', () => {
    expect(forceById('metropolitan')?.name).to.equal('Metropolitan Police Service');
    expect(forceById('city-of-london')?.name).to.equal('City of London Police');
    expect(forceById('exampleshire')).to.equal(undefined);
    expect(forceById('')).to.equal(undefined);
  });
});

describe('the PEEL 2017 collection of all forces', () => {
  const result = parseCollection(collectionJson);

  it('parses without errors or warnings', () => {
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('has one assessment per registered force, named as the register names it', () => {
    const assessments = collectionJson.assessments;
    expect(assessments.map((a) => a.force.id).sort()).to.deep.equal(FORCES.map((f) => f.id).sort());
    for (const a of assessments) expect(a.force.name, a.force.id).to.equal(forceById(a.force.id)?.name);
  });

  it('leaves out the two grades no published page gave, rather than guessing them', () => {
    const pillarIds = (id: string) =>
      collectionJson.assessments.find((a) => a.force.id === id)?.pillars.map((p) => p.id);
    expect(pillarIds('derbyshire')).to.deep.equal(['efficiency', 'legitimacy']);
    expect(pillarIds('humberside')).to.deep.equal(['effectiveness', 'legitimacy']);
    expect(collectionJson.assessments.reduce((n, a) => n + a.pillars.length, 0)).to.equal(127);
  });
});

// The compare chunk carries a short copy of the register (it would be too big for the chunk otherwise).
describe('the compare chunk’s copy of the register', () => {
  it('gives every force in the register its region, and knows no other id', () => {
    for (const force of FORCES) expect(regionOf(force.id), force.id).to.equal(force.region);
    expect(regionOf('exampleshire')).to.equal(undefined);
    expect(regionOf()).to.equal(undefined);
  });
  it('has the register’s Welsh names', () => {
    expect(CHUNK_WELSH).to.deep.equal(Object.fromEntries(FORCES.filter((f) => f.cy).map((f) => [f.id, f.cy])));
  });
});
