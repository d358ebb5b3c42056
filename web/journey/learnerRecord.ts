import { graphql } from './generated';
import type { LearnerRecordFieldsFragment } from './generated/graphql';

/** A person's education, training and skills record, as P-Nomis's LearnerRecord gives it to the page. */
export type LearnerRecord = LearnerRecordFieldsFragment;

/** The selection of the learner record the page shows. */
export const LEARNER_RECORD_FIELDS = graphql(`
  fragment LearnerRecordFields on LearnerRecord {
    courses {
      courseName
      prison {
        name
      }
      startedOn
      plannedEndOn
      endedOn
      status
      outcomeGrade
      accredited
    }
    qualifications {
      subject
      level
      grade
      awardedOn
      awardingBody
    }
    assessments {
      area
      level
      assessedOn
      prison {
        name
      }
      learningNeeds
    }
    goals {
      title
      status
      reviewOn
      steps {
        title
        status
      }
    }
  }
`);
