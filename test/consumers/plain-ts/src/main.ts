// Only the main entry: no define.js import, and still every tag is typed.
import { parseAssessment, normaliseGrade } from 'peel-widgets';
import type { Assessment, DataIssue, Grade, GradeName } from 'peel-widgets';

const rating = document.createElement('peel-rating');
rating.grade = 'Requires improvement';
rating.previousGrade = 'good';
rating.variant = 'scale';
rating.size = 'small';
rating.scale = 'peel-2021';
// @ts-expect-error "godo" is not a grade
rating.grade = 'godo';
// @ts-expect-error there is no size "huge"
rating.size = 'huge';

const summary = document.createElement('pillar-summary');
summary.pillar = 'legitimacy';
summary.headingLevel = 3;

export function show(json: string): Assessment | DataIssue[] {
  const result = parseAssessment(json);
  if (!result.ok) return result.errors;
  document.querySelector('peel-assessment')!.assessment = result.value;
  return result.value;
}

const slug: Grade | undefined = normaliseGrade('REQUIRES IMPROVEMENT');
const name: GradeName = slug ?? 'not-graded';
rating.grade = name;

document.addEventListener('peel-error', (event) => {
  for (const { path, message } of event.detail.errors) console.warn(`${path}: ${message}`);
});
