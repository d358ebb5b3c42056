import { resolve } from 'node:path';
import { readManifests } from '../../../gateway/src/trustedDocuments/persistedQueryManifest';

const careers = readManifests(resolve(__dirname, '../../../trusted-documents')).get('careers-service');

/** The body of an operation registered for the careers service, which may send only those. */
export function careersOperation(name: string): string {
  const operation = [...(careers?.values() ?? [])].find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`${name} is not registered for the careers service`);
  return operation.body;
}

/** A date `days` from today (negative for the past), as the subgraph judges "today". */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const RECORD_INDUCTION = /* GraphQL */ `
  #graphql
  mutation RecordInduction($input: InductionInput!) {
    recordInduction(input: $input) {
      inductedOn
      prison {
        code
      }
      updatedOn
      intentionsOnRelease
      workInterests {
        sector
        role
      }
      previousWork {
        sector
        role
        months
      }
      highestEducationLevel
      trainingBeforeCustody
      qualificationsBeforeCustody {
        subject
        level
        grade
      }
      nextReviewOn
    }
  }
`;

export const RECORD_WORK = /* GraphQL */ `
  #graphql
  mutation RecordWork($input: WorkAllocationInput!) {
    recordWorkAllocation(input: $input) {
      id
      title
      prison {
        code
      }
      startedOn
      endedOn
      endReason
      payBand
      hoursPerWeek
    }
  }
`;

export const END_WORK = /* GraphQL */ `
  #graphql
  mutation EndWork($input: WorkAllocationEndInput!) {
    endWorkAllocation(input: $input) {
      id
      endedOn
      endReason
    }
  }
`;

export const ADD_GOAL = /* GraphQL */ `
  #graphql
  mutation AddGoal($input: LearningGoalInput!) {
    addLearningGoal(input: $input) {
      id
      status
      steps {
        id
        title
        status
      }
    }
  }
`;

export const UPDATE_STEP = /* GraphQL */ `
  #graphql
  mutation UpdateStep($input: GoalStepStatusInput!) {
    updateGoalStepStatus(input: $input) {
      id
      steps {
        id
        title
        status
      }
    }
  }
`;

/** An induction for `prisonNumber` at `prisonCode`, with every part filled in; overrides replace parts. */
export function inductionInput(
  prisonNumber: string,
  prisonCode: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    prisonNumber,
    prisonCode,
    inductedOn: daysFromToday(-10),
    intentionsOnRelease: ['EMPLOYMENT', 'TRAINING'],
    workInterests: [
      { sector: 'CONSTRUCTION', role: 'Bricklayer' },
      { sector: 'OTHER', role: 'Dog groomer' },
    ],
    previousWork: [{ sector: 'WAREHOUSING', role: 'Forklift driver', months: 30 }],
    highestEducationLevel: 'SECONDARY_SCHOOL_TOOK_EXAMS',
    trainingBeforeCustody: ['FULL_UK_DRIVING_LICENCE', 'MACHINERY_TICKETS'],
    qualificationsBeforeCustody: [{ subject: 'GCSE English Language', level: 'LEVEL_2', grade: '4' }],
    nextReviewOn: daysFromToday(90),
    ...overrides,
  };
}
