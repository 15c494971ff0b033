import { expect } from '@open-wc/testing';
import { CYCLES, comparable, cycleOf, cycleScale, isCycle, scaleOf, scaleOfPeriod } from './cycles.js';
import type { Cycle } from './cycles.js';

describe('CYCLES', () => {
  it('lists every PEEL cycle, oldest first, with its period as the inspectorate writes it', () => {
    // Written out (with the en dash as an escape) so that a change in cycles.ts shows here.
    expect(CYCLES).to.deep.equal({
      'peel-2014': '2014',
      'peel-2015': '2015',
      'peel-2016': '2016',
      'peel-2017': '2017',
      'peel-2018-19': '2018/19',
      'peel-2021-22': '2021/22',
      'peel-2023-25': '2023\u201325',
      'peel-2025-27': '2025\u201327',
    });
    expect(Object.keys(CYCLES)[0]).to.equal('peel-2014');
  });

  it('knows a cycle by its id only', () => {
    for (const id of Object.keys(CYCLES)) expect(isCycle(id), id).to.equal(true);
    for (const value of [
      '2017',
      'PEEL-2017',
      'peel-2019',
      'peel-2023–25',
      '',
      'toString',
      'hasOwnProperty',
      2017,
      null,
    ])
      expect(isCycle(value), String(value)).to.equal(false);
  });

  it('gives the four-grade scale up to 2018/19 and the five-grade scale from 2021/22', () => {
    const scales = Object.fromEntries((Object.keys(CYCLES) as Cycle[]).map((c) => [c, cycleScale(c)]));
    expect(scales).to.deep.equal({
      'peel-2014': 'peel-2014',
      'peel-2015': 'peel-2014',
      'peel-2016': 'peel-2014',
      'peel-2017': 'peel-2014',
      'peel-2018-19': 'peel-2014',
      'peel-2021-22': 'peel-2021',
      'peel-2023-25': 'peel-2021',
      'peel-2025-27': 'peel-2021',
    });
  });
});

describe('scaleOfPeriod', () => {
  it('reads the first year of a period however it is written', () => {
    const cases: [string, string | undefined][] = [
      ['2014', 'peel-2014'],
      ['2016', 'peel-2014'],
      ['2018/19', 'peel-2014'],
      ['2019', 'peel-2014'],
      ['2019/20', 'peel-2014'],
      ['2020', 'peel-2021'],
      ['2021/22', 'peel-2021'],
      ['2023–25', 'peel-2021'],
      ['2023-25', 'peel-2021'],
      ['2025–27', 'peel-2021'],
      ['PEEL 2017', 'peel-2014'],
      ['PEEL 2021/22', 'peel-2021'],
      ['peel-2018-19', 'peel-2014'],
      ['peel-2023-25', 'peel-2021'],
      ['', undefined],
      ['last time', undefined],
      ['18/19', undefined],
    ];
    for (const [period, scale] of cases) expect(scaleOfPeriod(period), period).to.equal(scale);
  });
});

describe('scaleOf', () => {
  it('takes the stated scale first, then the cycle’s, then the default', () => {
    expect(scaleOf({})).to.equal('peel-2014');
    expect(scaleOf({ scale: 'peel-2021' })).to.equal('peel-2021');
    expect(scaleOf({ cycle: 'peel-2023-25' })).to.equal('peel-2021');
    expect(scaleOf({ cycle: 'peel-2017' })).to.equal('peel-2014');
    expect(scaleOf({ scale: 'peel-2014', cycle: 'peel-2023-25' })).to.equal('peel-2014');
  });

  it('ignores a scale it does not know, and reads a cycle id it does not know by its year', () => {
    expect(scaleOf({ scale: 'peel-2099', cycle: 'peel-2021-22' })).to.equal('peel-2021');
    expect(scaleOf({ scale: 7, cycle: 'peel-2099' })).to.equal('peel-2021');
    expect(scaleOf({ cycle: 'peel-2027-29' })).to.equal('peel-2021');
    expect(scaleOf({ cycle: 'peel-2019' })).to.equal('peel-2014');
    expect(scaleOf({ scale: 'peel-2014', cycle: 'peel-2027-29' })).to.equal('peel-2014');
    expect(scaleOf({ cycle: 'constructor' })).to.equal('peel-2014');
    expect(scaleOf({ cycle: Symbol('x'), period: Symbol('y') })).to.equal('peel-2014');
  });

  it('reads a document without a cycle as the cycle its period names', () => {
    expect(cycleOf({ period: '2023–2025' })).to.equal('peel-2023-25');
    expect(cycleOf({ period: '2023–25' })).to.equal('peel-2023-25');
    expect(cycleOf({ period: 'PEEL 2021/22' })).to.equal('peel-2021-22');
    expect(cycleOf({ period: '2018/19' })).to.equal('peel-2018-19');
    expect(cycleOf({ period: '2017' })).to.equal('peel-2017');
    expect(cycleOf({ cycle: 'peel-2017', period: '2023–25' })).to.equal('peel-2017');
    for (const period of ['2019', '2022', 'spring', '', 2023, undefined])
      expect(cycleOf({ period }), String(period)).to.equal(undefined);
    expect(scaleOf({ period: '2023–2025' })).to.equal('peel-2021');
    expect(scaleOf({ period: '2023–2025', scale: 'peel-2014' })).to.equal('peel-2014');
    expect(scaleOf({ period: '2016' })).to.equal('peel-2014');
  });
});

describe('comparable', () => {
  it('compares grades on the same scale only', () => {
    expect(comparable('peel-2021', '2021/22')).to.equal(true);
    expect(comparable('peel-2021', '2023–25')).to.equal(true);
    expect(comparable('peel-2014', '2016')).to.equal(true);
    expect(comparable('peel-2014', '2018/19')).to.equal(true);
    expect(comparable('peel-2021', '2018/19')).to.equal(false);
    expect(comparable('peel-2021', '2016')).to.equal(false);
    expect(comparable('peel-2014', '2021/22')).to.equal(false);
  });

  it('assumes comparable when the previous period is absent or names no year, as version 1 always did', () => {
    expect(comparable('peel-2021')).to.equal(true);
    expect(comparable('peel-2014', undefined)).to.equal(true);
    expect(comparable('peel-2021', '')).to.equal(true);
    expect(comparable('peel-2021', 'the last inspection')).to.equal(true);
  });
});
