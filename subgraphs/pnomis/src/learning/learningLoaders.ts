import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { LearningStore } from './learningStore';

/** Per-request loaders of the learner record: one statement per table for every person asked about. */
export function createLearningLoaders(store: LearningStore) {
  return {
    enrolments: manyByKeyLoader(store.findEnrolments, (row) => row.prisonNumber),
    qualifications: manyByKeyLoader(store.findQualifications, (row) => row.prisonNumber),
    assessments: manyByKeyLoader(store.findAssessments, (row) => row.prisonNumber),
    goals: manyByKeyLoader(store.findGoals, (row) => row.prisonNumber),
    steps: manyByKeyLoader(store.findSteps, (row) => row.goalId),
    work: manyByKeyLoader(store.findWorkActivities, (row) => row.prisonNumber),
    induction: oneByKeyLoader(store.findInductions, (row) => row.prisonNumber),
  };
}

/** The learner record's loaders. */
export type LearningLoaders = ReturnType<typeof createLearningLoaders>;
