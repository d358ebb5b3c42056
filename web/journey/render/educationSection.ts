import { h } from '../dom';
import { formatDate, humanize } from '../format';
import type { LearnerRecord } from '../learnerRecord';
import type { SectionStatus } from '../sectionStatus';
import { section } from './section';

type Course = LearnerRecord['courses'][number];
type Goal = LearnerRecord['goals'][number];

function courseItem(course: Course): HTMLLIElement {
  const ended = course.endedOn
    ? `, ended ${formatDate(course.endedOn)}`
    : `, due to end ${formatDate(course.plannedEndOn)}`;
  return h(
    'li',
    {},
    h('strong', {}, course.courseName),
    ` at ${course.prison.name}, from ${formatDate(course.startedOn)}${ended}. `,
    h('span', { class: 'tag' }, humanize(course.status)),
    course.outcomeGrade && ` ${course.outcomeGrade}`,
    course.accredited ? '' : h('span', { class: 'muted' }, ' (not accredited)'),
  );
}

function goalItem(goal: Goal): HTMLLIElement {
  const steps = goal.steps.map((step) => `${step.title} (${humanize(step.status).toLowerCase()})`);
  return h(
    'li',
    {},
    h('strong', {}, goal.title),
    ` ${humanize(goal.status).toLowerCase()}, review ${formatDate(goal.reviewOn)}. `,
    steps.length > 0 && h('span', { class: 'muted' }, `Steps: ${steps.join('; ')}.`),
  );
}

/** One of the record's four lists, under its heading, or a line saying it is empty. */
function part<T>(title: string, items: readonly T[], item: (value: T) => HTMLLIElement, none: string) {
  return h(
    'div',
    {},
    h('h4', {}, title),
    items.length === 0 ? h('p', { class: 'muted' }, none) : h('ul', { class: 'plain' }, items.map(item)),
  );
}

function learningBody(record: LearnerRecord | null) {
  if (!record)
    return h('p', {}, 'No education record: P-Nomis holds one only for people who have been in prison.');
  return h(
    'div',
    { class: 'learning' },
    part('Courses', record.courses, courseItem, 'No courses.'),
    part(
      'Qualifications',
      record.qualifications,
      (qualification) =>
        h(
          'li',
          {},
          h('strong', {}, `${qualification.subject}, ${humanize(qualification.level)}`),
          qualification.grade && ` grade ${qualification.grade}`,
          `, ${qualification.awardingBody}, ${formatDate(qualification.awardedOn)}.`,
        ),
      'No qualifications recorded.',
    ),
    part(
      'Functional skills',
      record.assessments,
      (assessment) =>
        h(
          'li',
          {},
          h('strong', {}, `${humanize(assessment.area)}: ${humanize(assessment.level)}`),
          `, assessed ${formatDate(assessment.assessedOn)} at ${assessment.prison.name}.`,
          assessment.learningNeeds.length > 0 &&
            h('span', { class: 'muted' }, ` Needs: ${assessment.learningNeeds.join(', ')}.`),
        ),
      'Not assessed.',
    ),
    part('Goals', record.goals, goalItem, 'No goals set.'),
  );
}

/** Education and skills, from P-Nomis's learner record: left out for a token without education:read. */
export function educationSection(record: LearnerRecord | null, status: SectionStatus): HTMLElement | null {
  return section({
    id: 'education',
    title: 'Education and skills',
    status,
    wide: true,
    body: () => learningBody(record),
  });
}
