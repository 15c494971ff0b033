// The verdict is only as honest as its counting: run by scripts/test.mjs with node:test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slowTests, tally, verdict } from './closing-line-reporter.mjs';

const ok = (name) => ({ name, passed: true, skipped: false });
const bad = (name) => ({ name, passed: false, skipped: false });
const skip = (name) => ({ name, passed: false, skipped: true });

test('counts tests in nested suites', () => {
  const sessions = [
    {
      testFile: 'a.test.ts',
      passed: false,
      errors: [],
      testResults: { tests: [ok('1')], suites: [{ tests: [ok('2'), bad('3'), skip('4')], suites: [] }] },
    },
  ];
  const t = tally(sessions);
  assert.deepEqual([t.passed, t.failed, t.skipped], [2, 1, 1]);
  assert.equal(verdict(t), '2 passed, 1 failed, 1 skipped');
});

test('a failing afterEach after the last test passed is a failure', () => {
  const sessions = [
    {
      testFile: 'hook.test.ts',
      passed: false,
      errors: [{ message: '"after each" hook for "last": boom' }],
      testResults: { tests: [ok('last')], suites: [] },
    },
  ];
  const t = tally(sessions);
  assert.equal(t.failed, 1);
  assert.equal(verdict(t), '1 passed, 1 failed');
  assert.match(t.errors[0], /hook\.test\.ts: "after each" hook/);
});

test('a test file that could not be loaded is a failure', () => {
  const sessions = [
    {
      testFile: 'broken.test.ts',
      passed: false,
      errors: [{ message: 'Could not import your test module.' }],
      testResults: { tests: [], suites: [] },
    },
    { testFile: 'fine.test.ts', passed: true, errors: [], testResults: { tests: [ok('x')], suites: [] } },
  ];
  assert.equal(verdict(tally(sessions)), '1 passed, 1 failed');
});

test('a session that failed with no reason given is a failure, a passing one is not', () => {
  const sessions = [
    { testFile: 'quiet.test.ts', passed: false, testResults: undefined },
    { testFile: 'fine.test.ts', passed: true, errors: [], testResults: { tests: [ok('x')], suites: [] } },
  ];
  assert.equal(verdict(tally(sessions)), '1 passed, 1 failed');
});

test('failed tests and the errors of the same session add up', () => {
  const sessions = [
    {
      testFile: 'both.test.ts',
      passed: false,
      errors: [{ message: 'hook' }, { message: 'timeout' }],
      testResults: { tests: [bad('a'), ok('b')], suites: [] },
    },
  ];
  assert.equal(verdict(tally(sessions)), '1 passed, 3 failed');
});

test('names the slowest tests, slowest first, with their suites', () => {
  const timed = (name, duration) => ({ ...ok(name), duration });
  const sessions = [
    {
      testFile: 'a.test.ts',
      testResults: { tests: [timed('quick', 5)], suites: [{ name: 'suite', tests: [timed('slow', 900)], suites: [] }] },
    },
    { testFile: 'b.test.ts', testResults: { tests: [timed('middling', 40), ok('untimed')], suites: [] } },
  ];
  assert.deepEqual(slowTests(sessions, 3), [
    ['a.test.ts', 'suite › slow', 900],
    ['b.test.ts', 'middling', 40],
    ['a.test.ts', 'quick', 5],
  ]);
});

test('each failed test is named, with its suites and the first line of its error', () => {
  const failing = { name: 'shows it', passed: false, skipped: false, error: { message: 'expected 1\nto equal 2' } };
  const sessions = [
    {
      testFile: 'a.test.ts',
      passed: false,
      errors: [],
      testResults: { tests: [ok('x')], suites: [{ name: 'grade', tests: [failing], suites: [] }] },
    },
  ];
  assert.deepEqual(tally(sessions).failures, ['a.test.ts: grade › shows it: expected 1']);
});
